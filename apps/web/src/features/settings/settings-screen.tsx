"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button, ButtonLink } from "~/components/button";
import { SectionCard } from "~/components/section-card";
import { ApiTokensSection } from "~/features/api-tokens/api-tokens-section";
import { CalendarFeedSection } from "~/features/calendar-feed/calendar-feed-section";
import { ImportSection } from "~/features/calendar-import/import-section";
import { AccountLanguageSwitch } from "~/features/language/account-language-switch";
import { SharingPanel } from "~/features/sharing/sharing-panel";
import { SharedWithMeList } from "~/features/sharing/shared-with-me-list";
import { useOwnSharing, useSharedWithMe } from "~/features/sharing/use-sharing";
import { SessionsList } from "~/features/security/sessions-list";
import { TwoFactorSection } from "~/features/security/two-factor-section";
import { ConnectedAccountsSection, type ConnectOutcome } from "~/features/sign-in-providers/connected-accounts-section";
import type { ProviderChoice } from "~/features/sign-in-providers/provider-buttons";
import { SetPasswordForm } from "~/features/sign-in-providers/set-password-form";
import { useSignInMethods } from "~/features/sign-in-providers/use-sign-in-methods";
import { AppearanceSection } from "./appearance-section";
import { DeleteAccountDialog } from "./delete-account-dialog";
import { settingsSchemas } from "./load-settings-schemas";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { RemindersSection } from "./reminders-section";
import type { Account } from "./types";
import { useSettingsEffects } from "./use-settings-effects";

const SECTIONS = [
  { id: "profile", label: "profile" },
  { id: "change-password", label: "password" },
  { id: "connected-accounts", label: "connectedAccounts" },
  { id: "security", label: "security" },
  { id: "two-step", label: "twoStep" },
  { id: "api-tokens", label: "apiTokens" },
  { id: "language", label: "language" },
  { id: "appearance", label: "appearance" },
  { id: "reminders", label: "reminders" },
  { id: "import", label: "import" },
  { id: "sharing", label: "sharing" },
  { id: "calendar-feed", label: "calendarFeed" },
  { id: "delete-account", label: "deleteAccountNav" },
] as const;

/** The logged-in account's own settings. Subscribers see what is shared with them instead of whom they share with. */
export function SettingsScreen({ account, signInProviders, connectOutcome }: { account: Account; signInProviders: ProviderChoice[]; connectOutcome: ConnectOutcome }) {
  const t = useTranslations("settings");
  const effects = useSettingsEffects();
  const [deleting, setDeleting] = useState(false);
  // Loaded once the page has drawn, so a first check or save does not wait for them.
  useEffect(() => void settingsSchemas.load(), []);
  const subscriber = account.role === "SUBSCRIBER";
  // An account a service made has no password: it sets a first one instead of changing it,
  // and needs one to confirm deleting the account.
  const signInMethods = useSignInMethods();
  const passwordless = signInMethods.methods?.hasPassword === false;

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[12rem_minmax(0,1fr)]">
      <nav aria-label={t("sectionsLabel")} className="hidden lg:block">
        <ul className="sticky top-24 space-y-1 text-sm">
          {SECTIONS.filter((section) => (section.id !== "connected-accounts" || signInProviders.length > 0) && (section.id !== "import" || !subscriber)).map((section) => (
            <li key={section.id}>
              <a
                href={`#${section.id}`}
                className="block rounded-lg px-3 py-1.5 font-medium text-slate-600 transition hover:bg-slate-200/60 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                {section.id === "sharing" && subscriber ? t("sharedWithYouNav") : t(section.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="min-w-0 space-y-6">
        <SectionCard id="profile" title={t("profile")} description={t("profileDescription")}>
          <ProfileForm account={account} effects={effects} />
        </SectionCard>

        <SectionCard id="change-password" title={t("password")} description={t("passwordDescription")}>
          {passwordless ? (
            <SetPasswordForm setPassword={signInMethods.setPassword} onDone={() => void signInMethods.reload()} />
          ) : (
            <PasswordForm username={account.username} effects={effects} />
          )}
        </SectionCard>

        {/* Only where the server offers other services (none configured: nothing to connect). */}
        {signInProviders.length > 0 && (
          <SectionCard id="connected-accounts" title={t("connectedAccounts")} description={t("connectedAccountsDescription")}>
            <ConnectedAccountsSection providers={signInProviders} outcome={connectOutcome} />
          </SectionCard>
        )}

        <SectionCard id="security" title={t("security")} description={t("securityDescription")}>
          <SessionsList />
        </SectionCard>

        <SectionCard id="two-step" title={t("twoStep")} description={t("twoStepDescription")}>
          <TwoFactorSection username={account.username} />
        </SectionCard>

        <SectionCard id="api-tokens" title={t("apiTokens")} description={t("apiTokensDescription")}>
          <ApiTokensSection role={account.role} />
        </SectionCard>

        <SectionCard id="language" title={t("language")} description={t("languageDescription")}>
          <AccountLanguageSwitch />
        </SectionCard>

        <SectionCard id="appearance" title={t("appearance")} description={t("appearanceDescription")}>
          <AppearanceSection weekStart={account.weekStart} effects={effects} />
        </SectionCard>

        <SectionCard id="reminders" title={t("reminders")} description={t("remindersDescription")}>
          <RemindersSection initial={reminderMinutes(account.reminderDefaults)} effects={effects} />
        </SectionCard>

        {/* A subscriber's own calendar is read-only: nothing to import into. */}
        {!subscriber && (
          <SectionCard id="import" title={t("import")} description={t("importDescription")}>
            <ImportSection />
          </SectionCard>
        )}

        {subscriber ? <SharedWithYouSection /> : <SharingSection />}

        <SectionCard id="calendar-feed" title={t("calendarFeed")} description={t("calendarFeedDescription")}>
          <CalendarFeedSection role={account.role} />
        </SectionCard>

        <SectionCard id="delete-account" title={t("deleteTitle")} tone="danger" description={t("deleteDescription")}>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-700">{passwordless ? t("deleteNeedsPassword") : t("deleteNote")}</p>
            {passwordless ? (
              <ButtonLink variant="secondary" href="#change-password">
                {t("setPasswordFirst")}
              </ButtonLink>
            ) : (
              <Button variant="danger-outline" onClick={() => setDeleting(true)}>
                {t("deleteButton")}
              </Button>
            )}
          </div>
        </SectionCard>
      </div>

      {deleting && <DeleteAccountDialog username={account.username} effects={effects} onClosed={() => setDeleting(false)} />}
    </div>
  );
}

function reminderMinutes(defaults: Account["reminderDefaults"]) {
  return { timed: defaults.timed.map((r) => r.minutesBefore), allDay: defaults.allDay.map((r) => r.minutesBefore) };
}

function SharingSection() {
  const t = useTranslations("settings");
  const { followers, effects } = useOwnSharing();
  return (
    <SectionCard id="sharing" title={t("sharing")} description={t("sharingDescription")}>
      <SharingPanel followers={followers} effects={effects} calendarName={t("yourCalendar")} />
    </SectionCard>
  );
}

function SharedWithYouSection() {
  const t = useTranslations("settings");
  const shared = useSharedWithMe();
  return (
    <SectionCard id="sharing" title={t("sharedWithYouTitle")} description={t("sharedWithYouDescription")}>
      <SharedWithMeList shared={shared} />
    </SectionCard>
  );
}
