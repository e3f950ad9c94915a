import type { QueryClient, QueryFilters, QueryKey } from "@tanstack/react-query";

// The query-cache side of an optimistic edit, the same in every feature.

/** Before an edit: a refetch landing after it would undo it on screen. Cancelling (and its revert) is synchronous. */
export function cancelRefetches(queryClient: QueryClient, queries: readonly QueryFilters[]) {
  for (const filters of queries) void queryClient.cancelQueries(filters);
}

/** After an edit: refetch once the last of several quick edits is done, not in between. */
export function refetchWhenIdle(queryClient: QueryClient, mutationKeys: readonly QueryKey[], queries: readonly QueryFilters[]) {
  if (mutationKeys.some((mutationKey) => queryClient.isMutating({ mutationKey }) > 0)) return;
  for (const filters of queries) void queryClient.invalidateQueries(filters);
}
