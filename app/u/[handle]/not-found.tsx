import { NotFoundPanel } from "@/components/site/not-found-panel";

export default function ReaderNotFound() {
  return (
    <NotFoundPanel title="We couldn’t find that reader">
      There is no reader with that name here, or their profile isn’t public.
    </NotFoundPanel>
  );
}
