"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { UserPlusIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { LOCALES, ROLES, type AdminCreateUserInput, type AdminCreateUserValues } from "@planner/domain";
import { adminSchemas } from "~/features/admin/load-admin-schemas";
import { Button } from "~/components/button";
import { Field } from "~/components/field";
import { FormAlert } from "~/components/form-alert";
import { ModalDialog } from "~/components/modal-dialog";
import { SelectField } from "~/components/select-field";
import { showRefusal } from "~/kit/form-errors";
import { lazyResolver } from "~/kit/lazy-resolver";
import { useTRPC } from "~/trpc/react";
import { PasswordLinkHandover } from "./password-link-handover";

const FIELDS = ["username", "email", "name", "role", "locale"] as const satisfies readonly (keyof AdminCreateUserValues)[];

/** "New account" in the admin console's header: opens the dialog. */
export function CreateUserButton() {
  const t = useTranslations("admin");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <UserPlusIcon className="size-4" aria-hidden />
        {t("newAccount")}
      </Button>
      {open && <CreateUserDialog onClosed={() => setOpen(false)} />}
    </>
  );
}

/** An account made for someone: no password yet, and a one-time link for its owner to set one. */
function CreateUserDialog({ onClosed }: { onClosed: () => void }) {
  const t = useTranslations("admin");
  const tc = useTranslations("common");
  const tl = useTranslations("language");
  const tr = useTranslations("roles");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.admin.users.create.mutationOptions());
  const [made, setMade] = useState<{ url: string; expiresAt: Date; username: string }>();
  const [formError, setFormError] = useState<string>();
  const form = useForm<AdminCreateUserInput, unknown, AdminCreateUserValues>({
    resolver: lazyResolver(() => adminSchemas.load().then((schemas) => schemas.adminCreateUserInput)),
    defaultValues: { username: "", email: "", name: "", role: "USER", locale: locale === "ko" ? "ko" : "en" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const result = await create.mutateAsync(values);
      setMade({ url: result.url, expiresAt: result.expiresAt, username: result.user.username });
      void queryClient.invalidateQueries(trpc.admin.users.list.pathFilter());
    } catch (error) {
      showRefusal(error, FIELDS, { setFieldError: (field, message) => form.setError(field, { message }, { shouldFocus: true }), setFormError });
    }
  });

  return (
    <ModalDialog title={made ? t("accountMade") : t("newAccount")} description={made ? undefined : t("newAccountDescription")} onClosed={onClosed} testId="create-user-dialog" size="wide">
      {(close) =>
        made ? (
          <div className="space-y-4">
            <PasswordLinkHandover url={made.url} expiresAt={made.expiresAt} username={made.username} />
            <div className="flex justify-end">
              <Button variant="secondary" onClick={close}>
                {tc("close")}
              </Button>
            </div>
          </div>
        ) : (
          <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("newAccount")}>
            <FormAlert message={formError} />
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label={t("username")} autoComplete="off" data-autofocus error={errors.username?.message} {...form.register("username")} />
              <Field label={t("email")} type="email" autoComplete="off" error={errors.email?.message} {...form.register("email")} />
              <Field label={t("nameOptional")} autoComplete="off" error={errors.name?.message} {...form.register("name")} />
              <SelectField label={t("role")} error={errors.role?.message} {...form.register("role")}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {tr(role)}
                  </option>
                ))}
              </SelectField>
              <SelectField label={tl("label")} error={errors.locale?.message} {...form.register("locale")}>
                {LOCALES.map((language) => (
                  <option key={language} value={language}>
                    {tl(language)}
                  </option>
                ))}
              </SelectField>
            </div>
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={close}>
                {tc("cancel")}
              </Button>
              <Button type="submit" pending={isSubmitting} pendingLabel={t("creating")}>
                {t("createAccount")}
              </Button>
            </div>
          </form>
        )
      }
    </ModalDialog>
  );
}
