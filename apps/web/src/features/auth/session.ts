import { signIn, signOut } from "next-auth/react";
import type { SessionEffects } from "./events";

/** next-auth's credentials log-in and log-out, without its redirects (the handlers decide where to go). */
export const sessionEffects: SessionEffects = {
  session: {
    logIn: (credentials) => signIn("credentials", { ...credentials, redirect: false }),
    logOut: () => signOut({ redirect: false }),
  },
  leave: (url) => window.location.assign(url),
};
