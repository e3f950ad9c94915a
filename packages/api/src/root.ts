import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { todoRouter } from "./routers/todo";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  todo: todoRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
