import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/auth/viewer";
import { quietLinkClass } from "@/components/forms/button-styles";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { EmailForm, NameForm, PasswordForm } from "@/components/settings/account-forms";
import { DeleteAccountForm, SignOutEverywhereForm } from "@/components/settings/leave-forms";
import { NewsletterToggle } from "@/components/settings/newsletter-toggle";
import { ScoresPrivacyToggle } from "@/components/settings/scores-privacy-toggle";
import { SettingsSection } from "@/components/settings/settings-section";
import { getAccountSettings } from "@/db/queries/account";
import { getReaderNewsletter } from "@/db/queries/newsletter-subscribers";
import { SETTINGS_MESSAGES } from "@/lib/auth/settings-messages";
import { READER_NEWSLETTER } from "@/lib/newsletter";

export const metadata: Metadata = {
  title: "Settings",
  robots: { index: false, follow: false },
};

const SIGN_IN = `/sign-in?callbackUrl=${encodeURIComponent("/settings")}`;

export default async function SettingsPage() {
  const viewer = await getViewer();
  const [account, newsletter] = viewer
    ? await Promise.all([getAccountSettings(viewer.id), getReaderNewsletter(viewer.id)])
    : [];
  if (!viewer || !account) redirect(SIGN_IN);
  const hasPassword = account.passwordHash !== null;
  const noPassword = <p className="text-sm text-soft">{SETTINGS_MESSAGES.noPassword}</p>;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="font-serif text-4xl font-semibold">Settings</h1>
      <p className="mt-2 text-soft">Your name, sign-in details, newsletter and data.</p>
      <div className="mt-8 space-y-6">
        <SettingsSection id="name" title="Name">
          <NameForm name={account.name} />
        </SettingsSection>
        <SettingsSection
          id="email"
          title="Email"
          intro={
            <>
              <p>You sign in with it. Changing it asks for your current password.</p>
              <p>
                {account.emailConfirmed
                  ? SETTINGS_MESSAGES.emailConfirmed
                  : SETTINGS_MESSAGES.emailUnconfirmed}
              </p>
            </>
          }
        >
          {hasPassword ? <EmailForm email={account.email ?? ""} /> : noPassword}
          {!account.emailConfirmed && <ResendVerificationForm className="mt-4" />}
        </SettingsSection>
        <SettingsSection
          id="password"
          title="Password"
          intro={<p>A new password signs out every other browser; this one stays signed in.</p>}
        >
          {hasPassword ? <PasswordForm /> : noPassword}
        </SettingsSection>
        <SettingsSection
          id="newsletter"
          title="Newsletter"
          intro={<p>Each week’s review in your inbox, at your account’s email address.</p>}
        >
          {newsletter?.state === "bounced" ? (
            <p className="text-sm text-soft">{READER_NEWSLETTER.bounced}</p>
          ) : newsletter?.emailConfirmed || newsletter?.state === "subscribed" ? (
            <NewsletterToggle on={newsletter.state === "subscribed"} />
          ) : (
            <p className="text-sm text-soft">{READER_NEWSLETTER.confirmFirst}</p>
          )}
        </SettingsSection>
        <SettingsSection
          id="scores"
          title="Your scores"
          intro={
            <p>
              Private scores still count in every soundtrack’s average, but your profile hides them
              and nobody is compared with you.
            </p>
          }
        >
          <ScoresPrivacyToggle on={account.scoresPrivate} />
        </SettingsSection>
        <SettingsSection
          id="sessions"
          title="Where you are signed in"
          intro={
            <p>
              Signed in on a computer you no longer use? This ends every session of your account,
              this browser’s included: you will sign in again here.
            </p>
          }
        >
          <SignOutEverywhereForm />
        </SettingsSection>
        <SettingsSection
          id="data"
          title="Your data"
          intro={<p>Your profile, comments, scores and favourite tracks, as one JSON file.</p>}
        >
          <a href="/settings/data" download className={`inline-block text-sm ${quietLinkClass}`}>
            Download my data
          </a>
        </SettingsSection>
        <SettingsSection
          id="delete"
          title="Delete your account"
          tone="danger"
          intro={
            <>
              <p>
                This cannot be undone. Your account, your scores (taken out of the readers’
                averages), your favourite tracks and your likes go at once.
              </p>
              <p>
                Your comments go too, except those other readers have replied to: they stay as
                placeholders signed “deleted reader”, with their words removed, so the replies still
                make sense. Download your data first if you want to keep it.
              </p>
            </>
          }
        >
          {viewer.role === "admin" ? (
            <p className="text-sm text-soft">{SETTINGS_MESSAGES.adminNotDeleted}</p>
          ) : hasPassword ? (
            <DeleteAccountForm />
          ) : (
            noPassword
          )}
        </SettingsSection>
      </div>
    </div>
  );
}
