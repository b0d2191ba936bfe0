import { NotFoundPanel } from "@/components/site/not-found-panel";

export default function ListNotFound() {
  return (
    <NotFoundPanel title="We couldn’t find that list">
      There is no list at this address, or its reader keeps it private.
    </NotFoundPanel>
  );
}
