/** What an account may do; see "Who may do what" in DESIGN.md. */
export const ROLES = ["USER", "ADMIN", "SUBSCRIBER"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  USER: "User",
  ADMIN: "Admin",
  SUBSCRIBER: "Subscriber",
};

/** Anyone acting through the API: an account's id and role, or nobody. */
export type Actor = { userId: string; role: Role };
