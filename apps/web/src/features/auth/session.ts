import { forgetOfflineCopies, loadPersonalCache } from "~/features/connection/forget-offline-copies";
import type { SessionEffects } from "./events";

// next-auth's browser client (~2 kB gzipped) is fetched when someone logs in or
// out, not with every page; the log-in form starts fetching it once it is shown.
const client = () => import("next-auth/react");

/** Starts fetching next-auth's client and the offline cache's rules, so that the first log-in does not wait for them. */
export function preloadSessionClient() {
  void client();
  void loadPersonalCache();
}

/**
 * next-auth's credentials log-in and log-out, without its redirects (the handlers
 * decide where to go). Both also delete the offline copies of this browser's last
 * person; log-out does even when it fails (offline), as the person asked to leave.
 */
export const sessionEffects: SessionEffects = {
  session: {
    logIn: async (credentials) => {
      const result = await (await client()).signIn("credentials", { ...credentials, redirect: false });
      if (result && !result.error) await forgetOfflineCopies();
      return result;
    },
    logOut: async () => {
      try {
        return await (await client()).signOut({ redirect: false });
      } finally {
        await forgetOfflineCopies();
      }
    },
  },
  leave: (url) => window.location.assign(url),
};
