"use client";

import { useEffect, useState } from "react";

/** The current time, renewed every `everyMs`, so "5 minutes ago" does not go stale while on screen. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
