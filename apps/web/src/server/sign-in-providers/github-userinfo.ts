/**
 * GitHub's profile with the address GitHub has verified: the profile's own
 * `email` (the public one) says nothing about verification, so the primary
 * address comes from /user/emails and counts only when `verified` is true.
 * Without it (the scope refused, the request failed) the account gets no address.
 */
export function githubUserinfo(api: string) {
  return async ({ tokens }: { tokens: { access_token?: string } }) => {
    const headers = { Authorization: `Bearer ${tokens.access_token ?? ""}`, "User-Agent": "planner", Accept: "application/vnd.github+json" };
    const profile = (await (await fetch(`${api}/user`, { headers })).json()) as Record<string, unknown>;
    const emails = await fetch(`${api}/user/emails`, { headers })
      .then(async (response) => (response.ok ? ((await response.json()) as { email: string; primary: boolean; verified: boolean }[]) : []))
      .catch(() => []);
    const primary = Array.isArray(emails) ? emails.find((entry) => entry.primary && entry.verified) : undefined;
    return { ...profile, email: primary?.email ?? null, email_verified: primary !== undefined };
  };
}
