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
    "/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Own todos, newest first, a page at a time
         * @description filter: all, open or done; counts are for the whole list.
         */
        get: operations["todo-list"];
        put?: never;
        /** Add a todo */
        post: operations["todo-create"];
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
         * @description Returns the deleted todo.
         */
        delete: operations["todo-delete"];
        options?: never;
        head?: never;
        /** Change a todo's text */
        patch: operations["todo-update"];
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
    "/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Schedules in a window
         * @description Every schedule overlapping [from, to) (at most 62 days), by start; with includeShared, also those of calendars shared with the caller (readOnly).
         */
        get: operations["schedule-range"];
        put?: never;
        /**
         * Create a schedule
         * @description Start and end on the 30-minute grid, end after start, at most 14 days long.
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
        /** Delete a schedule */
        delete: operations["schedule-delete"];
        options?: never;
        head?: never;
        /** Change a schedule */
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
        /** Mark a schedule done (CLOSED) or planned (OPEN) */
        post: operations["schedule-setStatus"];
        delete?: never;
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
            /** @example alice@example.com */
            email: string;
            name: string;
            /** @enum {string} */
            role: "USER" | "ADMIN" | "SUBSCRIBER";
            /**
             * @description IANA time zone
             * @example Asia/Seoul
             */
            timeZone: string;
            /** @description null: the browser's language decides */
            locale: ("en" | "ko") | null;
            theme: ("light" | "dark" | "system") | null;
            /** @description null: the language's usual first day */
            weekStart: ("sunday" | "monday" | "saturday") | null;
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
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            lastUsedAt: string | null;
            /** @description null: never expires */
            expiresAt: string | null;
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
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
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
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            startAt: string;
            /**
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
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
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
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            startAt: string;
            /**
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
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 date and time, UTC
             * @example 2026-12-07T09:00:00.000Z
             */
            updatedAt: string;
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
    "todo-list": {
        parameters: {
            query?: {
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
                        items: components["schemas"]["Todo"][];
                        /** @description Pass back as `cursor` for the next page; null on the last page. */
                        nextCursor: string | null;
                        counts: {
                            all: number;
                            open: number;
                            done: number;
                        };
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
                    "application/json": components["schemas"]["Todo"];
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
                    "application/json": components["schemas"]["Todo"];
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
                    contents: string;
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
                    "application/json": components["schemas"]["Todo"];
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
                    "application/json": components["schemas"]["Todo"];
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
                    startAt: string;
                    endAt: string;
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
                    startAt?: string;
                    endAt?: string;
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
}
