"use client";

import { Button } from "~/components/button";

/** "Try again" on the offline page: loads the address again (the page that was asked for, not the offline page). */
export function ReloadButton({ label }: { label: string }) {
  return (
    <Button className="w-full" onClick={() => window.location.reload()}>
      {label}
    </Button>
  );
}
