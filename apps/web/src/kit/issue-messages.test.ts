import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScheduleInput, todoContentsSchema, updateProfileInput } from "@planner/domain";
import { activateTranslator } from "~/i18n/translator";
import en from "../../messages/en.json";
import ko from "../../messages/ko.json";
import { issueMessage } from "./issue-messages";

// The kinds the domain's refinements name (params.kind) reach the person in
// the page's language, by field, else by kind alone.

const firstIssue = (result: { error?: { issues: Parameters<typeof issueMessage>[0][] } }) => result.error!.issues[0]!;
const slot = { startAt: new Date("2030-01-01T09:00:00Z"), endAt: new Date("2030-01-01T10:00:00Z") };

describe("issueMessage in Korean", () => {
  // The translator switches only in a browser (server renders share the module); a bare `window` stands in for one.
  beforeAll(() => {
    (globalThis as { window?: unknown }).window = {};
    activateTranslator("ko", ko);
  });
  afterAll(() => {
    activateTranslator("en", en);
    delete (globalThis as { window?: unknown }).window;
  });

  it("says which field may not hold control characters", () => {
    expect(issueMessage(firstIssue(createScheduleInput.safeParse({ title: "a\u0000b", ...slot })))).toBe(ko.validation.title.controlCharacters);
    expect(issueMessage(firstIssue(createScheduleInput.safeParse({ title: "ok", memo: "a\u001bb", ...slot })))).toBe(ko.validation.memo.controlCharacters);
    expect(issueMessage(firstIssue(updateProfileInput.safeParse({ name: "a\tb", timeZone: "UTC" })))).toBe(ko.validation.name.controlCharacters);
  });

  it("falls back to the kind's own sentence for a field without one", () => {
    expect(issueMessage(firstIssue(todoContentsSchema.safeParse("a\u0000b")))).toBe(ko.validation.controlCharacters);
  });

  it("says a date is out of range", () => {
    expect(issueMessage(firstIssue(createScheduleInput.safeParse({ title: "ok", ...slot, startAt: new Date("2201-01-01T00:00:00Z") })))).toBe(ko.validation.startAt.outOfRange);
  });
});

describe("issueMessage in English", () => {
  it("keeps the schema's own sentence", () => {
    expect(issueMessage(firstIssue(todoContentsSchema.safeParse("a\u0000b")))).toBe("The todo cannot contain tabs, line breaks or other control characters.");
  });
});
