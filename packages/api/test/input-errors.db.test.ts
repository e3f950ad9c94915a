import { describe, expect } from "vitest";
import { apiTest, openSharedDb } from "./fixture";
import type { TestAccount } from "./helpers";
import { envelope, errorOf, sendRaw } from "./support/trpc-http";

// What a client sees when its input is refused: over HTTP, as the web app
// receives it, with the error formatter applied.

// `post(path, input, account)`: the refusal the client receives; `owner` unless another account (null: anonymous) is named.
const it = apiTest.extend(
  "post",
  ({ db, owner }) =>
    async (path: string, input: unknown, account: TestAccount | null = owner) =>
      errorOf((await sendRaw(db, { paths: [path], type: "mutation", raw: envelope(input), account })).body),
);
it.beforeAll(openSharedDb);

const slot = { startAt: new Date("2026-12-01T09:00:00Z"), endAt: new Date("2026-12-01T10:00:00Z") };

describe("refused input", () => {
  it("is one sentence naming the first bad field, with every field's messages alongside", async ({ post }) => {
    const error = await post("schedule.create", { title: " ", ...slot, endAt: "tomorrow" });
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Title: Give the schedule a title.");
    expect(error.data.fieldErrors).toEqual({ title: ["Give the schedule a title."], endAt: ["Choose a date and time."] });
  });

  it("names fields in plain words", async ({ post }) => {
    const error = await post("auth.signUp", { username: "ada", email: "ada@example.com", password: "correct horse", confirmPassword: "other" }, null);
    expect(error.message).toBe("Password confirmation: The passwords do not match.");
    expect(error.data.fieldErrors).toEqual({ confirmPassword: ["The passwords do not match."] });
  });

  it("says so plainly when the input as a whole is not what the procedure takes", async ({ post }) => {
    const error = await post("todo.create", 42);
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("The request is not in the form this action expects.");
    expect(Object.keys(error.data.fieldErrors ?? {})).toEqual(["_form"]);
  });

  it("keeps a rule's own message and fields (a schedule off the grid)", async ({ post }) => {
    const error = await post("schedule.create", { title: "Off grid", startAt: new Date("2026-12-01T09:10:00Z"), endAt: slot.endAt });
    expect(error.message).toBe("Start on the hour or half hour (UTC).");
    expect(error.data.fieldErrors).toEqual({ startAt: ["Start on the hour or half hour (UTC)."] });
  });

  it("carries a stable code for each domain error, so the client can say it in the person's language", async ({ post, owner }) => {
    const taken = await post("auth.signUp", { username: owner.username, email: "new@example.com", password: "a fine password", confirmPassword: "a fine password" }, null);
    expect(taken.data).toMatchObject({ code: "CONFLICT", errorCode: "usernameTaken", fieldErrorCodes: { username: "usernameTaken" } });
    expect(taken.message).toBe("That username is already taken.");

    const offGrid = await post("schedule.create", { title: "Dentist", startAt: new Date("2026-12-01T09:10:00Z"), endAt: new Date("2026-12-01T09:00:00Z") });
    expect(offGrid.data).toMatchObject({ code: "BAD_REQUEST", errorCode: "startOffGrid", errorParams: { timeZone: "UTC" }, fieldErrorCodes: { startAt: "startOffGrid", endAt: "endBeforeStart" } });

    const missing = await post("todo.toggle", { id: "0190c0de-0000-7000-8000-000000000000" });
    expect(missing.data).toMatchObject({ code: "NOT_FOUND", errorCode: "todoNotFound" });
  });
});
