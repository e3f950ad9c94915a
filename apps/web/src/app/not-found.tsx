import { NotFoundMessage } from "~/components/not-found-message";

export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center px-6">
      <NotFoundMessage />
    </main>
  );
}
