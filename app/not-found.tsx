import { NotFoundPanel } from "@/components/site/not-found-panel";

export default function NotFound() {
  return (
    <NotFoundPanel title="We couldn’t find that page">
      The review or composer you were looking for doesn’t exist, or hasn’t been published yet.
    </NotFoundPanel>
  );
}
