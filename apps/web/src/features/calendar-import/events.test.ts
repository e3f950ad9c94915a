import { describe, expect, it, vi } from "vitest";
import { deferred } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import { handleImportConfirm, handleImportFileChosen, type ImportEffects } from "./events";
import type { ImportPreview, ImportState, PreviewItem } from "./types";

function setUp(api: Partial<ImportEffects["api"]> = {}) {
  const effects: ImportEffects = {
    api: { preview: vi.fn(), importBatch: vi.fn().mockResolvedValue({ created: 0, updated: 0, unchanged: 0 }), ...api },
    language: "en",
    schedulesChanged: vi.fn(),
  };
  const shown: ImportState[] = [];
  return { effects, ui: { show: (state: ImportState) => shown.push(state) }, shown, last: () => shown.at(-1) };
}

const file = (text: string, size = text.length) => ({ name: "calendar.ics", size, text: () => Promise.resolve(text) });

function item(key: string, change: PreviewItem["change"], overrides = 0): PreviewItem {
  const at = new Date("2027-01-04T14:00:00Z");
  const fields = { title: key, memo: "", startAt: at, endAt: at, allDay: false, reminders: [] };
  return { key, ...fields, recurrence: null, timeZone: null, exceptions: [], change, overrides: Array.from({ length: overrides }, () => ({ ...fields, originalStartAt: at })) };
}

function previewOf(items: PreviewItem[]): ImportPreview {
  const changes = { new: 0, update: 0, unchanged: 0 };
  for (const entry of items) changes[entry.change] += 1;
  return { items, summary: { changes } as ImportPreview["summary"] };
}

describe("handleImportFileChosen", () => {
  it("reads the file, says it is reading, and shows the server's preview", async () => {
    const preview = previewOf([item("a", "new")]);
    const answer = deferred<ImportPreview>();
    const { effects, ui, shown, last } = setUp({ preview: vi.fn().mockReturnValue(answer.promise) });
    const done = handleImportFileChosen(file("BEGIN:VCALENDAR"), effects, ui);
    await vi.waitFor(() => expect(effects.api.preview).toHaveBeenCalledWith({ text: "BEGIN:VCALENDAR", language: "en" }));
    expect(shown).toEqual([{ step: "reading", fileName: "calendar.ics" }]);
    answer.resolve(preview);
    await done;
    expect(last()).toEqual({ step: "preview", fileName: "calendar.ics", preview });
  });

  it("refuses a file over 5 MB without reading or sending it", async () => {
    const { effects, ui, last } = setUp();
    const text = vi.fn();
    await handleImportFileChosen({ name: "big.ics", size: 6 * 1024 * 1024, text }, effects, ui);
    expect(last()).toEqual({ step: "choose", error: "That file is 6.0 MB; choose one of at most 5 MB." });
    expect(text).not.toHaveBeenCalled();
    expect(effects.api.preview).not.toHaveBeenCalled();
  });

  it("shows the server's refusal in the page's words, and the network's", async () => {
    const notCalendar = serverRefusal("That is not an iCalendar file.", { errorCode: "importNotICalendar" });
    const first = setUp({ preview: vi.fn().mockRejectedValue(notCalendar) });
    await handleImportFileChosen(file("Subject,Start"), first.effects, first.ui);
    expect(first.last()).toEqual({ step: "choose", error: "That file is not an iCalendar (.ics) file. Export your calendar as .ics and choose that file." });
    const second = setUp({ preview: vi.fn().mockRejectedValue(networkFailure()) });
    await handleImportFileChosen(file("BEGIN:VCALENDAR"), second.effects, second.ui);
    expect(second.last()).toEqual({ step: "choose", error: UNREACHABLE });
  });
});

describe("handleImportConfirm", () => {
  it("sends the new and changed items in batches of at most 500, showing the progress, then what was done", async () => {
    const items = [...Array.from({ length: 1100 }, (_, n) => item(`n${n}`, "new")), item("u", "update"), item("same", "unchanged")];
    const importBatch = vi.fn((input: { items: unknown[] }) => Promise.resolve({ created: input.items.length, updated: 0, unchanged: 0 }));
    const { effects, ui, shown, last } = setUp({ importBatch });
    await handleImportConfirm("calendar.ics", previewOf(items), effects, ui);
    expect(importBatch.mock.calls.map(([input]) => input.items.length)).toEqual([500, 500, 101]);
    // The preview's own mark is not sent back.
    expect(importBatch.mock.calls[0]![0].items[0]).not.toHaveProperty("change");
    expect(shown.filter((state) => state.step === "importing").map((state) => state.step === "importing" && state.done)).toEqual([0, 500, 1000, 1101]);
    expect(last()).toEqual({ step: "done", fileName: "calendar.ics", result: { created: 1101, updated: 0, unchanged: 1 } });
    expect(effects.schedulesChanged).toHaveBeenCalledTimes(1);
  });

  it("keeps a series with its moved occurrences in one batch, under 2,000 rows", async () => {
    const items = [item("a", "new", 1200), item("b", "new", 900), item("c", "new")];
    const { effects, ui } = setUp();
    await handleImportConfirm("calendar.ics", previewOf(items), effects, ui);
    expect(vi.mocked(effects.api.importBatch).mock.calls.map(([input]) => input.items.map((sent) => sent.key))).toEqual([["a"], ["b", "c"]]);
  });

  it("stops at a failed batch, says how far it got, and refreshes the calendar with what was written", async () => {
    const importBatch = vi.fn().mockResolvedValueOnce({ created: 500, updated: 0, unchanged: 0 }).mockRejectedValueOnce(networkFailure());
    const { effects, ui, last } = setUp({ importBatch });
    const preview = previewOf(Array.from({ length: 700 }, (_, n) => item(`n${n}`, "new")));
    await handleImportConfirm("calendar.ics", preview, effects, ui);
    expect(last()).toEqual({ step: "stopped", fileName: "calendar.ics", preview, done: 500, total: 700, error: UNREACHABLE });
    expect(effects.schedulesChanged).toHaveBeenCalled();
  });
});
