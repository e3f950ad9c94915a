import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import Provider from "oidc-provider";
import { startInstance, type Instance } from "./instances";

// Log-in with other services, end to end, with no outside host: a real OpenID
// Connect provider (oidc-provider, for the generic provider and for Google,
// which next-auth treats as OIDC and finds by discovery) and one small node:http
// server that answers GitHub's, Kakao's and Naver's OAuth 2 endpoints in each
// vendor's JSON. All start and stop with the spec, on 127.0.0.1, beside an app
// instance of their own with every provider configured. The app is opened at
// http://localhost:<port>: Auth.js builds its URLs (redirect_uri, cookies) with
// `localhost`, so the browser must use that name too (STACK.md).

const e2ePort = Number(process.env.E2E_PORT ?? 3100);
/** The app instance with the providers (beside the main e2e server's port). */
export const APP_PORT = e2ePort + 60;
export const APP = `http://localhost:${APP_PORT}`;
const OP_PORT = Number(process.env.E2E_OIDC_PORT ?? 4000);
const VENDOR_PORT = OP_PORT + 1;
export const OP = `http://127.0.0.1:${OP_PORT}`;
const VENDOR = `http://127.0.0.1:${VENDOR_PORT}`;

export const OIDC_NAME = "Team SSO";
const CLIENT = { id: "planner", secret: "planner-secret" };

/** Who the vendor mock says is logging in, per vendor; tests change it between log-ins. */
export type VendorPerson = { id: string; login: string; name: string; email: string; verified: boolean };
/**
 * How the mock's authorize step answers: `redirect` (consent given at once),
 * `deny` (the person pressed cancel: error=access_denied), `link` (a page with
 * the callback link, for tests that tamper with it), or `down` at the token step.
 */
export type VendorMode = "redirect" | "deny" | "link" | "down";

export type SignInWorld = {
  instance: Instance;
  vendor: { person: Record<"github" | "kakao" | "naver", VendorPerson>; mode: VendorMode };
  stop: () => Promise<void>;
};

export async function startSignInWorld(): Promise<SignInWorld> {
  // A server left over from an interrupted run would answer the health check in
  // place of a new one: refuse to start beside it.
  const leftover = await fetch(`http://127.0.0.1:${APP_PORT}/api/health`).then(() => true, () => false);
  if (leftover) throw new Error(`port ${APP_PORT} is already serving something (a server left from an earlier run?); stop it first`);
  const op = await startOpenIdProvider();
  const vendorState: SignInWorld["vendor"] = {
    person: {
      github: { id: "1001", login: "octo-tester", name: "Octo Tester", email: "octo@example.test", verified: true },
      kakao: { id: "2002", login: "kakao-tester", name: "카카오 테스터", email: "kakao@example.test", verified: true },
      naver: { id: "naver-3003", login: "naver-tester", name: "네이버 테스터", email: "naver@example.test", verified: false },
    },
    mode: "redirect",
  };
  const vendor = await listen(createServer((request, response) => void vendorMock(vendorState, request, response)), VENDOR_PORT);
  const dataDir = mkdtempSync(path.join(tmpdir(), "planner-sign-in-"));
  let instance: Instance;
  try {
    instance = await startInstance(APP_PORT, {
      DATABASE_URL: "",
      PGLITE_DIR: dataDir,
      AUTH_SECRET: "sign-in-providers-e2e-secret-not-for-production",
      AUTH_URL: APP,
      APP_URL: APP,
      PLANNER_TEST_HOOKS: "1",
      REMINDER_WORKER: "false",
      SIGN_UPS_PER_IP_PER_HOUR: "100000",
      ...PROVIDER_SETTINGS,
    });
  } catch (error) {
    await Promise.all([close(op), close(vendor)]);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    instance,
    vendor: vendorState,
    stop: async () => {
      await instance.stop();
      await Promise.all([close(op), close(vendor)]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every provider on, the vendors' endpoints on the local servers. */
export const PROVIDER_SETTINGS = {
  AUTH_GOOGLE_ID: CLIENT.id,
  AUTH_GOOGLE_SECRET: CLIENT.secret,
  AUTH_GITHUB_ID: "github-client",
  AUTH_GITHUB_SECRET: "github-secret",
  AUTH_KAKAO_ID: "kakao-client",
  AUTH_KAKAO_SECRET: "kakao-secret",
  AUTH_NAVER_ID: "naver-client",
  AUTH_NAVER_SECRET: "naver-secret",
  AUTH_OIDC_ISSUER: OP,
  AUTH_OIDC_ID: CLIENT.id,
  AUTH_OIDC_SECRET: CLIENT.secret,
  AUTH_OIDC_NAME: OIDC_NAME,
  PLANNER_TEST_GOOGLE_ISSUER: OP,
  PLANNER_TEST_OAUTH_URL: VENDOR,
};

/**
 * oidc-provider with its development log-in and consent pages (any login, any
 * password). The login typed is the person's `sub`; its address is
 * `<login>@example.test`, verified; a login that is itself an address is used
 * as one, unverified (for the "someone else's address" test).
 */
async function startOpenIdProvider(): Promise<Server> {
  const provider = new Provider(OP, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: [`${APP}/api/auth/callback/oidc`, `${APP}/api/auth/callback/google`],
      },
    ],
    findAccount: (_context, id) =>
      Promise.resolve({
        accountId: id,
        claims: () =>
          Promise.resolve({
            sub: id,
            email: id.includes("@") ? id : `${id}@example.test`,
            email_verified: !id.includes("@"),
            name: id.includes("@") ? "Someone Else" : `Person ${id}`,
            preferred_username: id.includes("@") ? undefined : id,
          }),
      }),
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "preferred_username"] },
    // Auth.js reads the profile from the ID token: put the claims there.
    conformIdTokenClaims: false,
    cookies: { keys: ["sign-in-world-op-key"] },
  });
  return new Promise((resolve) => {
    const server: Server = provider.listen(OP_PORT, "127.0.0.1", () => resolve(server));
  });
}

type Code = { vendor: string; challenge: string; person: VendorPerson };
const codes = new Map<string, Code>();
const tokens = new Map<string, VendorPerson>();

async function vendorMock(state: SignInWorld["vendor"], request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", VENDOR);
  const [, vendor, ...rest] = url.pathname.split("/");
  const step = rest.join("/");
  if (vendor !== "github" && vendor !== "kakao" && vendor !== "naver") return send(response, 404, { error: "not_found" });

  if (step === "authorize" || step === "login/oauth/authorize") {
    const back = new URL(url.searchParams.get("redirect_uri") ?? "");
    back.searchParams.set("state", url.searchParams.get("state") ?? "");
    if (state.mode === "deny") {
      back.searchParams.set("error", "access_denied");
      return redirect(response, back);
    }
    const code = randomBytes(12).toString("hex");
    codes.set(code, { vendor, challenge: url.searchParams.get("code_challenge") ?? "", person: { ...state.person[vendor] } });
    back.searchParams.set("code", code);
    if (state.mode === "link") {
      response.writeHead(200, { "content-type": "text/html" });
      return response.end(`<!doctype html><title>${vendor}</title><a id="continue" href="${back.href.replaceAll("&", "&amp;")}">Continue</a>`);
    }
    return redirect(response, back);
  }

  if (step === "token" || step === "login/oauth/access_token") {
    if (state.mode === "down") return request.socket.destroy();
    const form = new URLSearchParams(await body(request));
    const code = codes.get(form.get("code") ?? "");
    codes.delete(form.get("code") ?? "");
    // PKCE, as the vendors check it: the verifier must hash to the challenge sent at authorize.
    const verifier = form.get("code_verifier") ?? "";
    const hashed = createHash("sha256").update(verifier).digest("base64url");
    if (!code || code.vendor !== vendor || hashed !== code.challenge) return send(response, 400, { error: "invalid_grant" });
    const accessToken = randomBytes(16).toString("hex");
    tokens.set(accessToken, code.person);
    return send(response, 200, { access_token: accessToken, token_type: "bearer", scope: "profile", expires_in: 3600 });
  }

  const person = tokens.get((request.headers.authorization ?? "").replace(/^Bearer\s+/i, ""));
  if (!person) return send(response, 401, { message: "Bad credentials" });
  if (vendor === "github" && step === "api/user") {
    return send(response, 200, { id: Number(person.id), login: person.login, name: person.name, email: null, avatar_url: null });
  }
  if (vendor === "github" && step === "api/user/emails") {
    return send(response, 200, [{ email: person.email, primary: true, verified: person.verified, visibility: null }]);
  }
  if (vendor === "kakao" && step === "userinfo") {
    return send(response, 200, {
      id: Number(person.id),
      kakao_account: { email: person.email, is_email_valid: true, is_email_verified: person.verified, profile: { nickname: person.name, profile_image_url: null } },
    });
  }
  if (vendor === "naver" && step === "userinfo") {
    return send(response, 200, { resultcode: "00", message: "success", response: { id: person.id, nickname: person.login, name: person.name, email: person.email } });
  }
  return send(response, 404, { error: "not_found" });
}

function send(response: ServerResponse, status: number, json: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(json));
}

function redirect(response: ServerResponse, to: URL) {
  response.writeHead(302, { location: to.href });
  response.end();
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function listen(server: Server, port: number): Promise<Server> {
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
