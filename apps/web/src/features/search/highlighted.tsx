import { matchParts } from "./highlight";

/** The text with each match of the query marked. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {matchParts(text, query).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
