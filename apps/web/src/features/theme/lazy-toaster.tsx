"use client";

import dynamic from "next/dynamic";

/**
 * The app's one toaster, fetched after the page is up: nothing shows in it
 * until something happens, so no page waits for its code. It stays in the
 * root layout so that a toast survives a move between logged-out and app pages.
 */
export const LazyToaster = dynamic(() => import("./themed-toaster").then((module) => module.ThemedToaster), { ssr: false });
