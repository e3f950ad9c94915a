import { describe, expect, it } from "vitest";
import { createScheduleInput, scheduleMemoSchema, scheduleTitleSchema } from "../schedule/schemas";
import { adminListUsersInput } from "../admin/schemas";
import { updateProfileInput } from "../account/schemas";
import { todoContentsSchema } from "../todo/schemas";
import { hasControlCharacter } from "./text";

const CONTROLS = ["\u0000", "\u0001", "\u0007", "\b", "\u001b", "\u007f", "\u0085", "\u009b"];

describe("hasControlCharacter", () => {
  it("finds C0, DEL and C1 controls, and nothing in ordinary text", () => {
    for (const control of CONTROLS) expect(hasControlCharacter(`a${control}b`), JSON.stringify(control)).toBe(true);
    expect(hasControlCharacter("회의 — Café 🎉 #42")).toBe(false);
  });
});

describe("single-line fields", () => {
  it.each([
    ["title", scheduleTitleSchema],
    ["todo contents", todoContentsSchema],
  ])("%s refuses every control character, tab and line break included, naming the field", (_name, schema) => {
    for (const control of [...CONTROLS, "\t", "\n", "\r"]) {
      const result = schema.safeParse(`Dentist${control}appointment`);
      expect(result.success, JSON.stringify(control)).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ params: { kind: "controlCharacters" } });
    }
    expect(scheduleTitleSchema.safeParse("a\u0000b").error?.issues[0]?.message).toBe("The title cannot contain tabs, line breaks or other control characters.");
  });

  it("still trims the ends, where a tab or line break is only whitespace", () => {
    expect(scheduleTitleSchema.parse("\tDentist\n")).toBe("Dentist");
  });

  it("covers the profile name and the admin's search", () => {
    expect(updateProfileInput.safeParse({ name: "Ada\u0000", timeZone: "UTC" }).error?.issues[0]?.message).toBe(
      "Your name cannot contain tabs, line breaks or other control characters.",
    );
    expect(adminListUsersInput.safeParse({ search: "ad\u0000min" }).success).toBe(false);
    expect(adminListUsersInput.safeParse({ search: "admin" }).success).toBe(true);
  });
});

describe("multi-line fields", () => {
  it("keep line breaks (LF and CR LF) and tabs", () => {
    expect(scheduleMemoSchema.parse("Bring:\n\t- the card\r\n\t- the form")).toBe("Bring:\n\t- the card\r\n\t- the form");
  });

  it("refuse the other control characters, a lone carriage return among them", () => {
    for (const control of [...CONTROLS, "\r"]) {
      const result = createScheduleInput.safeParse({
        title: "Dentist",
        memo: `line${control}more`,
        startAt: new Date("2030-01-01T09:00:00Z"),
        endAt: new Date("2030-01-01T10:00:00Z"),
      });
      expect(result.error?.issues, JSON.stringify(control)).toMatchObject([
        { path: ["memo"], params: { kind: "controlCharacters" }, message: "The memo cannot contain control characters other than line breaks and tabs." },
      ]);
    }
  });
});
