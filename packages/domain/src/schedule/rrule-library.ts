import * as rruleModule from "rrule";

/**
 * rrule ships CommonJS for Node and ES modules for bundlers: Node hands an ES
 * import the CommonJS exports under `default` (named imports fail there, see
 * STACK.md), while webpack resolves the ES build, which has no default. This
 * reads whichever the importer got, so the domain works in both.
 */
const library = defaultOrSelf(rruleModule);

// Through a function, not `rruleModule.default`: webpack checks a property read
// on a namespace import against the ES build and warns on every dev compile.
function defaultOrSelf<T>(namespace: T): T {
  return (namespace as { default?: T }).default ?? namespace;
}

export const { RRule, Weekday } = library;
export type RRuleInstance = InstanceType<typeof library.RRule>;
export type RRuleOptions = NonNullable<ConstructorParameters<typeof library.RRule>[0]>;
