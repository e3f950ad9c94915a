import { expect, test } from "./fixtures";
import { FRESH_PASSWORD, createAccountByApi, uniqueUsername } from "./helpers";

// Issue 13, part 2's page: /api/docs (Swagger UI) works from this app's own
// files alone, under its own Content-Security-Policy (fixtures.ts fails the test
// on any refusal), and its try-it calls /api/v1 with the Authorize token.

test.describe("API docs page", () => {
  test("renders from this origin only; Authorize with a password-grant token, then try GET /auth/verify", async ({ page, baseURL }) => {
    // Swagger UI's 1.7 MB bundle, an account and a grant: more than the default on 2 busy cores.
    test.setTimeout(90_000);
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    // Every request to another host is refused and noted: the page must make none.
    await page.context().route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });

    const username = uniqueUsername("docs");
    await createAccountByApi(page, username);
    const grant = await page.request.post("/api/v1/auth/token", {
      form: { grant_type: "password", username, password: FRESH_PASSWORD },
    });
    expect(grant.status(), await grant.text()).toBe(200);
    const { access_token: accessToken } = (await grant.json()) as { access_token: string };

    const response = await page.goto("/api/docs");
    expect(response?.status()).toBe(200);
    // Its own policy: its script files only, no nonce, nothing from elsewhere.
    const policy = response!.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain("nonce");
    expect(policy).not.toContain("unsafe-inline");
    await expect(page).toHaveTitle("Planner API");
    await expect(page.getByRole("heading", { name: /Planner API/ })).toBeVisible();
    const schedules = page.locator(".opblock-summary", { has: page.locator('[data-path="/schedules"]') }).filter({ hasText: "GET" });
    await expect(schedules.first()).toBeVisible();
    await expect(page.locator('.opblock-summary [data-path="/todos"]').first()).toBeVisible();
    // Opened, an operation shows its input and answers, a schema its fields, all under the policy.
    const addTodo = page.locator(".opblock-post").filter({ has: page.locator('.opblock-summary [data-path="/todos"]') });
    await addTodo.locator(".opblock-summary-control").click();
    await expect(addTodo.locator(".opblock-section-request-body")).toContainText("contents");
    await addTodo.locator(".opblock-summary-control").click();

    // Authorize: the bearer scheme's form in Swagger UI's dialog (which has no dialog role).
    await page.getByRole("button", { name: "Authorize" }).first().click();
    const dialog = page.locator(".dialog-ux");
    const bearer = dialog.locator(".auth-container").filter({ hasText: "(http, Bearer)" });
    await bearer.getByRole("textbox", { name: "auth-bearer-value" }).fill(accessToken);
    await bearer.getByRole("button", { name: "Apply credentials" }).click();
    await expect(bearer.getByText("Logout")).toBeVisible();
    await bearer.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();

    // Try it: GET /auth/verify answers 200 with this account.
    const verify = page.locator(".opblock").filter({ has: page.locator('.opblock-summary [data-path="/auth/verify"]') });
    await verify.locator(".opblock-summary-control").click();
    await verify.getByRole("button", { name: "Try it out" }).click();
    await verify.getByRole("button", { name: "Execute" }).click();
    const live = verify.locator(".live-responses-table");
    const answer = live.locator("tr.response");
    await expect(answer.locator(".response-col_status")).toHaveText("200");
    await expect(answer.locator(".response-col_description")).toContainText(`"username": "${username}"`);
    await expect(answer.locator(".response-col_description")).toContainText(`"credential": "access"`);

    expect(elsewhere, "requests to other hosts").toEqual([]);
  });

  test("its files are the app's own, cacheable, and nothing else is served there", async ({ request }) => {
    for (const [file, type] of [
      ["swagger-ui-bundle.js", "text/javascript"],
      ["swagger-ui.css", "text/css"],
      ["init.js", "text/javascript"],
    ] as const) {
      const response = await request.get(`/api/docs/${file}`);
      expect(response.status(), file).toBe(200);
      expect(response.headers()["content-type"], file).toContain(type);
      expect(response.headers()["cache-control"], file).toBe("public, max-age=86400");
      const etag = response.headers().etag!;
      expect(etag, file).toBeTruthy();
      const again = await request.get(`/api/docs/${file}`, { headers: { "If-None-Match": etag } });
      expect(again.status(), `${file} revalidated`).toBe(304);
    }
    const unknown = await request.get("/api/docs/swagger-ui-bundle.js.map");
    expect(unknown.status()).toBe(404);
  });

  test("the footer links to it, in both languages", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("link", { name: "API", exact: true }).click();
    await expect(page).toHaveURL(/\/api\/docs$/);
    await expect(page.getByRole("heading", { name: /Planner API/ })).toBeVisible();

    await page.context().addCookies([{ name: "locale", value: "ko", url: new URL(page.url()).origin }]);
    await page.goto("/login");
    await expect(page.getByRole("navigation", { name: "더 보기" }).getByRole("link", { name: "API" })).toHaveAttribute("href", "/api/docs");
  });
});
