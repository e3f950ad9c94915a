import type { SelectHTMLAttributes } from "react";
import { FieldFrame, fieldControlProps } from "./field-frame";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
};

/** Field's drop-down sibling: labelled, its error announced and tied to it. */
export function SelectField({ name, label, error, hint, children, id, ...select }: SelectFieldProps) {
  const fieldId = id ?? name;
  const { borderClassName, ...control } = fieldControlProps(fieldId, error, hint);
  return (
    <FieldFrame id={fieldId} label={label} error={error} hint={hint} errorRole="alert">
      <select
        {...control}
        name={name}
        className={`block w-full rounded-lg border bg-white py-2 pr-8 pl-3 text-slate-900 shadow-sm outline-none transition focus:ring-2 ${borderClassName}`}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}
