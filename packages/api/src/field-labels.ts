/**
 * Input fields in plain words, for messages that name a field ("Title: …",
 * "That username is already taken."). A field missing here is spelt out from
 * its name (startsAt → "starts at").
 */
const FIELD_LABELS: Record<string, string> = {
  username: "username",
  email: "email address",
  password: "password",
  confirmPassword: "password confirmation",
  currentPassword: "current password",
  newPassword: "new password",
  login: "username or email",
  name: "name",
  timeZone: "time zone",
  title: "title",
  memo: "memo",
  startAt: "start time",
  endAt: "end time",
  from: "start of the period",
  to: "end of the period",
  status: "status",
  contents: "todo",
  done: "done",
  subscriber: "subscriber",
  subscriberId: "subscriber",
  ownerId: "owner",
  userId: "account",
  role: "role",
  id: "id",
  cursor: "page link",
  limit: "page size",
  offset: "page offset",
  search: "search",
  sort: "sort order",
  order: "sort direction",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}
