// What the Settings page's forms and handlers check input with before they
// send it: the server's own schemas. They come with zod, which showing the
// settings does not need: loaded on a form's first check or a handler's first
// use (settingsSchemas), and once the page has drawn.
export {
  apiTokenIdInput,
  changePasswordInput,
  confirmTwoFactorInput,
  createApiTokenInput,
  deleteAccountInput,
  disableTwoFactorInput,
  grantShareInput,
  regenerateCalendarFeedInput,
  revokeShareInput,
  setPasswordInput,
  updateCalendarFeedInput,
  updateProfileInput,
  updateReminderDefaultsInput,
} from "@planner/domain";
