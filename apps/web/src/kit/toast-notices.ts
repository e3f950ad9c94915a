import type { ExternalToast } from "sonner";
import type { Notices } from "./effects";

// Toasts through sonner (the app's one <Toaster> shows them). Its code, 10 kB,
// is fetched after the page is up (by the lazily loaded toaster) or with the
// first toast, whichever comes first, never with the page itself.
const sonner = () => import("sonner");

/** How long a toast with "Undo" stays: long enough to read it and reach the button. */
export const UNDO_TOAST_MS = 8_000;
// Sonner's own styles outrank utility classes; the theme's brand colour, inline.
export const UNDO_BUTTON_STYLE = { backgroundColor: "var(--color-brand-600)", color: "white" };

/** A toast with options (an action, a duration). */
export function showToast(message: string, options?: ExternalToast) {
  void sonner().then(({ toast }) => toast(message, options));
}

/** Notices as sonner toasts. */
export const toastNotices: Notices = {
  success: (message) => void sonner().then(({ toast }) => toast.success(message)),
  error: (message) => void sonner().then(({ toast }) => toast.error(message)),
};
