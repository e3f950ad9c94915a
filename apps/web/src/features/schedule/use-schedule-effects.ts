"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import type { DateRange } from "@planner/domain";
import { cancelRefetches, refetchWhenIdle } from "~/kit/query-cache";
import { tr } from "~/i18n/translator";
import { UNDO_BUTTON_STYLE, UNDO_TOAST_MS, showToast, toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import type { CalendarSource } from "./calendar-source";
import type { ScheduleEffects, TimeZoneEffects } from "./events";
import { applyScheduleChange } from "./schedule-cache";
import type { Schedule } from "./types";

/** What the calendar's event handlers act on: the mutations of this source, the cached windows and the toasts. */
export function useScheduleEffects(source: CalendarSource): ScheduleEffects {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutateAsync: create } = useMutation(trpc.schedule.create.mutationOptions());
  const { mutateAsync: update } = useMutation(trpc.schedule.update.mutationOptions());
  const { mutateAsync: setStatus } = useMutation(trpc.schedule.setStatus.mutationOptions());
  const { mutateAsync: remove } = useMutation(trpc.schedule.delete.mutationOptions());
  // Also admins' undo on another user's calendar: the schedule names its owner.
  const { mutateAsync: restore } = useMutation(trpc.schedule.restore.mutationOptions());
  const { mutateAsync: restoreOccurrence } = useMutation(trpc.schedule.restoreOccurrence.mutationOptions());
  const { mutateAsync: adminCreate } = useMutation(trpc.admin.schedules.create.mutationOptions());
  const { mutateAsync: adminUpdate } = useMutation(trpc.admin.schedules.update.mutationOptions());
  const { mutateAsync: adminRemove } = useMutation(trpc.admin.schedules.delete.mutationOptions());
  const adminOwnerId = source.kind === "admin" ? source.ownerId : null;

  return useMemo(() => {
    const windows = [trpc.schedule.range.queryFilter(), trpc.admin.schedules.range.queryFilter()];
    const api: ScheduleEffects["api"] =
      adminOwnerId === null
        ? { create, update, setStatus, delete: remove, restore, restoreOccurrence }
        : {
            create: (input) => adminCreate({ ...input, ownerId: adminOwnerId }),
            update: adminUpdate,
            // Admins may set anyone's status through the ordinary procedure (the policy allows it).
            setStatus,
            delete: adminRemove,
            restore,
            restoreOccurrence,
          };
    return {
      api,
      cache: {
        prepare: () => cancelRefetches(queryClient, windows),
        apply(change) {
          for (const filter of windows) {
            for (const [queryKey, data] of queryClient.getQueriesData<Schedule[]>(filter)) {
              const window = windowOf(queryKey);
              if (data && window) queryClient.setQueryData<Schedule[]>(queryKey, applyScheduleChange(data, window, change));
            }
          }
        },
        settle: () =>
          refetchWhenIdle(queryClient, [trpc.schedule.pathKey(), trpc.admin.pathKey()], [trpc.schedule.pathFilter(), trpc.admin.schedules.pathFilter()]),
      },
      notices: {
        ...toastNotices,
        undoable: (message, undo) =>
          showToast(message, { action: { label: tr("schedule.undo"), onClick: undo }, actionButtonStyle: UNDO_BUTTON_STYLE, duration: UNDO_TOAST_MS }),
      },
    } satisfies ScheduleEffects;
  }, [trpc, queryClient, adminOwnerId, create, update, setStatus, remove, restore, restoreOccurrence, adminCreate, adminUpdate, adminRemove]);
}

/** What the time-zone field acts on. */
export function useTimeZoneEffects(): TimeZoneEffects {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { mutateAsync: updateTimeZone } = useMutation(trpc.account.updateTimeZone.mutationOptions());
  return useMemo(
    () => ({
      api: { updateTimeZone },
      refresh: () => {
        router.refresh();
        void queryClient.invalidateQueries(trpc.auth.me.pathFilter());
      },
      notices: toastNotices,
    }),
    [updateTimeZone, router, queryClient, trpc],
  );
}

/** The window a cached range query was made for (its key holds the input). */
function windowOf(queryKey: QueryKey): DateRange | null {
  const input = (queryKey[1] as { input?: { from?: unknown; to?: unknown } } | undefined)?.input;
  return input?.from instanceof Date && input.to instanceof Date ? { from: input.from, to: input.to } : null;
}
