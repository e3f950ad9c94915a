import type { ComponentProps, ReactNode } from "react";

type IconButtonProps = Omit<ComponentProps<"button">, "children" | "aria-label"> & {
  /** The accessible name (also the tooltip): say what and to which thing, e.g. Delete “Buy milk”. */
  label: string;
  tone?: "neutral" | "danger";
  children: ReactNode;
};

const TONES = {
  neutral: "hover:bg-slate-100 hover:text-slate-900",
  danger: "hover:bg-red-50 hover:text-red-600",
};

/** A small square button showing only an icon, named for screen readers. */
export function IconButton({ label, tone = "neutral", className = "", children, ...button }: IconButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={`grid size-9 shrink-0 place-items-center rounded-lg text-slate-500 transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-40 ${TONES[tone]} ${className}`}
      {...button}
    >
      {children}
    </button>
  );
}
