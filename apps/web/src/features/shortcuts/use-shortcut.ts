"use client";

import { useHotkeys } from "react-hotkeys-hook";

/**
 * One keyboard shortcut of the page, as Google Calendar users expect them:
 * a single key, never while typing (in a text field, a drop-down or editable
 * text), never with Ctrl, ⌘ or Alt held (Ctrl+C still copies), and never
 * behind an open dialog. Keys are matched by their place on the keyboard, so
 * they work the same with a Korean (두벌식) layout, where the C key types ㅊ.
 */
export function useShortcut(keys: string, action: () => void, enabled = true) {
  useHotkeys(keys, action, { enabled, preventDefault: true, enableOnFormTags: true, ignoreEventWhen: whileBusy }, [action]);
}

/** Inputs that take no typing: on a todo's checkbox, j still moves to the next one. */
const KEYLESS_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "color", "file", "image"]);

/** The parts of an element that tell whether keys type into it. */
export type KeyTarget = { tagName: string; type?: string; isContentEditable?: boolean };

/**
 * react-hotkeys-hook tells form elements by tag only (a checkbox is an input
 * like a text field): which elements take typed keys is decided here instead.
 */
export function takesTyping(target: KeyTarget): boolean {
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !KEYLESS_INPUTS.has((target.type ?? "text").toLowerCase());
}

function whileBusy(event: KeyboardEvent): boolean {
  const typing = event.target instanceof HTMLElement && takesTyping(event.target);
  return event.isComposing || typing || document.querySelector("dialog[open]") !== null;
}
