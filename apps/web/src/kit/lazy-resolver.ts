import type { FieldValues, Resolver } from "react-hook-form";
import type { $ZodType } from "zod/v4/core";

/**
 * localizedResolver for a schema loaded on first use: a form's first check
 * (on submit, or as the form's mode says) loads the schema and zod, not the
 * page. A resolver is asynchronous anyway, so the form cannot tell.
 */
export function lazyResolver<Input extends FieldValues, Output>(loadSchema: () => Promise<$ZodType<Output, Input>>): Resolver<Input, unknown, Output> {
  let resolver: Promise<Resolver<Input, unknown, Output>> | undefined;
  return async (values, context, options) => {
    resolver ??= Promise.all([loadSchema(), import("./localized-resolver")]).then(([schema, { localizedResolver }]) => localizedResolver(schema));
    return (await resolver)(values, context, options);
  };
}
