"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FormUi } from "./events";

/** The FormUi an event handler drives: field errors, a form-level alert, navigation. */
export function useFormUi<Field extends string>(setFieldError: (field: Field, message: string) => void) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const ui: FormUi<Field> = {
    setFieldError,
    setFormError,
    navigate: (url) => {
      router.replace(url);
      router.refresh();
    },
  };
  return { ui, formError, clearFormError: () => setFormError(undefined) };
}
