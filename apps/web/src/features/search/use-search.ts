"use client";

import { useQuery } from "@tanstack/react-query";
import { searchInput } from "@planner/domain";
import { useTRPC } from "~/trpc/react";
import type { SearchResults } from "./types";

type SearchState =
  | { status: "idle"; retry: () => void }
  | { status: "loading"; retry: () => void }
  | { status: "error"; retry: () => void }
  | { status: "ready"; results: SearchResults; retry: () => void };

/** The results for the URL's query; nothing is asked for a query the server would refuse (the box says why). */
export function useSearch(query: string): SearchState {
  const trpc = useTRPC();
  const valid = searchInput.safeParse({ query }).success;
  const result = useQuery({ ...trpc.search.query.queryOptions({ query }), enabled: valid });
  const retry = () => void result.refetch();
  if (!valid) return { status: "idle", retry };
  if (result.data) return { status: "ready", results: result.data, retry };
  return result.isError ? { status: "error", retry } : { status: "loading", retry };
}
