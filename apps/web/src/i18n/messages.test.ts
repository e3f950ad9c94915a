import { describe, expect, it } from "vitest";
import { ERROR_CODES, INPUT_ISSUE_KINDS } from "@planner/domain";
import en from "../../messages/en.json";
import ko from "../../messages/ko.json";

// The two message files must say the same things: the same keys, and in each
// message the same ICU arguments and rich-text tags (a translation that drops
// {name} or renames <strong> breaks the page at run time, not at build time).

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** The arguments ("name", "count:plural") and tags ("<strong>") of an ICU message, sorted. */
function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  let i = 0;
  const parseMessage = (stopAtBrace: boolean) => {
    while (i < message.length) {
      const char = message[i]!;
      if (char === "}" && stopAtBrace) return;
      if (char === "{") {
        i += 1;
        parseArgument();
      } else if (char === "<") {
        const tag = /^<\/?([A-Za-z][\w-]*)>/.exec(message.slice(i));
        if (tag) {
          found.add(`<${tag[1]}>`);
          i += tag[0].length;
        } else i += 1;
      } else i += 1;
    }
  };
  const parseArgument = () => {
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(i))!;
    i += head[0].length;
    const [, name, type] = head;
    found.add(type ? `${name}:${type}` : name!);
    if (type === "plural" || type === "select" || type === "selectordinal") {
      if (message[i] === ",") i += 1;
      // Options: `key {message}` until the argument's closing brace.
      while (i < message.length && message[i] !== "}") {
        if (message[i] === "{") {
          i += 1;
          parseMessage(true);
        }
        i += 1;
      }
    } else {
      while (i < message.length && message[i] !== "}") i += 1;
    }
    i += 1;
  };
  parseMessage(false);
  return [...found].sort();
}

const english = flatten(en);
const korean = flatten(ko);

describe("message files", () => {
  it("have the same keys", () => {
    expect([...korean.keys()].filter((key) => !english.has(key)), "only in ko.json").toEqual([]);
    expect([...english.keys()].filter((key) => !korean.has(key)), "only in en.json").toEqual([]);
  });

  // By name: Korean counts without plural forms, so `{minutes}` there stands for English's `{minutes, plural, …}`.
  const names = (message: string) => [...new Set(placeholdersOf(message).map((placeholder) => placeholder.split(":")[0]))].sort();
  it.each([...english.keys()].filter((key) => korean.has(key)))("%s has the same placeholders in both", (key) => {
    expect(names(korean.get(key)!)).toEqual(names(english.get(key)!));
  });

  it("have no empty message", () => {
    expect([...english, ...korean].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });

  it("have a sentence for every error code the server sends", () => {
    expect(ERROR_CODES.filter((code) => !english.has(`errors.${code}`) || !korean.has(`errors.${code}`))).toEqual([]);
  });

  it("have a sentence for every kind of input issue the schemas name", () => {
    expect(INPUT_ISSUE_KINDS.filter((kind) => !english.has(`validation.${kind}`) || !korean.has(`validation.${kind}`))).toEqual([]);
  });
});

describe("placeholdersOf", () => {
  it("finds arguments, plural and select arguments nested in options, and tags", () => {
    expect(placeholdersOf("Hi {name}")).toEqual(["name"]);
    expect(placeholdersOf("{count, plural, one {# item} other {# items of {owner}}}")).toEqual(["count:plural", "owner"]);
    expect(placeholdersOf("{role, select, USER {Users} other {Subscribers}}")).toEqual(["role:select"]);
    expect(placeholdersOf("<strong>@{username}</strong> goes")).toEqual(["<strong>", "username"]);
  });

  it("tells a dropped or renamed placeholder apart", () => {
    expect(placeholdersOf("{name} 님")).not.toEqual(placeholdersOf("{user} 님"));
    expect(placeholdersOf("삭제할까요?")).not.toEqual(placeholdersOf("Delete {title}?"));
  });
});
