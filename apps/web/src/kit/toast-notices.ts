import type { ExternalToast } from "sonner";
import type { Notices } from "./effects";

// Toasts through sonner (the app's one <Toaster> shows them). Its code, 10 kB,
// is fetched after the page is up (by the lazily loaded toaster) or with the
// first toast, whichever comes first, never with the page itself.
const sonner = () => import("sonner");

/** A toast with options (an action, a duration). */
export function showToast(message: string, options?: ExternalToast) {
  void sonner().then(({ toast }) => toast(message, options));
}

/** Notices as sonner toasts. */
export const toastNotices: Notices = {
  success: (message) => void sonner().then(({ toast }) => toast.success(message)),
  error: (message) => void sonner().then(({ toast }) => toast.error(message)),
};
