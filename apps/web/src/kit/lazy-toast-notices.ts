import type { Notices } from "./effects";

/**
 * Toasts for the logged-out pages, whose handlers almost never show one: sonner's
 * code is fetched when the first toast is due, not with the page.
 */
export const lazyToastNotices: Notices = {
  success: (message) => void import("./toast-notices").then(({ toastNotices }) => toastNotices.success(message)),
  error: (message) => void import("./toast-notices").then(({ toastNotices }) => toastNotices.error(message)),
};
