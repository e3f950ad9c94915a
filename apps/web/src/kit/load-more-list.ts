/**
 * What every "Load more" list hook hands its view, from a keyset-paginated
 * infinite query (its pages in order). The previous filter's rows (react-query's
 * placeholder data) are never shown as this filter's: `pages` is empty until
 * this filter's first answer. A failed "load more" or background refresh keeps
 * the rows already shown.
 */
export type LoadMoreListState<Page> = {
  status: "loading" | "error" | "ready";
  /** This filter's pages so far; empty until it is ready. */
  pages: Page[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  loadMore: () => void;
  retry: () => void;
};

/** The parts of react-query's infinite query result that the lists read. */
type InfiniteListQuery<Page> = {
  data: { pages: Page[] } | undefined;
  isPlaceholderData: boolean;
  isError: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
  refetch: () => Promise<unknown>;
};

export function loadMoreListState<Page>(query: InfiniteListQuery<Page>): LoadMoreListState<Page> {
  const pages = query.data !== undefined && !query.isPlaceholderData ? query.data.pages : undefined;
  const ready = pages !== undefined;
  return {
    status: ready ? "ready" : query.isError ? "error" : "loading",
    pages: pages ?? [],
    hasMore: ready && query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMoreFailed: query.isFetchNextPageError,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}
