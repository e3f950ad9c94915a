import { toast } from "sonner";
import type { Notices } from "./effects";

/** Notices as sonner toasts (the app's one <Toaster> shows them). */
export const toastNotices: Notices = {
  success: (message) => void toast.success(message),
  error: (message) => void toast.error(message),
};
