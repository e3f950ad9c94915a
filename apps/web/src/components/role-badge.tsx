import { useTranslations } from "next-intl";
import type { Role } from "@planner/domain";

// Used in the header and the admin console alike.
const ROLE_STYLES: Record<Role, string> = {
  ADMIN: "bg-amber-100 text-amber-800 ring-amber-200",
  USER: "bg-brand-50 text-brand-700 ring-brand-100",
  SUBSCRIBER: "bg-emerald-50 text-emerald-700 ring-emerald-200",
};

/** An account's role as a small pill. */
export function RoleBadge({ role, testId = "user-role" }: { role: Role; testId?: string }) {
  const t = useTranslations("roles");
  return (
    <span data-testid={testId} className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${ROLE_STYLES[role]}`}>
      {t(role)}
    </span>
  );
}
