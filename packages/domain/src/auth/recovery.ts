import { z } from "zod";
import { NAME_MAX } from "../account/schemas";
import { plainText } from "../shared/text";
import type { Locale } from "../user/locale";
import { localeSchema } from "../user/locale-schemas";
import { ROLES } from "../user/role";
import { emailSchema, passwordSchema, usernameSchema } from "../user/rules";

/**
 * Getting back in: a single-use link whose token is stored only as a hash.
 * - RESET: asked for by e-mail on the "forgot password" page; short-lived, since it travels by mail;
 * - ADMIN_RESET: made by an admin to hand over in person (no SMTP needed); lives a day;
 * - SET_PASSWORD: the first password of an account an admin created; lives a week.
 * Using one sets the password and ends every session of the account.
 */
export const PASSWORD_LINK_PURPOSES = ["RESET", "ADMIN_RESET", "SET_PASSWORD"] as const;
export type PasswordLinkPurpose = (typeof PASSWORD_LINK_PURPOSES)[number];

export const PASSWORD_LINK_LIFETIME_MINUTES: Record<PasswordLinkPurpose, number> = {
  RESET: 30,
  ADMIN_RESET: 24 * 60,
  SET_PASSWORD: 7 * 24 * 60,
};

export function passwordLinkExpiresAt(purpose: PasswordLinkPurpose, now: Date): Date {
  return new Date(now.getTime() + PASSWORD_LINK_LIFETIME_MINUTES[purpose] * 60_000);
}

/** The page a link opens; the token rides in the fragment, so it never reaches a server log or a Referer. */
export const PASSWORD_LINK_PATH = "/reset-password";

export function passwordLinkUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}${PASSWORD_LINK_PATH}#token=${token}`;
}

/**
 * Reset requests: per IP, every request counts (the answer never says whether the address
 * exists, so a limit is the only brake on using the form to mail-bomb someone); per account,
 * at most a few e-mails an hour, beyond which the request is answered the same and sends nothing.
 */
export const RESET_REQUEST_WINDOW_SECONDS = 60 * 60;
export const RESET_REQUESTS_PER_IP = 10;
export const RESET_EMAILS_PER_ACCOUNT = 3;

export function resetRequestIpKey(ip: string): string {
  return `reset:ip:${ip}`;
}

export function resetEmailAccountKey(userId: string): string {
  return `reset:account:${userId}`;
}

/** Failed uses of links (a wrong or expired token) per IP: 256-bit tokens cannot be guessed, but nothing should be free to hammer. */
export const LINK_FAILURES_PER_IP = 20;
export const LINK_FAILURE_WINDOW_SECONDS = 15 * 60;

export function linkFailureIpKey(ip: string): string {
  return `reset-link:ip:${ip}`;
}

export const requestPasswordResetInput = z.strictObject({
  email: emailSchema,
});
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetInput>;
export type RequestPasswordResetValues = z.output<typeof requestPasswordResetInput>;

/** 32 random bytes in base64url: 43 characters. */
const tokenSchema = z
  .string({ error: "This link is incomplete. Open it again from the e-mail or ask for a new one." })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This link is incomplete. Open it again from the e-mail or ask for a new one.");

export const passwordLinkInput = z.strictObject({ token: tokenSchema });
export type PasswordLinkInput = z.input<typeof passwordLinkInput>;

export const resetPasswordInput = z
  .strictObject({
    token: tokenSchema,
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "Repeat the new password." }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;
export type ResetPasswordValues = z.output<typeof resetPasswordInput>;

/** An admin creates an account for someone, who sets the password through a link. */
export const adminCreateUserInput = z.strictObject({
  username: usernameSchema,
  email: emailSchema,
  name: plainText(z.string().trim().max(NAME_MAX, `Keep it to ${NAME_MAX} characters.`), "The name").optional(),
  role: z.enum(ROLES),
  locale: localeSchema.optional(),
});
export type AdminCreateUserInput = z.input<typeof adminCreateUserInput>;
export type AdminCreateUserValues = z.output<typeof adminCreateUserInput>;

/** The e-mail with a reset link, in the account's language. */
export function passwordResetEmail(recipient: { name: string; locale: Locale }, url: string): { subject: string; body: string } {
  const minutes = PASSWORD_LINK_LIFETIME_MINUTES.RESET;
  if (recipient.locale === "ko") {
    return {
      subject: "Planner 비밀번호 재설정",
      body:
        `${recipient.name}님, 안녕하세요.\n\n` +
        `비밀번호 재설정을 요청하셨습니다. 아래 링크에서 새 비밀번호를 정하세요. 링크는 ${minutes}분 동안 한 번만 쓸 수 있습니다.\n\n${url}\n\n` +
        "요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.\n\n— Planner",
    };
  }
  return {
    subject: "Reset your Planner password",
    body:
      `Hello ${recipient.name},\n\n` +
      `Someone (we hope you) asked to reset your password. Choose a new one here; the link works once, for ${minutes} minutes:\n\n${url}\n\n` +
      "If you did not ask, ignore this e-mail: your password stays as it is.\n\n— Planner",
  };
}
