"use client";

import { useEffect, useRef } from "react";

/**
 * One keyboard shortcut of the page, as Google Calendar users expect them:
 * a single key, never while typing (in a text field, a drop-down or editable
 * text), never with Ctrl, ⌘ or Alt held (Ctrl+C still copies), and never
 * behind an open dialog. Keys are matched by their place on the keyboard, so
 * they work the same with a Korean (두벌식) layout, where the C key types ㅊ.
 */
export function useShortcut(keys: string, action: () => void, enabled = true) {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    if (!enabled) return;
    const combos = parseShortcut(keys);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!combos.some((combo) => matches(combo, event)) || whileBusy(event)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [keys, enabled]);
}

/** One key of a shortcut: where it is on the keyboard (KeyboardEvent.code) and whether Shift is held. */
type KeyCombo = { code: string; shift: boolean };

const NAMED_KEYS: Record<string, string> = { slash: "Slash", left: "ArrowLeft", right: "ArrowRight", up: "ArrowUp", down: "ArrowDown", escape: "Escape" };

/**
 * "j, right" or "shift+slash": keys by their place on a US keyboard (a letter,
 * a digit or a name), any of them, with Shift if it says so. (A hotkeys
 * library would be 4 kB gzipped on every logged-in page for these few keys.)
 */
export function parseShortcut(keys: string): KeyCombo[] {
  return keys.split(",").map((combo) => {
    const parts = combo.trim().toLowerCase().split("+");
    const key = parts.at(-1)!;
    const code = NAMED_KEYS[key] ?? (/^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : /^\d$/.test(key) ? `Digit${key}` : key);
    return { code, shift: parts.includes("shift") };
  });
}

/** The same key in the same place, with Shift as the shortcut says and no Ctrl, ⌘ or Alt (Ctrl+C still copies). */
function matches(combo: KeyCombo, event: KeyboardEvent): boolean {
  return event.code === combo.code && event.shiftKey === combo.shift && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Inputs that take no typing: on a todo's checkbox, j still moves to the next one. */
const KEYLESS_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "color", "file", "image"]);

/** The parts of an element that tell whether keys type into it. */
export type KeyTarget = { tagName: string; type?: string; isContentEditable?: boolean };

/**
 * A checkbox is an input, but keys do not type into it: which elements take
 * typed keys is decided by their type, not only their tag.
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
