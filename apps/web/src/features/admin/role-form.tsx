"use client";

import { useTranslations } from "next-intl";

import { useEffect, useRef, useState } from "react";
import { ROLES, type Role } from "@planner/domain";
import { Button } from "~/components/button";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { SelectField } from "~/components/select-field";
import { handleRoleChangeConfirm, type AdminUserEffects } from "./events";
import { adminSchemas } from "./load-admin-schemas";
import type { AdminUser } from "./types";

/** What a new role means for the person, said before it is given. */
const CONSEQUENCES = {
  USER: "consequenceUSER",
  ADMIN: "consequenceADMIN",
  SUBSCRIBER: "consequenceSUBSCRIBER",
} as const satisfies Record<Role, string>;

/** A role menu and "Change role", confirmed in a dialog; the server's refusal is shown at the menu. */
export function RoleForm({ user, effects, onSaved }: { user: AdminUser; effects: AdminUserEffects; onSaved?: (user: AdminUser) => void }) {
  const t = useTranslations("admin");
  const tr = useTranslations("roles");
  const [choice, setChoice] = useState<Role>(user.role);
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const confirmed = useRef(false);

  // The role shown follows the saved one (after a change, or a change rolled back).
  useEffect(() => setChoice(user.role), [user.role]);
  // Loaded once the form has drawn, so the role shows changed at once when confirmed.
  useEffect(() => void adminSchemas.load(), []);

  return (
    <form
      noValidate
      aria-label={t("changeRole")}
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice !== user.role) setConfirming(true);
      }}
    >
      <SelectField
        name="role"
        label={t("role")}
        value={choice}
        error={error}
        hint={t(CONSEQUENCES[choice])}
        onChange={(event) => {
          setChoice(event.target.value as Role);
          setError(undefined);
        }}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {tr(role)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={choice === user.role}>
        {t("changeRole")}
      </Button>
      {confirming && (
        <ConfirmDialog
          title={t("makeQuestion", { name: user.name, role: choice })}
          confirmLabel={t("makeRole", { role: choice })}
          tone={choice === "ADMIN" || user.role === "ADMIN" ? "danger" : "primary"}
          testId="role-dialog"
          onConfirm={() => {
            confirmed.current = true;
            void handleRoleChangeConfirm(user, choice, effects, { setError, saved: onSaved });
          }}
          onClosed={() => {
            setConfirming(false);
            // Cancelled: the menu shows the role they have, not the one not given.
            if (!confirmed.current) setChoice(user.role);
            confirmed.current = false;
          }}
        >
          <p>
            {t("currentRole", { username: user.username, role: user.role })} {t(CONSEQUENCES[choice])}
          </p>
          {user.role === "SUBSCRIBER" && <p>{t("stopFollowing")}</p>}
        </ConfirmDialog>
      )}
    </form>
  );
}
