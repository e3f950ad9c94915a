import type { SessionEffects } from "./events";

// next-auth's browser client (~2 kB gzipped) is fetched when someone logs in or
// out, not with every page; the log-in form starts fetching it once it is shown.
const client = () => import("next-auth/react");

/** Starts fetching next-auth's client, so that the first log-in does not wait for it. */
export function preloadSessionClient() {
  void client();
}

/** next-auth's credentials log-in and log-out, without its redirects (the handlers decide where to go). */
export const sessionEffects: SessionEffects = {
  session: {
    logIn: async (credentials) => (await client()).signIn("credentials", { ...credentials, redirect: false }),
    logOut: async () => (await client()).signOut({ redirect: false }),
  },
  leave: (url) => window.location.assign(url),
};
