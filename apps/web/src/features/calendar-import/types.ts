import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@planner/api";

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

/** What the server says a file would import: the summary and the items to send back. */
export type ImportPreview = Outputs["schedule"]["importPreview"];
export type ImportSummary = ImportPreview["summary"];
export type PreviewItem = ImportPreview["items"][number];
/** An item as a batch sends it. */
export type BatchItem = Inputs["schedule"]["importBatch"]["items"][number];
export type BatchResult = Outputs["schedule"]["importBatch"];

/** What the Import section shows, step by step. */
export type ImportState =
  | { step: "choose"; error?: string }
  | { step: "reading"; fileName: string }
  | { step: "preview"; fileName: string; preview: ImportPreview }
  | { step: "importing"; fileName: string; preview: ImportPreview; done: number; total: number }
  | { step: "done"; fileName: string; result: BatchResult }
  | { step: "stopped"; fileName: string; preview: ImportPreview; done: number; total: number; error: string };
