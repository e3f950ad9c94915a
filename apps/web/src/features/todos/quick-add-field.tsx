"use client";

import { useLayoutEffect, useRef, type InputHTMLAttributes } from "react";
import type { QuickAddPart, QuickAddPartKind } from "@planner/domain/quick-add";

// The new-todo input with what quick add recognised highlighted in place: a
// copy of the text sits behind a transparent input, in the same font and
// padding, with the parts marked in colour (the copy's text itself is
// transparent, so the input's own text is what is read and seen). The copy is
// hidden from assistive technology: the summary under the field says in words
// what was understood.

const MARK_STYLE: Record<QuickAddPartKind, string> = {
  date: "bg-brand-100 shadow-[0_0_0_2px_var(--color-brand-100)]",
  time: "bg-brand-100 shadow-[0_0_0_2px_var(--color-brand-100)]",
  priority: "bg-amber-100 shadow-[0_0_0_2px_var(--color-amber-100)]",
  project: "bg-emerald-100 shadow-[0_0_0_2px_var(--color-emerald-100)]",
  label: "bg-cyan-100 shadow-[0_0_0_2px_var(--color-cyan-100)]",
};

type Segment = { text: string; kind?: QuickAddPartKind };

/** The text cut at the parts' edges. */
export function segmentsOf(text: string, parts: readonly QuickAddPart[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const part of parts) {
    if (part.start < at) continue;
    if (part.start > at) segments.push({ text: text.slice(at, part.start) });
    segments.push({ text: text.slice(part.start, part.end), kind: part.kind });
    at = part.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

type QuickAddFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "className"> & {
  value: string;
  parts: readonly QuickAddPart[];
  invalid: boolean;
};

export function QuickAddField({ value, parts, invalid, onScroll, ...inputProps }: QuickAddFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  // The input scrolls sideways when the text is longer than it; the copy follows.
  const follow = () => {
    if (input.current && mirror.current) mirror.current.scrollLeft = input.current.scrollLeft;
  };
  useLayoutEffect(follow, [value, parts]);

  return (
    <div className="relative min-w-0 flex-1 rounded-lg bg-white">
      <div
        ref={mirror}
        aria-hidden
        data-testid="quick-add-highlights"
        className="pointer-events-none absolute inset-0 overflow-hidden rounded-lg border border-transparent px-3 py-2 whitespace-pre text-transparent"
      >
        {segmentsOf(value, parts).map((segment, index) =>
          segment.kind ? (
            <mark key={index} data-kind={segment.kind} className={`rounded-sm text-transparent ${MARK_STYLE[segment.kind]}`}>
              {segment.text}
            </mark>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </div>
      <input
        ref={input}
        {...inputProps}
        value={value}
        onScroll={(event) => {
          follow();
          onScroll?.(event);
        }}
        onSelect={follow}
        onKeyUp={follow}
        aria-invalid={invalid ? true : undefined}
        className={`relative block w-full rounded-lg border bg-transparent px-3 py-2 text-slate-900 shadow-sm outline-none transition placeholder:text-slate-400 focus:ring-2 ${
          invalid ? "border-red-400 focus:border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
        }`}
      />
    </div>
  );
}
