import { z } from "zod";
import { cursorPageFields, idSchema } from "../shared/pagination";

export const listNotificationsInput = z
  .strictObject({ unreadOnly: z.boolean().default(false), ...cursorPageFields })
  .default({ unreadOnly: false, limit: 20 });
export type ListNotificationsValues = z.output<typeof listNotificationsInput>;

export const notificationIdInput = z.strictObject({ id: idSchema });
export type NotificationIdValues = z.output<typeof notificationIdInput>;
