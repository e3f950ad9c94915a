import { issueMessage } from "~/kit/issue-messages";
import { searchHref } from "./search-state";

// Event handlers of the search: the box submitted. Checked with the server's
// own schema, so an empty or too long search is explained at the field
// instead of asked for.

type SearchBoxUi = {
  setError: (message: string | undefined) => void;
  navigate: (url: string) => void;
};

/** The search box submitted (Enter or the button): the results page for the query, or why not. */
export async function handleSearchSubmit(value: string, ui: SearchBoxUi) {
  const { searchInput } = await import("./search-schema");
  const parsed = searchInput.safeParse({ query: value });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    ui.setError(issue ? issueMessage(issue) : undefined);
    return;
  }
  ui.setError(undefined);
  ui.navigate(searchHref(parsed.data.query));
}
