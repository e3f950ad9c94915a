"use client";

import { useEffect, useRef, type RefObject } from "react";

/** How a popover was left: Escape, a press outside it, or focus moving (Tab) outside it. */
export type DismissReason = "escape" | "outside" | "focus-left";

/**
 * Calls `onDismiss` while `active` when the user leaves the element: Escape
 * (unless something inside already handled it), a pointer press outside, or
 * focus moving outside. The element should hold both the trigger and the popover,
 * so the trigger's own click is not an outside press.
 */
export function useDismiss(ref: RefObject<HTMLElement | null>, active: boolean, onDismiss: (reason: DismissReason) => void) {
  const latest = useRef(onDismiss);
  useEffect(() => {
    latest.current = onDismiss;
  });

  useEffect(() => {
    if (!active) return;
    const outside = (target: EventTarget | null) => target instanceof Node && !ref.current?.contains(target);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || event.isComposing) return;
      event.preventDefault();
      latest.current("escape");
    };
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event.target)) latest.current("outside");
    };
    const onFocusIn = (event: FocusEvent) => {
      if (outside(event.target)) latest.current("focus-left");
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("focusin", onFocusIn);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("focusin", onFocusIn);
    };
  }, [active, ref]);
}
