import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { notificationRouter } from "./routers/notification";
import { scheduleRouter } from "./routers/schedule";
import { searchRouter } from "./routers/search";
import { shareRouter } from "./routers/share";
import { todoRouter } from "./routers/todo";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  todo: todoRouter,
  schedule: scheduleRouter,
  search: searchRouter,
  notification: notificationRouter,
  share: shareRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
