import { NotFoundMessage } from "~/components/not-found-message";

// Inside the app shell, so the header and navigation stay.
export default function AppNotFound() {
  return <NotFoundMessage />;
}
