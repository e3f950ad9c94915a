import type { NextRequest } from "next/server";
import { countFailedProviderCallback } from "@planner/api/server";
import { handlers } from "~/server/auth";
import { clientIpFrom } from "~/server/client-ip";
import { withProviderErrors, type ProviderFailure } from "~/server/sign-in-providers/errors";

// A failed provider log-in comes back to /login with a reason of ours (errors.ts);
// a failed check (state, PKCE) counts as a failed log-in from the address, as a wrong password does.
function options(request: NextRequest) {
  return {
    requestUrl: request.url,
    onFailure: async (failure: ProviderFailure) => {
      if (failure === "check-failed") await countFailedProviderCallback(clientIpFrom(request.headers));
    },
  };
}

export const GET = (request: NextRequest) => withProviderErrors(() => handlers.GET(request), options(request));
export const POST = (request: NextRequest) => withProviderErrors(() => handlers.POST(request), options(request));
