import { vi } from "vitest";
import type { OptimisticCache } from "~/kit/optimistic";

// Fake effects for the event handlers: plain state and recorded calls, so a
// test can say what is on screen after an event, not only what was called.

/** A promise settled by the test: to look at the screen while the server has not answered yet. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Toasts, recorded. */
export function fakeNotices() {
  return { success: vi.fn<(message: string) => void>(), error: vi.fn<(message: string) => void>() };
}

/**
 * A cache that holds `initial` and applies changes to it with the feature's own
 * pure edit, as the real one does to the query cache; it counts prepare and settle.
 */
export function fakeOptimisticCache<State, Change>(initial: State, applyChange: (state: State, change: Change) => State) {
  let state = initial;
  const cache = {
    prepare: vi.fn(),
    apply: vi.fn((change: Change) => {
      state = applyChange(state, change);
    }),
    settle: vi.fn(),
  } satisfies OptimisticCache<Change>;
  return { cache, state: () => state };
}

/** A form's error slots, as the view would show them. */
export function fakeFormErrors<Field extends string>() {
  const fieldErrors: Partial<Record<Field, string>> = {};
  const form = { fieldErrors, formError: undefined as string | undefined };
  return {
    form,
    ui: {
      setFieldError: vi.fn((field: Field, message: string) => {
        fieldErrors[field] = message;
      }),
      setFormError: vi.fn((message: string | undefined) => {
        form.formError = message;
      }),
    },
  };
}
