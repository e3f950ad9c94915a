import * as rruleModule from "rrule";

/**
 * rrule ships CommonJS for Node and ES modules for bundlers: Node hands an ES
 * import the CommonJS exports under `default` (named imports fail there, see
 * STACK.md), while webpack resolves the ES build, which has no default. This
 * reads whichever the importer got, so the domain works in both.
 */
const library = (rruleModule as { default?: typeof rruleModule }).default ?? rruleModule;

export const { RRule, Weekday } = library;
export type RRuleInstance = InstanceType<typeof library.RRule>;
export type RRuleOptions = NonNullable<ConstructorParameters<typeof library.RRule>[0]>;
