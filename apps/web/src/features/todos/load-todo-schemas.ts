import { lazyModule } from "~/kit/lazy-module";

/** The todo handlers' schemas (todo-schemas.ts), loaded on first use or once the todos screen has drawn. */
export const todoSchemas = lazyModule(() => import("./todo-schemas"));
