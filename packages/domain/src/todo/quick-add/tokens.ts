import { LABEL_NAME_MAX, PROJECT_NAME_MAX, sameTodoListName } from "../projects";
import type { QuickAddNamed, QuickAddPart, QuickAddPriority } from "./types";

// A "#word" longer than a project's name can be (a label's) is not one: it stays text.

/** A letter or digit of any script: what makes "p1" in "mp1x" part of a word. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;
// p1..p4 as a word of its own: not "mp1", "p12", "p1x", nor the "p1" of "p1.2" or "p1-3".
const PRIORITY = /(?<![\p{L}\p{N}_#@./-])[pP]([1-4])(?![\p{L}\p{N}_]|[.,:/-]\p{N})/gu;
// "우선순위 1", "우선순위1", "우선 순위 2".
const KOREAN_PRIORITY = /(?<![\p{L}\p{N}_])우선\s?순위\s*([1-4])(?![\p{N}.,])/gu;
/** A name's end: punctuation typed after it ("#home," "@phone.") is not part of it. */
const TRAILING_PUNCTUATION = /[.,!?;:)\]}'"…。、]+$/u;

export interface TokenScan {
  priority?: QuickAddPriority;
  projectName?: string;
  labelNames: string[];
  parts: QuickAddPart[];
}

/** Finds p1..p4, "#project" and "@label" (each a word starting after a space or at the start). */
export function scanTokens(text: string, projects: readonly QuickAddNamed[], labels: readonly QuickAddNamed[]): TokenScan {
  const parts: QuickAddPart[] = [];
  let projectName: string | undefined;
  const labelNames: string[] = [];

  for (let index = 0; index < text.length; index++) {
    const sign = text[index];
    if ((sign !== "#" && sign !== "@") || (index > 0 && !/\s/u.test(text[index - 1] ?? ""))) continue;
    const isProject = sign === "#";
    const named = readName(text, index + 1, isProject ? projects : labels, isProject ? PROJECT_NAME_MAX : LABEL_NAME_MAX);
    if (!named) continue;
    // The first "#name" is the project; a second one stays text (a todo has one project).
    if (isProject && projectName !== undefined) continue;
    const end = index + 1 + named.length;
    if (isProject) projectName = named.name;
    else if (!labelNames.some((name) => sameName(name, named.name))) labelNames.push(named.name);
    parts.push({ kind: isProject ? "project" : "label", start: index, end, text: text.slice(index, end) });
    index = end - 1;
  }

  const priority = findPriority(text, parts);
  if (priority) parts.push(priority.part);
  parts.sort((a, b) => a.start - b.start);
  return { priority: priority?.value, projectName, labelNames, parts };
}

/** The name after "#" or "@": the longest existing name there (spaces allowed), else the word up to a space. */
function readName(
  text: string,
  from: number,
  known: readonly QuickAddNamed[],
  max: number,
): { name: string; length: number } | undefined {
  const rest = text.slice(from);
  const existing = [...known]
    .sort((a, b) => b.name.length - a.name.length)
    .find((item) => sameName(rest.slice(0, item.name.length), item.name) && endsWord(rest, item.name.length));
  if (existing) return { name: existing.name, length: existing.name.length };

  const word = /^[^\s#@]+/u.exec(rest)?.[0].replace(TRAILING_PUNCTUATION, "") ?? "";
  // "#12" is an issue number, not a project; a name needs a letter.
  if (word.length === 0 || word.length > max || !/\p{L}/u.test(word)) return undefined;
  const match = known.find((item) => sameName(item.name, word));
  return { name: match?.name ?? word, length: word.length };
}

function endsWord(rest: string, length: number): boolean {
  const next = rest[length];
  return next === undefined || !WORD_CHAR.test(next);
}

/** Names are unique per owner whatever their case, so "#home" is the project "Home". */
export const sameName = sameTodoListName;

/** The first priority outside the names already found ("#p1" is a project called p1). */
function findPriority(text: string, taken: readonly QuickAddPart[]): { value: QuickAddPriority; part: QuickAddPart } | undefined {
  const found = [...text.matchAll(PRIORITY), ...text.matchAll(KOREAN_PRIORITY)]
    .filter((match) => !taken.some((part) => match.index < part.end && match.index + match[0].length > part.start))
    .sort((a, b) => a.index - b.index)[0];
  if (!found) return undefined;
  const value = Number(found[1]) as QuickAddPriority;
  const end = found.index + found[0].length;
  return { value, part: { kind: "priority", start: found.index, end, text: text.slice(found.index, end) } };
}
