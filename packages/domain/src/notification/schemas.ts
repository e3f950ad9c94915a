import { z } from "zod";
import { cursorPageFields, idSchema } from "../shared/pagination";

export const listNotificationsInput = z
  .strictObject({ unreadOnly: z.boolean().default(false), ...cursorPageFields })
  .default({ unreadOnly: false, limit: 20 });

export const notificationIdInput = z.strictObject({ id: idSchema });
