import { lazyModule } from "~/kit/lazy-module";

/** The admin pages' schemas (admin-schemas.ts), loaded on first use. */
export const adminSchemas = lazyModule(() => import("./admin-schemas"));
