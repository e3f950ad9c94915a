import { lazyModule } from "~/kit/lazy-module";

/** The Settings page's schemas (settings-schemas.ts), loaded on first use or once the page has drawn. */
export const settingsSchemas = lazyModule(() => import("./settings-schemas"));
