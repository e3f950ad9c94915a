import { expect, test as base } from "@playwright/test";

// Every spec's `test` and `expect`: Playwright's, plus a guard that fails a test
// when the browser refused anything under the Content-Security-Policy (a script
// without the nonce, a style, a font, a connection), so that every spec also
// proves the pages work with the policy on.

/** What the browser reported as refused by the policy, in this test's context. */
export type CspViolations = string[];

const REFUSED = /Content Security Policy|Refused to/i;

export const test = base.extend<{ cspViolations: CspViolations }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: CspViolations = [];
      // Chromium logs each refusal to the console…
      context.on("console", (message) => {
        if (REFUSED.test(message.text())) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
      });
      // …and fires `securitypolicyviolation` in the document, which catches what the log might word otherwise.
      await context.exposeBinding("__reportCspViolation", ({ page }, text: string) => {
        violations.push(`${page?.url() ?? "?"}: ${text}`);
      });
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => Promise<void> }).__reportCspViolation;
          void report(`securitypolicyviolation: ${event.effectiveDirective} refused ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      await use(violations);
      expect(violations, "the Content-Security-Policy refused something").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
