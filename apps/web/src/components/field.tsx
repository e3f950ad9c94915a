import type { InputHTMLAttributes } from "react";
import { FieldFrame, fieldControlProps } from "./field-frame";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
};

/** A labelled input whose error is announced and tied to it for screen readers. */
export function Field({ name, label, error, hint, id, ...input }: FieldProps) {
  // `id` when two forms on one page have a field of the same name.
  const fieldId = id ?? name;
  const { borderClassName, ...control } = fieldControlProps(fieldId, error, hint);
  return (
    <FieldFrame id={fieldId} label={label} error={error} hint={hint}>
      <input
        {...control}
        name={name}
        className={`block w-full rounded-lg border bg-white px-3 py-2 text-slate-900 shadow-sm outline-none transition placeholder:text-slate-400 focus:ring-2 ${borderClassName}`}
        {...input}
      />
    </FieldFrame>
  );
}
