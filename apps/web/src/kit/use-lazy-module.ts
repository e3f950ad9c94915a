"use client";

import { useEffect, useState } from "react";
import type { LazyModule } from "./lazy-module";

/** A lazy module in a component: undefined until it has loaded, loaded once `wanted` turns true. */
export function useLazyModule<T>(lazy: LazyModule<T>, wanted: boolean): T | undefined {
  const [loaded, setLoaded] = useState<{ module: T }>();
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    void lazy.load().then((module) => {
      if (current) setLoaded({ module });
    });
    return () => {
      current = false;
    };
  }, [lazy, wanted, loaded]);
  return loaded?.module ?? lazy.now;
}
