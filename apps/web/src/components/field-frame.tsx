import type { ReactNode } from "react";

/** What Field, TextAreaField and SelectField share: the label, the hint, the error. */
type FieldFrameProps = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** Announce the error as soon as it appears (for controls that change without a submit). */
  errorRole?: "alert";
  children: ReactNode;
};

/** The attributes tying a control to its label, hint and error, and its border for either state. */
export function fieldControlProps(id: string, error: string | undefined, hint: string | undefined) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    borderClassName: error ? "border-red-400 focus:border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100",
  };
}

export function FieldFrame({ id, label, error, hint, errorRole, children }: FieldFrameProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role={errorRole} className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
