import { SIGN_IN_PROVIDERS } from "@planner/domain";
import { z } from "zod";
import { instantOutput } from "./shared";

export const signInMethodsOutput = z
  .object({
    hasPassword: z.boolean().meta({ description: "false: the account signs in only with the providers below" }),
    providers: z.array(z.object({ provider: z.enum(SIGN_IN_PROVIDERS), connectedAt: instantOutput })),
  })
  .meta({ id: "SignInMethods" });

export const providerDisconnectedOutput = z.object({ disconnected: z.literal(true).meta({ example: true }) }).meta({ id: "ProviderDisconnected" });
export const passwordSetOutput = z.object({ passwordSet: z.literal(true) }).meta({ id: "PasswordSet" });
