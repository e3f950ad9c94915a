"use client";

import { useEffect, useRef, useState } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@planner/domain";
import { Button } from "~/components/button";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { SelectField } from "~/components/select-field";
import { articleFor, handleRoleChangeConfirm, type AdminUserEffects } from "./events";
import type { AdminUser } from "./types";

/** What a new role means for the person, said before it is given. */
const CONSEQUENCES: Record<Role, string> = {
  USER: "Users keep their own todos and calendar and may share it with subscribers.",
  ADMIN: "Admins see and change every account, calendar and todo, and manage roles.",
  SUBSCRIBER: "Subscribers follow calendars shared with them, read-only, and cannot add todos or schedules of their own.",
};

/** A role menu and "Change role", confirmed in a dialog; the server's refusal is shown at the menu. */
export function RoleForm({ user, effects, onSaved }: { user: AdminUser; effects: AdminUserEffects; onSaved?: (user: AdminUser) => void }) {
  const [choice, setChoice] = useState<Role>(user.role);
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const confirmed = useRef(false);

  // The role shown follows the saved one (after a change, or a change rolled back).
  useEffect(() => setChoice(user.role), [user.role]);

  return (
    <form
      noValidate
      aria-label="Change role"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice !== user.role) setConfirming(true);
      }}
    >
      <SelectField
        name="role"
        label="Role"
        value={choice}
        error={error}
        hint={CONSEQUENCES[choice]}
        onChange={(event) => {
          setChoice(event.target.value as Role);
          setError(undefined);
        }}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={choice === user.role}>
        Change role
      </Button>
      {confirming && (
        <ConfirmDialog
          title={`Make ${user.name} ${articleFor(choice)} ${ROLE_LABELS[choice].toLowerCase()}?`}
          confirmLabel={`Make ${ROLE_LABELS[choice].toLowerCase()}`}
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
            @{user.username} is {articleFor(user.role)} {ROLE_LABELS[user.role].toLowerCase()} now. {CONSEQUENCES[choice]}
          </p>
          {user.role === "SUBSCRIBER" && <p>They will stop following every calendar shared with them.</p>}
        </ConfirmDialog>
      )}
    </form>
  );
}
