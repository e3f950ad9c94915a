// The words of the page shown when the root layout itself fails: outside that
// layout, so outside the page's language and its messages too, in English.
// They are en.json's (errorState.title, errorState.body, common.tryAgain; a
// test holds them to it), copied here because importing en.json in a client
// component ships the whole compiled catalogue with every page.
export const GLOBAL_ERROR_LABELS = {
  title: "Something went wrong",
  body: "We could not load this page. Nothing you saved was lost.",
  retry: "Try again",
} as const;
