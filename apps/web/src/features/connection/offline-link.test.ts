import { createTRPCClient, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppRouter } from "@planner/api";
import { errorMessage } from "~/trpc/errors";
import { offlineGuardLink } from "./offline-link";
import { offlineStatus } from "./offline-status";

/** The end of the chain: counts what reaches the network and answers every call. */
function fakeServer() {
  const sent = vi.fn();
  const link: TRPCLink<AppRouter> = () => ({ op }) =>
    observable((observer) => {
      sent(op.path);
      observer.next({ result: { type: "data", data: { ok: true } } });
      observer.complete();
    });
  return { sent, client: createTRPCClient<AppRouter>({ links: [offlineGuardLink(), link] }) };
}

describe("offlineGuardLink", () => {
  afterEach(() => offlineStatus.report({ type: "online" }));

  it("refuses a change while offline without sending it, in words that say so", async () => {
    const { sent, client } = fakeServer();
    offlineStatus.report({ type: "offline" });
    const refused = await client.todo.create.mutate({ contents: "buy milk" }).catch((error: unknown) => error);
    expect(sent).not.toHaveBeenCalled();
    expect(errorMessage(refused)).toBe("You're offline, so nothing was changed. Try again once you're back online.");
  });

  it("lets reads through offline (the service worker may have a copy), and changes once online", async () => {
    const { sent, client } = fakeServer();
    offlineStatus.report({ type: "offline" });
    await client.todo.list.query({});
    offlineStatus.report({ type: "online" });
    await client.todo.create.mutate({ contents: "buy milk" });
    expect(sent.mock.calls).toEqual([["todo.list"], ["todo.create"]]);
  });
});
