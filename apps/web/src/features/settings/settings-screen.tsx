"use client";

import { useState } from "react";
import { Button } from "~/components/button";
import { SectionCard } from "~/components/section-card";
import { SharingPanel } from "~/features/sharing/sharing-panel";
import { SharedWithMeList } from "~/features/sharing/shared-with-me-list";
import { useOwnSharing, useSharedWithMe } from "~/features/sharing/use-sharing";
import { DeleteAccountDialog } from "./delete-account-dialog";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import type { Account } from "./types";
import { useSettingsEffects } from "./use-settings-effects";

const SECTIONS = [
  { id: "profile", label: "Profile" },
  { id: "change-password", label: "Password" },
  { id: "sharing", label: "Calendar sharing" },
  { id: "delete-account", label: "Delete account" },
] as const;

/** The logged-in account's own settings. Subscribers see what is shared with them instead of whom they share with. */
export function SettingsScreen({ account }: { account: Account }) {
  const effects = useSettingsEffects();
  const [deleting, setDeleting] = useState(false);
  const subscriber = account.role === "SUBSCRIBER";

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[12rem_minmax(0,1fr)]">
      <nav aria-label="Settings sections" className="hidden lg:block">
        <ul className="sticky top-24 space-y-1 text-sm">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a
                href={`#${section.id}`}
                className="block rounded-lg px-3 py-1.5 font-medium text-slate-600 transition hover:bg-slate-200/60 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                {section.id === "sharing" && subscriber ? "Shared with you" : section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="min-w-0 space-y-6">
        <SectionCard id="profile" title="Profile" description="How you appear, and the time zone your calendar is drawn in.">
          <ProfileForm account={account} effects={effects} />
        </SectionCard>

        <SectionCard id="change-password" title="Password" description="You need your current password to set a new one.">
          <PasswordForm username={account.username} effects={effects} />
        </SectionCard>

        {subscriber ? <SharedWithYouSection /> : <SharingSection />}

        <SectionCard id="delete-account" title="Delete my account" tone="danger" description="Your account and everything in it, for good.">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-700">You will be asked for your password. This cannot be undone.</p>
            <Button variant="danger-outline" onClick={() => setDeleting(true)}>
              Delete my account
            </Button>
          </div>
        </SectionCard>
      </div>

      {deleting && <DeleteAccountDialog username={account.username} effects={effects} onClosed={() => setDeleting(false)} />}
    </div>
  );
}

function SharingSection() {
  const { followers, effects } = useOwnSharing();
  return (
    <SectionCard id="sharing" title="Calendar sharing" description="Subscribers you share your calendar with see it read-only, next to their own.">
      <SharingPanel followers={followers} effects={effects} calendarName="your calendar" />
    </SectionCard>
  );
}

function SharedWithYouSection() {
  const shared = useSharedWithMe();
  return (
    <SectionCard id="sharing" title="Calendars shared with you" description="You see these calendars read-only in your calendar.">
      <SharedWithMeList shared={shared} />
    </SectionCard>
  );
}
