"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { localeOf } from "@planner/domain";
import { useTRPC } from "~/trpc/react";
import type { ImportEffects } from "./events";

/** What the import handlers act on: the two import mutations, the page's language, the calendar's cache. */
export function useImportEffects(): ImportEffects {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const language = localeOf(useLocale()) ?? "en";
  const { mutateAsync: preview } = useMutation(trpc.schedule.importPreview.mutationOptions());
  const { mutateAsync: importBatch } = useMutation(trpc.schedule.importBatch.mutationOptions());
  return useMemo(
    () => ({
      api: { preview, importBatch },
      language,
      schedulesChanged: () => void queryClient.invalidateQueries(trpc.schedule.pathFilter()),
    }),
    [trpc, queryClient, language, preview, importBatch],
  );
}
