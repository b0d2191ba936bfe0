import { NotFoundPanel } from "@/components/not-found-panel";

export default function ReaderNotFound() {
  return (
    <NotFoundPanel title="We couldn’t find that reader">
      There is no reader with that name here, or their profile isn’t public.
    </NotFoundPanel>
  );
}
