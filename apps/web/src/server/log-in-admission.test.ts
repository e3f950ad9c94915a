import { createServer, type ServerResponse, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admitLogIn, isLogInRequest, logInAdmission } from "./log-in-admission";

describe("isLogInRequest", () => {
  it.each(["/api/auth/csrf", "/api/auth/callback/credentials", "/api/auth/callback/credentials?x=1"])("%s waits its turn", (url) => {
    expect(isLogInRequest({ url })).toBe(true);
  });

  it.each(["/api/auth/session", "/api/auth/callback/github", "/api/auth/signout", "/api/health", "/login", undefined])("%s goes straight to Next", (url) => {
    expect(isLogInRequest({ url })).toBe(false);
  });
});

describe("admitLogIn", () => {
  const limit = availableParallelism();
  // What "Next" is answering now: each response waits until the test ends it.
  const answering: ServerResponse[] = [];
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => admitLogIn(request, response, () => answering.push(response)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it("lets one request per core in at a time and the next in as each is answered", async () => {
    const total = limit + 3;
    const answers = Array.from({ length: total }, () => fetch(`${base}/api/auth/csrf`).then((response) => response.text()));
    await until(() => answering.length === limit && logInAdmission().waiting === total - limit);

    answering[0]!.end("first");
    await until(() => answering.length === limit + 1);
    expect(logInAdmission()).toEqual({ active: limit, waiting: total - limit - 1 });

    for (let index = 1; index < total; index += 1) {
      await until(() => answering.length > index);
      answering[index]!.end(`answer ${index}`);
    }
    expect(await Promise.all(answers)).toEqual(["first", ...Array.from({ length: total - 1 }, (_, index) => `answer ${index + 1}`)]);
    await until(() => logInAdmission().active === 0);
    expect(logInAdmission()).toEqual({ active: 0, waiting: 0 });
  });

  it("gives the place back when the client goes away before the answer", async () => {
    answering.length = 0;
    const gone = new AbortController();
    const abandoned = fetch(`${base}/api/auth/csrf`, { signal: gone.signal }).catch(() => "aborted");
    await until(() => answering.length === 1);
    gone.abort();
    expect(await abandoned).toBe("aborted");
    await until(() => logInAdmission().active === 0);
  });
});
