import type { TextareaHTMLAttributes } from "react";
import { FieldFrame, fieldControlProps } from "./field-frame";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
};

/** Field's multi-line sibling: labelled, its error announced and tied to it. */
export function TextAreaField({ name, label, error, hint, ...textarea }: TextAreaFieldProps) {
  const { borderClassName, ...control } = fieldControlProps(name, error, hint);
  return (
    <FieldFrame id={name} label={label} error={error} hint={hint}>
      <textarea
        {...control}
        name={name}
        className={`block w-full resize-y rounded-lg border bg-white px-3 py-2 text-slate-900 shadow-sm outline-none transition placeholder:text-slate-400 focus:ring-2 ${borderClassName}`}
        {...textarea}
      />
    </FieldFrame>
  );
}
