import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { GLOBAL_ERROR_LABELS } from "./global-error-labels";

describe("GLOBAL_ERROR_LABELS", () => {
  it("are en.json's words for the error state", () => {
    expect(GLOBAL_ERROR_LABELS).toEqual({ title: en.errorState.title, body: en.errorState.body, retry: en.common.tryAgain });
  });
});
