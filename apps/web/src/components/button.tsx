import type { ComponentProps } from "react";

type ButtonVariant = "primary" | "secondary" | "danger" | "danger-outline";

const BASE =
  "inline-flex shrink-0 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold shadow-sm transition focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 focus-visible:outline-brand-600",
  secondary: "border border-slate-300 bg-white text-slate-700 hover:bg-slate-100 focus-visible:outline-brand-600",
  danger: "bg-red-600 text-white hover:bg-red-700 focus-visible:outline-red-600",
  "danger-outline": "border border-red-300 bg-white text-red-700 hover:bg-red-50 focus-visible:outline-red-600",
};

/** The classes of a button, for links that look like one. */
function buttonClasses(variant: ButtonVariant = "primary", className = ""): string {
  return `${BASE} ${VARIANTS[variant]} ${className}`;
}

type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  /** Shows a spinner and `pendingLabel`, and blocks a second press. */
  pending?: boolean;
  pendingLabel?: string;
};

/** A sized-to-content button (SubmitButton is the full-width one of the auth forms). */
export function Button({ variant = "primary", pending = false, pendingLabel, className, children, disabled, type = "button", ...button }: ButtonProps) {
  const light = variant === "primary" || variant === "danger";
  return (
    <button type={type} disabled={disabled || pending} aria-busy={pending || undefined} className={buttonClasses(variant, className)} {...button}>
      {pending && (
        <span
          aria-hidden
          className={`size-4 animate-spin rounded-full border-2 ${light ? "border-white/40 border-t-white" : "border-slate-300 border-t-slate-600"}`}
        />
      )}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/** A link (to a place on the page or another page) that looks like a button. */
export function ButtonLink({ variant = "primary", className, ...link }: ComponentProps<"a"> & { variant?: ButtonVariant }) {
  return <a className={buttonClasses(variant, className)} {...link} />;
}
