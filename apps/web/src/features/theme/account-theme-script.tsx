import type { Theme } from "@planner/domain";

/** Where next-themes keeps the browser's choice (its default key). */
const STORAGE_KEY = "theme";

/**
 * The account's theme wins over what this browser last stored: written to
 * next-themes' storage in <head>, before next-themes' own script reads it at
 * the start of <body>, so a browser the account has not used yet shows the
 * account's theme from the first paint. Absent when the account has none.
 * It carries the request's CSP nonce, like every inline script.
 */
export function AccountThemeScript({ theme, nonce }: { theme: Theme | null | undefined; nonce: string | undefined }) {
  if (!theme) return null;
  const script = `try{localStorage.setItem(${JSON.stringify(STORAGE_KEY)},${JSON.stringify(theme)})}catch(e){}`;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
