export const USER_SORT_FIELDS = ["username", "email", "name", "role", "createdAt"] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];
