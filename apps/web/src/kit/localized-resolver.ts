import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import { safeParseAsync, type $ZodType } from "zod/v4/core";
import { issueMessage } from "./issue-messages";

/**
 * zodResolver's job, with each field's first issue in the page's language (issueMessage).
 * Takes zod and zod/mini schemas alike (the log-in form's is zod/mini, to stay light).
 */
export function localizedResolver<Input extends FieldValues, Output>(schema: $ZodType<Output, Input>): Resolver<Input, unknown, Output> {
  return async (values, _context, options) => {
    const result = await safeParseAsync(schema, values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const name = issue.path.map(String).join(".");
      errors[name] ??= { type: issue.code, message: issueMessage(issue) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
