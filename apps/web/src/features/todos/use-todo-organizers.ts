"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import type { Label, Project, TodoViewCounts } from "./types";

export type TodoOrganizers = {
  projects: Project[];
  labels: Label[];
  /** Open counts per view for the navigation; undefined until the first answer. */
  counts: TodoViewCounts | undefined;
  status: "loading" | "error" | "ready";
  retry: () => void;
};

/** The owner's projects and labels (the side column, the details editor) and the open count of each view. */
export function useTodoOrganizers(): TodoOrganizers {
  const trpc = useTRPC();
  const projects = useQuery(trpc.todo.project.list.queryOptions());
  const labels = useQuery(trpc.todo.label.list.queryOptions());
  const counts = useQuery(trpc.todo.viewCounts.queryOptions());
  const ready = projects.data !== undefined && labels.data !== undefined;
  return {
    projects: projects.data ?? [],
    labels: labels.data ?? [],
    counts: counts.data,
    status: ready ? "ready" : projects.isError || labels.isError ? "error" : "loading",
    retry: () => {
      void projects.refetch();
      void labels.refetch();
      void counts.refetch();
    },
  };
}
