// Generated from openApiDocument() (/api/openapi.json) by `pnpm --filter @planner/api api:types`.
// Do not edit: run that again after changing a route, an input or an output.

export interface paths {
    "/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account */
        post: operations["auth-signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's account */
        get: operations["auth-me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in a program: get an access and a refresh token
         * @description grant_type=password with username (or e-mail), password and, for an account with two-step log-in, code; or grant_type=refresh_token with refresh_token, which is spent: a refresh token used twice ends its whole session. Access tokens last 15 minutes. Throttled like the log-in page.
         */
        post: operations["auth-token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a token
         * @description An access or refresh token ends its whole session; a personal token is deleted. The answer is the same for an unknown token (RFC 7009).
         */
        post: operations["auth-revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whose token this is, its scope and when it expires */
        get: operations["auth-verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your name and time zone */
        patch: operations["account-updateProfile"];
        trace?: never;
    };
    "/account/time-zone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the time zone your calendar is shown in
         * @description An IANA zone name, e.g. Asia/Seoul.
         */
        put: operations["account-updateTimeZone"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the language of the app and of your reminders */
        put: operations["account-updateLocale"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/theme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the app's colour scheme */
        put: operations["account-updateTheme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/week-start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the first day of the calendar's weeks
         * @description null goes back to the language's usual first day.
         */
        put: operations["account-updateWeekStart"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/reminder-defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set the reminders new schedules get
         * @description One set for timed schedules (minutes before the start, 0 or more) and one for all-day schedules (minutes before midnight of the first day in your zone; 900 is 09:00 the day before, −540 09:00 on the day). Up to 5 each; an empty list means none. Schedules that exist keep theirs.
         */
        patch: operations["account-updateReminderDefaults"];
        trace?: never;
    };
    "/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Needs the current password. Every session of the account ends, with the access and refresh tokens of programs that logged in with it; personal access tokens too when revokeTokens is true.
         */
        post: operations["account-changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/sign-in-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How you sign in
         * @description Whether the account has a password, and the providers (Google, GitHub, Kakao, Naver, OpenID Connect) connected to it.
         */
        get: operations["account-signInMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/sign-in-methods/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Disconnect a provider
         * @description Refused (409) when it is the account's last way to sign in.
         */
        delete: operations["account-disconnectProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your log-ins
         * @description Browser log-ins and programs' password-grant log-ins that are still live.
         */
        get: operations["account-sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of your log-ins
         * @description It fails at its next request; a program's tokens go with it.
         */
        delete: operations["account-endSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every log-in but this one
         * @description With a personal access token, which is no session, every log-in ends.
         */
        post: operations["account-endOtherSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether two-step log-in is on */
        get: operations["account-twoFactor-status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Own personal access tokens
         * @description Never their secrets.
         */
        get: operations["account-apiTokens-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your personal access tokens */
        delete: operations["account-apiTokens-revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your calendar feed address
         * @description Whether you have one, its first characters and options; never the address itself (only its hash is kept).
         */
        get: operations["account-calendarFeed-get"];
        put?: never;
        post?: never;
        /**
         * Revoke your calendar feed address
         * @description Calendar apps subscribed to it get 404 from now on.
         */
        delete: operations["account-calendarFeed-revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete your account and everything of yours
         * @description Needs the password, in the body. The last admin cannot delete their account. A POST rather than DELETE /account so that the password never sits in a URL.
         */
        post: operations["account-deleteAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Own todos in a view, a page at a time
         * @description view: all (default), today (due today or overdue), upcoming (the next 14 days), inbox, project (projectId), label (labelId); filter: all, open or done. Sorted by due date (none last; a date alone before timed ones that day), priority, then the manual order. all/inbox/project list top-level todos with their subtasks; the others list every matching todo. counts are for the whole view.
         */
        get: operations["todo-list"];
        put?: never;
        /**
         * Add a todo
         * @description First in the manual order. dueTime (HH:mm, needs dueOn) is read in the owner's time zone; parentId makes it a subtask (one level).
         */
        post: operations["todo-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/todos/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open todos per view, project and label */
        get: operations["todo-viewCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/todos/range": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Own todos due in a window (the calendar)
         * @description Due on the dates [from, to) covers in the owner's zone, plus open overdue ones when the window holds today; at most 1000 (more says there were others).
         */
        get: operations["todo-range"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/todos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a todo
         * @description subtasks=delete (default) deletes its subtasks too; subtasks=keep makes them top-level todos. Returns the deleted todo (with the subtasks deleted with it).
         */
        delete: operations["todo-delete"];
        options?: never;
        head?: never;
        /**
         * Change a todo
         * @description Only the fields given change; null clears dueOn (and the time), dueTime, projectId (the Inbox) or parentId (top-level). labelIds replaces its labels.
         */
        patch: operations["todo-update"];
        trace?: never;
    };
    "/todos/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a todo elsewhere in the manual order
         * @description Right after afterId (null: first of all), or right before beforeId (null: last of all).
         */
        post: operations["todo-move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/todos/{id}/toggle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick a todo done, or open it again */
        post: operations["todo-toggle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own projects, in sidebar order */
        get: operations["todo-project-list"];
        put?: never;
        /**
         * Add a project
         * @description Last in the sidebar. Names are unique per account whatever their case.
         */
        post: operations["todo-project-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description todos=move puts its todos in the Inbox; todos=delete deletes them (and their subtasks).
         */
        delete: operations["todo-project-delete"];
        options?: never;
        head?: never;
        /** Rename or recolour a project */
        patch: operations["todo-project-update"];
        trace?: never;
    };
    "/projects/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a project elsewhere in the sidebar
         * @description Right after afterId (null: first), or right before beforeId (null: last).
         */
        post: operations["todo-project-move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own labels, by name */
        get: operations["todo-label-list"];
        put?: never;
        /**
         * Add a label
         * @description Names are unique per account whatever their case.
         */
        post: operations["todo-label-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/labels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a label
         * @description Its todos lose it. Returns the deleted label.
         */
        delete: operations["todo-label-delete"];
        options?: never;
        head?: never;
        /** Rename or recolour a label */
        patch: operations["todo-label-update"];
        trace?: never;
    };
    "/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Schedules in a window
         * @description Every schedule overlapping [from, to) (at most 100 days), by start, each repeating schedule as its occurrences there (seriesId, occurrenceStartAt); with includeShared, also those of calendars shared with the caller (readOnly).
         */
        get: operations["schedule-range"];
        put?: never;
        /**
         * Create a schedule
         * @description Timed: startAt and endAt on the 30-minute grid of the owner's zone, end after start, at most 14 days long. All-day: startDate and endDate (inclusive). recurrence: an RFC 5545 RRULE line; reminders: minutes before (left out: the owner's defaults).
         */
        post: operations["schedule-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All own schedules, a page at a time
         * @description Newest start first; pass nextCursor back as cursor.
         */
        get: operations["schedule-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One schedule */
        get: operations["schedule-byId"];
        put?: never;
        post?: never;
        /**
         * Delete a schedule
         * @description On a repeating schedule, occurrenceStartAt and scope (query parameters) delete this occurrence, it and the following, or all.
         */
        delete: operations["schedule-delete"];
        options?: never;
        head?: never;
        /**
         * Change a schedule
         * @description On a repeating schedule, occurrenceStartAt names the occurrence and scope how far the change goes: this (the default with an occurrence), following, or all (the default without).
         */
        patch: operations["schedule-update"];
        trace?: never;
    };
    "/schedules/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a schedule done (CLOSED) or planned (OPEN)
         * @description With occurrenceStartAt, one occurrence of a repeating schedule.
         */
        post: operations["schedule-setStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search own schedules and todos
         * @description Schedules whose title or memo, and todos whose text, contain the query (any case; % and _ are literal), at most 50 of each kind per group. Schedules are grouped by the day they start in the caller's time zone: from today on, then the past; todos newest first.
         */
        get: operations["search-query"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications, newest first, a page at a time
         * @description unreadOnly=true for the unread ones; pass nextCursor back as cursor.
         */
        get: operations["notification-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of your notifications are unread
         * @description A bare number: the bell's count.
         */
        get: operations["notification-unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read */
        post: operations["notification-markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notification read */
        post: operations["notification-markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shares/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may read your calendar */
        get: operations["share-followers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share your calendar with a subscriber
         * @description Name a SUBSCRIBER account by username or e-mail; it may then read your schedules. Returns every follower.
         */
        post: operations["share-grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shares/{subscriberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop sharing your calendar with a subscriber
         * @description Returns the followers left.
         */
        delete: operations["share-revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shares/shared-with-me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Calendars shared with you
         * @description Read their schedules with GET /schedules?includeShared=true.
         */
        get: operations["share-sharedWithMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every account, a page at a time
         * @description search matches part of a username or e-mail; offset and limit page through the sorted list.
         */
        get: operations["admin-users-list"];
        put?: never;
        /**
         * Make an account for someone
         * @description It has no password: hand its owner the one-time link (shown this once) to set one.
         */
        post: operations["admin-users-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account */
        get: operations["admin-users-byId"];
        put?: never;
        post?: never;
        /**
         * Delete an account and everything of theirs
         * @description Never the last admin.
         */
        delete: operations["admin-users-delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}/sign-in-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How an account signs in
         * @description Whether it has a password, and its connected providers.
         */
        get: operations["admin-users-signInMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change an account's role
         * @description USER, ADMIN or SUBSCRIBER. The last admin keeps the role.
         */
        put: operations["admin-users-setRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}/reset-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a one-time link to reset an account's password
         * @description Shown this once; hand it to the account's owner.
         */
        post: operations["admin-users-resetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take two-step log-in off an account
         * @description For an owner who lost their device; every session of the account ends.
         */
        delete: operations["admin-users-removeTwoFactor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{userId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's personal access tokens */
        get: operations["admin-users-apiTokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke anyone's personal access token */
        delete: operations["admin-users-revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{ownerId}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may read an account's calendar */
        get: operations["admin-shares-list"];
        put?: never;
        /**
         * Share an account's calendar with a subscriber
         * @description Returns every follower.
         */
        post: operations["admin-shares-grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{ownerId}/shares/{subscriberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop sharing an account's calendar with a subscriber
         * @description Returns the followers left.
         */
        delete: operations["admin-shares-revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everyone's todos, newest first, a page at a time
         * @description Filters: ownerId, done, priority, projectId, due (overdue, today, upcoming, none: by each owner's own today). total (counted up to a cap) comes with the first page only.
         */
        get: operations["admin-todos-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everyone's schedules, latest start first, a page at a time
         * @description total (counted up to a cap) comes with the first page only.
         */
        get: operations["admin-schedules-list"];
        put?: never;
        /**
         * Create a schedule on anyone's calendar
         * @description ownerId names the calendar; the grid and length rules are those of POST /schedules.
         */
        post: operations["admin-schedules-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/users/{ownerId}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's schedules in a window
         * @description Every schedule overlapping [from, to) (at most 100 days), by start.
         */
        get: operations["admin-schedules-range"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete anyone's schedule */
        delete: operations["admin-schedules-delete"];
        options?: never;
        head?: never;
        /** Change anyone's schedule */
        patch: operations["admin-schedules-update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Me: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example alice */
            username: string;
            /**
             * @description null: an account made by a provider's log-in that vouched for no address
             * @example alice@example.com
             */
            email: string | null;
            /** @example Alice Kim */
            name: string;
            /** @enum {string} */
            role: "USER" | "ADMIN" | "SUBSCRIBER";
            /**
             * @description IANA time zone
             * @example Asia/Seoul
             */
            timeZone: string;
            /**
             * @description null: the browser's language decides
             * @example ko
             */
            locale: ("en" | "ko") | null;
            /** @example dark */
            theme: ("light" | "dark" | "system") | null;
            /**
             * @description null: the language's usual first day
             * @example monday
             */
            weekStart: ("sunday" | "monday" | "saturday") | null;
            reminderDefaults: components["schemas"]["ReminderDefaults"];
        };
        /**
         * @example {
         *       "timed": [
         *         {
         *           "minutesBefore": 1440
         *         },
         *         {
         *           "minutesBefore": 10
         *         }
         *       ],
         *       "allDay": [
         *         {
         *           "minutesBefore": 900
         *         }
         *       ]
         *     }
         */
        ReminderDefaults: {
            /** @description Minutes before a timed schedule starts */
            timed: {
                minutesBefore: number;
            }[];
            /** @description Minutes before midnight of an all-day schedule's first day in your zone: 900 is 09:00 the day before, −540 09:00 on the day */
            allDay: {
                minutesBefore: number;
            }[];
        };
        TokenResponse: {
            /** @example pla_… */
            access_token: string;
            /** @constant */
            token_type: "bearer";
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expires_in: number;
            /**
             * @description Spend once with grant_type=refresh_token for a new pair
             * @example plr_…
             */
            refresh_token: string;
            username: string;
        };
        User: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example alice */
            username: string;
            /**
             * @description null: an account made by a provider's log-in that vouched for no address
             * @example alice@example.com
             */
            email: string | null;
            /** @example Alice Kim */
            name: string;
            /** @enum {string} */
            role: "USER" | "ADMIN" | "SUBSCRIBER";
            /**
             * @description IANA time zone
             * @example Asia/Seoul
             */
            timeZone: string;
            /**
             * @description null: the browser's language decides
             * @example ko
             */
            locale: ("en" | "ko") | null;
            /** @example dark */
            theme: ("light" | "dark" | "system") | null;
            /**
             * @description null: the language's usual first day
             * @example monday
             */
            weekStart: ("sunday" | "monday" | "saturday") | null;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
        };
        SignInMethods: {
            /** @description false: the account signs in only with the providers below */
            hasPassword: boolean;
            providers: {
                /** @enum {string} */
                provider: "google" | "github" | "kakao" | "naver" | "oidc";
                /**
                 * Format: date-time
                 * @description ISO 8601 date and time, UTC
                 * @example 2026-12-07T09:00:00.000Z
                 */
                connectedAt: string;
            }[];
        };
        ProviderDisconnected: {
            /**
             * @example true
             * @constant
             */
            disconnected: true;
        };
        Session: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            lastActiveAt: string;
            /** @example 203.0.113.7 */
            ip: string | null;
            /** @example Mozilla/5.0 (X11; Linux x86_64) */
            userAgent: string | null;
            /**
             * @description BROWSER: a log-in page; API: a program that logged in with the password grant
             * @enum {string}
             */
            kind: "BROWSER" | "API";
            /** @description true for the session this request came with (none for a personal access token) */
            current: boolean;
        };
        ApiToken: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example Phone shortcut */
            name: string;
            /** @enum {string} */
            scope: "READ" | "READ_WRITE";
            /**
             * @description The secret's first characters, to tell tokens apart
             * @example pln_Xy3k
             */
            hint: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            lastUsedAt: string | null;
            /** @description null: never expires */
            expiresAt: string | null;
        };
        CalendarFeed: {
            /**
             * @description The secret's first characters, to tell addresses apart
             * @example plc_Xy3k
             */
            hint: string;
            /**
             * @description Whether the feed also has the calendars shared with you
             * @example false
             */
            includeShared: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the address was last replaced (its creation until then)
             * @example 2026-12-07T09:00:00.000Z
             */
            rotatedAt: string;
        };
        TodoItem: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example Buy milk */
            contents: string;
            done: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
            /** @description The day it is due, in the owner's time zone; null: no due date */
            dueOn: string | null;
            /** @description When it is due, if a time was given (dueOn is its local date) */
            dueAt: string | null;
            /**
             * @description 1 (highest) to 4 (none)
             * @enum {number}
             */
            priority: 1 | 2 | 3 | 4;
            /** @description null: the Inbox */
            project: components["schemas"]["TodoListRef"] | null;
            labels: components["schemas"]["TodoListRef"][];
            /** @description The todo this is a subtask of */
            parent: {
                /**
                 * Format: uuid
                 * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                 */
                id: string;
                contents: string;
            } | null;
            /**
             * @description Its place in the owner's manual order (compare byte by byte)
             * @example a0
             */
            position: string;
            /** @description Minutes before dueAt for each reminder */
            reminderMinutes: number[];
            /** @description Open and past due (an earlier day, or today's time has passed) */
            overdue: boolean;
            /** @description Its subtasks in order (a subtask has none). All, inbox and project views list only top-level todos; the others list subtasks as items too */
            subtasks: components["schemas"]["TodoSubtask"][];
        };
        /** @description A project or label, as a todo names it */
        TodoListRef: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example Work */
            name: string;
            /** @enum {string} */
            color: "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | "gray";
        };
        TodoSubtask: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example Buy milk */
            contents: string;
            done: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
            /** @description The day it is due, in the owner's time zone; null: no due date */
            dueOn: string | null;
            /** @description When it is due, if a time was given (dueOn is its local date) */
            dueAt: string | null;
            /**
             * @description 1 (highest) to 4 (none)
             * @enum {number}
             */
            priority: 1 | 2 | 3 | 4;
            /** @description null: the Inbox */
            project: components["schemas"]["TodoListRef"] | null;
            labels: components["schemas"]["TodoListRef"][];
            /** @description The todo this is a subtask of */
            parent: {
                /**
                 * Format: uuid
                 * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                 */
                id: string;
                contents: string;
            } | null;
            /**
             * @description Its place in the owner's manual order (compare byte by byte)
             * @example a0
             */
            position: string;
            /** @description Minutes before dueAt for each reminder */
            reminderMinutes: number[];
            /** @description Open and past due (an earlier day, or today's time has passed) */
            overdue: boolean;
            /** @description Always empty: subtasks go one level deep */
            subtasks: {
                /**
                 * Format: uuid
                 * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                 */
                id: string;
            }[];
        };
        Project: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            name: string;
            /** @enum {string} */
            color: "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | "gray";
            position: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
        };
        Label: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            name: string;
            /** @enum {string} */
            color: "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | "gray";
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
        };
        ScheduleView: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            ownerId: string;
            /** @example Team meeting */
            title: string;
            memo: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            startAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            endAt: string;
            /**
             * @description OPEN: planned; CLOSED: done
             * @enum {string}
             */
            status: "OPEN" | "CLOSED";
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
            /** @description true: startDate/endDate are its days (startAt/endAt are their UTC midnights, endAt exclusive) */
            allDay: boolean;
            /**
             * @description All-day: the first day, YYYY-MM-DD; null for a timed schedule
             * @example 2026-12-24
             */
            startDate: string | null;
            /**
             * @description All-day: the last day (inclusive), YYYY-MM-DD; null for a timed schedule
             * @example 2026-12-26
             */
            endDate: string | null;
            /**
             * @description RFC 5545 repeat rule of the schedule (or of the series an occurrence belongs to); null for a one-off
             * @example RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6
             */
            recurrence: string | null;
            /**
             * @description Minutes before the start (all-day: before midnight of the first day; negative: that many minutes into it)
             * @example [
             *       {
             *         "minutesBefore": 60
             *       }
             *     ]
             */
            reminders: {
                minutesBefore: number;
            }[];
            /** @description Set on an occurrence of a repeating schedule: the schedule it repeats from (its own id for an unchanged occurrence) */
            seriesId: string | null;
            /** @description Set on an occurrence: the start it has in its series; pass it (with the series id and a scope) to change or delete this occurrence */
            occurrenceStartAt: string | null;
            owner: {
                /**
                 * Format: uuid
                 * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                 */
                id: string;
                username: string;
                name: string;
            };
            /** @description true for a calendar shared with the caller */
            readOnly: boolean;
        };
        Schedule: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            ownerId: string;
            /** @example Team meeting */
            title: string;
            memo: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            startAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            endAt: string;
            /**
             * @description OPEN: planned; CLOSED: done
             * @enum {string}
             */
            status: "OPEN" | "CLOSED";
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
            /** @description true: startDate/endDate are its days (startAt/endAt are their UTC midnights, endAt exclusive) */
            allDay: boolean;
            /**
             * @description All-day: the first day, YYYY-MM-DD; null for a timed schedule
             * @example 2026-12-24
             */
            startDate: string | null;
            /**
             * @description All-day: the last day (inclusive), YYYY-MM-DD; null for a timed schedule
             * @example 2026-12-26
             */
            endDate: string | null;
            /**
             * @description RFC 5545 repeat rule of the schedule (or of the series an occurrence belongs to); null for a one-off
             * @example RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6
             */
            recurrence: string | null;
            /**
             * @description Minutes before the start (all-day: before midnight of the first day; negative: that many minutes into it)
             * @example [
             *       {
             *         "minutesBefore": 60
             *       }
             *     ]
             */
            reminders: {
                minutesBefore: number;
            }[];
            /** @description Set on an occurrence of a repeating schedule: the schedule it repeats from (its own id for an unchanged occurrence) */
            seriesId: string | null;
            /** @description Set on an occurrence: the start it has in its series; pass it (with the series id and a scope) to change or delete this occurrence */
            occurrenceStartAt: string | null;
        };
        /**
         * @example {
         *       "query": "회의",
         *       "timeZone": "Asia/Seoul",
         *       "upcoming": [],
         *       "moreUpcoming": false,
         *       "past": [],
         *       "morePast": false,
         *       "todos": [],
         *       "moreTodos": false
         *     }
         */
        SearchResults: {
            /**
             * @description The query as searched (trimmed)
             * @example 회의
             */
            query: string;
            /**
             * @description The zone the days are in: the caller's
             * @example Asia/Seoul
             */
            timeZone: string;
            /** @description Schedules starting today or later, nearest day first */
            upcoming: components["schemas"]["SearchDay"][];
            /** @description true: more upcoming schedules match than are listed */
            moreUpcoming: boolean;
            /** @description Schedules that started before today, latest day first */
            past: components["schemas"]["SearchDay"][];
            /** @description true: more past schedules match than are listed */
            morePast: boolean;
            /** @description Todos, newest first */
            todos: components["schemas"]["Todo"][];
            moreTodos: boolean;
        };
        /**
         * @example {
         *       "date": "2026-12-07",
         *       "schedules": [
         *         {
         *           "id": "01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60",
         *           "ownerId": "01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f61",
         *           "title": "주간 회의",
         *           "memo": "",
         *           "startAt": "2026-12-07T01:00:00.000Z",
         *           "endAt": "2026-12-07T02:00:00.000Z",
         *           "status": "OPEN",
         *           "createdAt": "2026-11-30T08:00:00.000Z",
         *           "updatedAt": "2026-11-30T08:00:00.000Z",
         *           "allDay": false,
         *           "startDate": null,
         *           "endDate": null,
         *           "recurrence": "RRULE:FREQ=WEEKLY;BYDAY=MO",
         *           "reminders": [
         *             {
         *               "minutesBefore": 10
         *             }
         *           ],
         *           "seriesId": null,
         *           "occurrenceStartAt": null
         *         }
         *       ]
         *     }
         */
        SearchDay: {
            /**
             * Format: date
             * @description A calendar date in the caller's time zone
             * @example 2026-12-07
             */
            date: string;
            schedules: components["schemas"]["Schedule"][];
        };
        Todo: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example Buy milk */
            contents: string;
            done: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
        };
        Notification: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /**
             * @description SCHEDULE_REMINDER: a reminder you chose for a schedule of yours; TODO_REMINDER: one for a todo of yours with a due time
             * @enum {string}
             */
            kind: "SCHEDULE_REMINDER" | "TODO_REMINDER";
            /** @description The schedule it is about, if any */
            scheduleId: string | null;
            /** @description A reminder: the start of the schedule (or of the occurrence of a repeating one) it is about */
            occurrenceStartAt: string | null;
            /** @description A todo reminder: the todo it is about (null once the todo is deleted) */
            todoId: string | null;
            /** @description A todo reminder: the due time it was for (the todo may have moved since) */
            todoDueAt: string | null;
            /** @example Reminder: “Team meeting” starts in 10 minutes, Monday 7 December 09:00. */
            text: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /** @description null: unread */
            readAt: string | null;
        };
        Follower: {
            subscriber: components["schemas"]["Person"];
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            grantedAt: string;
            /**
             * @description Username of who shared it (the owner or an admin); null once that account is gone
             * @example alice
             */
            grantedBy: string | null;
        };
        Person: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example bob */
            username: string;
            /** @example Bob Lee */
            name: string;
            /** @example bob@example.com */
            email: string | null;
        };
        SharedCalendar: {
            owner: components["schemas"]["Person"];
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            grantedAt: string;
        };
        AdminUserRow: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example alice */
            username: string;
            /**
             * @description null: an account made by a provider's log-in that vouched for no address
             * @example alice@example.com
             */
            email: string | null;
            /** @example Alice Kim */
            name: string;
            /** @enum {string} */
            role: "USER" | "ADMIN" | "SUBSCRIBER";
            /**
             * @description IANA time zone
             * @example Asia/Seoul
             */
            timeZone: string;
            /**
             * @description null: the browser's language decides
             * @example ko
             */
            locale: ("en" | "ko") | null;
            /** @example dark */
            theme: ("light" | "dark" | "system") | null;
            /**
             * @description null: the language's usual first day
             * @example monday
             */
            weekStart: ("sunday" | "monday" | "saturday") | null;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /** @example 12 */
            todoCount: number;
            /** @example 40 */
            scheduleCount: number;
            /** @description Whether the account has two-step log-in on */
            twoFactorEnabled: boolean;
        };
        AdminUser: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example alice */
            username: string;
            /**
             * @description null: an account made by a provider's log-in that vouched for no address
             * @example alice@example.com
             */
            email: string | null;
            /** @example Alice Kim */
            name: string;
            /** @enum {string} */
            role: "USER" | "ADMIN" | "SUBSCRIBER";
            /**
             * @description IANA time zone
             * @example Asia/Seoul
             */
            timeZone: string;
            /**
             * @description null: the browser's language decides
             * @example ko
             */
            locale: ("en" | "ko") | null;
            /** @example dark */
            theme: ("light" | "dark" | "system") | null;
            /**
             * @description null: the language's usual first day
             * @example monday
             */
            weekStart: ("sunday" | "monday" | "saturday") | null;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /** @description Whether the account has two-step log-in on */
            twoFactorEnabled: boolean;
        };
        TodoWithOwner: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /** @example Buy milk */
            contents: string;
            done: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
            /** @description The day it is due, in the owner's time zone; null: no due date */
            dueOn: string | null;
            /** @description When it is due, if a time was given (dueOn is its local date) */
            dueAt: string | null;
            /**
             * @description 1 (highest) to 4 (none)
             * @enum {number}
             */
            priority: 1 | 2 | 3 | 4;
            /** @description null: the Inbox */
            project: components["schemas"]["TodoListRef"] | null;
            labels: components["schemas"]["TodoListRef"][];
            /** @description The todo this is a subtask of */
            parent: {
                /**
                 * Format: uuid
                 * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                 */
                id: string;
                contents: string;
            } | null;
            /**
             * @description Its place in the owner's manual order (compare byte by byte)
             * @example a0
             */
            position: string;
            /** @description Minutes before dueAt for each reminder */
            reminderMinutes: number[];
            /** @description Open and past due (an earlier day, or today's time has passed) */
            overdue: boolean;
            owner: {
                /**
                 * Format: uuid
                 * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                 */
                id: string;
                username: string;
            };
        };
        ScheduleWithOwner: {
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            id: string;
            /**
             * Format: uuid
             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
             */
            ownerId: string;
            /** @example Team meeting */
            title: string;
            memo: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            startAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            endAt: string;
            /**
             * @description OPEN: planned; CLOSED: done
             * @enum {string}
             */
            status: "OPEN" | "CLOSED";
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
            /** @description true: startDate/endDate are its days (startAt/endAt are their UTC midnights, endAt exclusive) */
            allDay: boolean;
            /**
             * @description All-day: the first day, YYYY-MM-DD; null for a timed schedule
             * @example 2026-12-24
             */
            startDate: string | null;
            /**
             * @description All-day: the last day (inclusive), YYYY-MM-DD; null for a timed schedule
             * @example 2026-12-26
             */
            endDate: string | null;
            /**
             * @description RFC 5545 repeat rule of the schedule (or of the series an occurrence belongs to); null for a one-off
             * @example RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6
             */
            recurrence: string | null;
            /**
             * @description Minutes before the start (all-day: before midnight of the first day; negative: that many minutes into it)
             * @example [
             *       {
             *         "minutesBefore": 60
             *       }
             *     ]
             */
            reminders: {
                minutesBefore: number;
            }[];
            /** @description Set on an occurrence of a repeating schedule: the schedule it repeats from (its own id for an unchanged occurrence) */
            seriesId: string | null;
            /** @description Set on an occurrence: the start it has in its series; pass it (with the series id and a scope) to change or delete this occurrence */
            occurrenceStartAt: string | null;
            owner: {
                /**
                 * Format: uuid
                 * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                 */
                id: string;
                username: string;
                name: string;
            };
        };
        Error: {
            error: {
                /**
                 * @description The tRPC code; the HTTP status follows from it.
                 * @example BAD_REQUEST
                 */
                code: string;
                /**
                 * @description One sentence: what went wrong and what to do.
                 * @example Title: Give the schedule a title.
                 */
                message: string;
                /**
                 * @description A stable reason, for a client's own wording.
                 * @example scheduleNotFound
                 */
                reason?: string;
                /**
                 * @description Messages by input field.
                 * @example {
                 *       "title": [
                 *         "Give the schedule a title."
                 *       ]
                 *     }
                 */
                fieldErrors?: {
                    [key: string]: string[];
                };
                /** @description On 429: seconds to wait. */
                retryAfterSeconds?: number;
            };
        };
    };
    responses: {
        /** @description The input was refused: `message` names the first problem, `fieldErrors` every field's. */
        Error400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No credential, or one that is unknown, expired or revoked. */
        Error401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller may not do this (their role, a read-only token, another's data). */
        Error403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such thing, or not one the caller may see. */
        Error404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description It clashes with what is there (a username or e-mail taken). */
        Error409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests or attempts: wait `Retry-After` seconds. */
        Error429: {
            headers: {
                /** @description Seconds to wait before trying again. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Something went wrong on the server; nothing internal is shown. */
        Error500: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "auth-signUp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    email: string;
                    password: string;
                    confirmPassword: string;
                    timeZone?: string;
                    /** @enum {string} */
                    locale?: "en" | "ko";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                         */
                        id: string;
                        username: string;
                    };
                };
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "auth-me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "auth-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @enum {string} */
                    grant_type: "password" | "refresh_token";
                    username?: string;
                    password?: string;
                    code?: string;
                    refresh_token?: string;
                    scope?: string;
                };
                "application/json": {
                    /** @enum {string} */
                    grant_type: "password" | "refresh_token";
                    username?: string;
                    password?: string;
                    code?: string;
                    refresh_token?: string;
                    scope?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "auth-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    token: string;
                    /** @enum {string} */
                    token_type_hint?: "access_token" | "refresh_token";
                };
                "application/json": {
                    token: string;
                    /** @enum {string} */
                    token_type_hint?: "access_token" | "refresh_token";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        revoked: true;
                    };
                };
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "auth-verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                         */
                        userId: string;
                        username: string;
                        /** @enum {string} */
                        role: "USER" | "ADMIN" | "SUBSCRIBER";
                        /**
                         * @description How the caller authenticated: the log-in cookie, a personal token, or a password-grant access token
                         * @enum {string}
                         */
                        credential: "session" | "personal" | "access";
                        /** @enum {string} */
                        scope: "READ" | "READ_WRITE";
                        expiresAt: string | null;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-updateProfile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    timeZone: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-updateTimeZone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    timeZone: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description IANA time zone
                         * @example Asia/Seoul
                         */
                        timeZone: string;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-updateLocale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    locale: "en" | "ko";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ko
                         * @enum {string}
                         */
                        locale: "en" | "ko";
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-updateTheme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    theme: "light" | "dark" | "system";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example dark
                         * @enum {string}
                         */
                        theme: "light" | "dark" | "system";
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-updateWeekStart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    weekStart: ("sunday" | "monday" | "saturday") | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description null: the language's usual first day
                         * @example monday
                         */
                        weekStart: ("sunday" | "monday" | "saturday") | null;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-updateReminderDefaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    timed: {
                        minutesBefore: number;
                    }[];
                    allDay: {
                        minutesBefore: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderDefaults"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-changePassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                    confirmPassword: string;
                    revokeTokens?: boolean;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        changed: true;
                        /**
                         * @description Personal access tokens revoked (0 unless revokeTokens was true)
                         * @example 0
                         */
                        tokensRevoked: number;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-signInMethods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInMethods"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-disconnectProvider": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "google" | "github" | "kakao" | "naver" | "oidc";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDisconnected"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-endSession": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ended: true;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-endOtherSessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description How many sessions ended
                         * @example 2
                         */
                        ended: number;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-twoFactor-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        enabledAt: string | null;
                        /**
                         * @description Unused recovery codes (0 while it is off)
                         * @example 10
                         */
                        recoveryCodesLeft: number;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-apiTokens-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-apiTokens-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        revoked: true;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-calendarFeed-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null: no feed address */
                        feed: components["schemas"]["CalendarFeed"] | null;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-calendarFeed-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        revoked: true;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "account-deleteAccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        deleted: true;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-list": {
        parameters: {
            query?: {
                view?: "all" | "today" | "upcoming" | "inbox" | "project" | "label";
                projectId?: string;
                labelId?: string;
                filter?: "all" | "open" | "done";
                cursor?: string | null;
                direction?: ("forward" | "backward") | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TodoItem"][];
                        /** @description Pass back as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                        /** @description For the whole view (top-level todos where the view nests subtasks) */
                        counts: {
                            all: number;
                            open: number;
                            done: number;
                        };
                        /**
                         * Format: date
                         * @description The owner's today, which Today and Upcoming are counted from
                         * @example 2026-12-24
                         */
                        today: string;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contents: string;
                    dueOn?: string | null;
                    dueTime?: string | null;
                    priority?: number;
                    projectId?: string | null;
                    labelIds?: string[];
                    parentId?: string | null;
                    reminderMinutes?: number[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TodoItem"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-viewCounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Open todos due today or before */
                        today: number;
                        overdue: number;
                        /** @description Open todos due in the next 14 days, today included */
                        upcoming: number;
                        /** @description Open top-level todos with no project */
                        inbox: number;
                        /** @description Open top-level todos of each project, in sidebar order */
                        projects: {
                            /**
                             * Format: uuid
                             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                             */
                            id: string;
                            count: number;
                        }[];
                        /** @description Open todos with each label */
                        labels: {
                            /**
                             * Format: uuid
                             * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                             */
                            id: string;
                            count: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-range": {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TodoItem"][];
                        /**
                         * Format: date
                         * @description A date in the owner's time zone, YYYY-MM-DD
                         * @example 2026-12-24
                         */
                        today: string;
                        /** @description true: more todos are due in the window than were returned */
                        more: boolean;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-delete": {
        parameters: {
            query?: {
                subtasks?: "delete" | "keep";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TodoItem"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contents?: string;
                    dueOn?: string | null;
                    dueTime?: string | null;
                    priority?: number;
                    projectId?: string | null;
                    labelIds?: string[];
                    parentId?: string | null;
                    reminderMinutes?: number[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TodoItem"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-move": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    afterId?: string | null;
                    beforeId?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TodoItem"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-toggle": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TodoItem"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-project-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-project-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @default gray
                     * @enum {string}
                     */
                    color?: "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | "gray";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-project-delete": {
        parameters: {
            query: {
                todos: "move" | "delete";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                         */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        color: "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | "gray";
                        position: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date and time, UTC
                         * @example 2026-12-07T09:00:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date and time, UTC
                         * @example 2026-12-07T09:00:00.000Z
                         */
                        updatedAt: string;
                        /** @description How many todos it had (moved to the Inbox or deleted) */
                        todoCount: number;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-project-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    color?: "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | "gray";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-project-move": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    afterId?: string | null;
                    beforeId?: string | null;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-label-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Label"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-label-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @default gray
                     * @enum {string}
                     */
                    color?: "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | "gray";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Label"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-label-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Label"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "todo-label-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    color?: "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | "gray";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Label"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "schedule-range": {
        parameters: {
            query: {
                from: string;
                to: string;
                includeShared?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "schedule-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    memo?: string;
                    /** Format: date-time */
                    startAt?: string;
                    /** Format: date-time */
                    endAt?: string;
                    allDay?: boolean;
                    startDate?: string;
                    endDate?: string;
                    recurrence?: string | null;
                    reminders?: {
                        minutesBefore: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "schedule-list": {
        parameters: {
            query?: {
                status?: "OPEN" | "CLOSED";
                cursor?: string | null;
                direction?: ("forward" | "backward") | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Schedule"][];
                        /** @description Pass back as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "schedule-byId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "schedule-delete": {
        parameters: {
            query?: {
                occurrenceStartAt?: string;
                scope?: "this" | "following" | "all";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                         */
                        id: string;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "schedule-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    memo?: string;
                    /** Format: date-time */
                    startAt?: string;
                    /** Format: date-time */
                    endAt?: string;
                    allDay?: boolean;
                    startDate?: string;
                    endDate?: string;
                    recurrence?: string | null;
                    reminders?: {
                        minutesBefore: number;
                    }[];
                    /** Format: date-time */
                    occurrenceStartAt?: string;
                    /** @enum {string} */
                    scope?: "this" | "following" | "all";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "schedule-setStatus": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "OPEN" | "CLOSED";
                    /** Format: date-time */
                    occurrenceStartAt?: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "search-query": {
        parameters: {
            query: {
                query: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "notification-list": {
        parameters: {
            query?: {
                unreadOnly?: boolean;
                cursor?: string | null;
                direction?: ("forward" | "backward") | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        /** @description Pass back as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "notification-unreadCount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": number;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "notification-markRead": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                         */
                        id: string;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "notification-markAllRead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description How many were unread
                         * @example 3
                         */
                        marked: number;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "share-followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Follower"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "share-grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subscriber: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Follower"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "share-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Follower"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "share-sharedWithMe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedCalendar"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-users-list": {
        parameters: {
            query?: {
                offset?: number;
                limit?: number;
                search?: string;
                role?: "USER" | "ADMIN" | "SUBSCRIBER";
                sort?: "username" | "email" | "name" | "role" | "createdAt";
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AdminUserRow"][];
                        /**
                         * @description Matching accounts in all
                         * @example 57
                         */
                        total: number;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-users-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    email: string;
                    name?: string;
                    /** @enum {string} */
                    role: "USER" | "ADMIN" | "SUBSCRIBER";
                    /** @enum {string} */
                    locale?: "en" | "ko";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        /**
                         * @description A one-time link to set the password; shown this once
                         * @example https://planner.example.com/reset-password#token=…
                         */
                        url: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date and time, UTC
                         * @example 2026-12-07T09:00:00.000Z
                         */
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-users-byId": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-users-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                         */
                        userId: string;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-users-signInMethods": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInMethods"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-users-setRole": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "USER" | "ADMIN" | "SUBSCRIBER";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-users-resetLink": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description A one-time link to set the password; shown this once
                         * @example https://planner.example.com/reset-password#token=…
                         */
                        url: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 date and time, UTC
                         * @example 2026-12-07T09:00:00.000Z
                         */
                        expiresAt: string;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-users-removeTwoFactor": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                         */
                        userId: string;
                        /** @description false: it was not on */
                        removed: boolean;
                        /** @example 1 */
                        sessionsEnded: number;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-users-apiTokens": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-users-revokeApiToken": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        revoked: true;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-shares-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ownerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Follower"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-shares-grant": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ownerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subscriber: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Follower"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-shares-revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ownerId: string;
                subscriberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Follower"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-todos-list": {
        parameters: {
            query?: {
                cursor?: string | null;
                direction?: ("forward" | "backward") | null;
                limit?: number;
                ownerId?: string;
                done?: boolean;
                priority?: number;
                projectId?: string;
                due?: "overdue" | "today" | "upcoming" | "none";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TodoWithOwner"][];
                        /** @description Pass back as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                        /** @description With the first page only */
                        total: {
                            count: number;
                            /** @description true: there are at least `count`, not exactly */
                            capped: boolean;
                        } | null;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-schedules-list": {
        parameters: {
            query?: {
                cursor?: string | null;
                direction?: ("forward" | "backward") | null;
                limit?: number;
                ownerId?: string;
                status?: "OPEN" | "CLOSED";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ScheduleWithOwner"][];
                        /** @description Pass back as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                        /** @description With the first page only */
                        total: {
                            count: number;
                            /** @description true: there are at least `count`, not exactly */
                            capped: boolean;
                        } | null;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-schedules-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    memo?: string;
                    /** Format: date-time */
                    startAt?: string;
                    /** Format: date-time */
                    endAt?: string;
                    allDay?: boolean;
                    startDate?: string;
                    endDate?: string;
                    recurrence?: string | null;
                    reminders?: {
                        minutesBefore: number;
                    }[];
                    /** Format: uuid */
                    ownerId: string;
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-schedules-range": {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                ownerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"][];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-schedules-delete": {
        parameters: {
            query?: {
                occurrenceStartAt?: string;
                scope?: "this" | "following" | "all";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @example 01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60
                         */
                        id: string;
                    };
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
    "admin-schedules-update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    memo?: string;
                    /** Format: date-time */
                    startAt?: string;
                    /** Format: date-time */
                    endAt?: string;
                    allDay?: boolean;
                    startDate?: string;
                    endDate?: string;
                    recurrence?: string | null;
                    reminders?: {
                        minutesBefore: number;
                    }[];
                    /** Format: date-time */
                    occurrenceStartAt?: string;
                    /** @enum {string} */
                    scope?: "this" | "following" | "all";
                };
            };
        };
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
        };
    };
}
