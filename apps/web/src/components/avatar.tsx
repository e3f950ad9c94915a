const TONES = ["bg-brand-100 text-brand-700", "bg-emerald-100 text-emerald-700", "bg-amber-100 text-amber-800", "bg-violet-100 text-violet-700", "bg-rose-100 text-rose-700", "bg-cyan-100 text-cyan-800"];

/** Initials in a circle, coloured by the username so a person keeps their colour; decorative. */
export function Avatar({ name, username, size = "md" }: { name: string; username: string; size?: "sm" | "md" | "lg" }) {
  const tone = TONES[[...username].reduce((sum, char) => sum + char.charCodeAt(0), 0) % TONES.length];
  const sizes = { sm: "size-8 text-xs", md: "size-9 text-sm", lg: "size-12 text-base" };
  return (
    <span aria-hidden className={`grid shrink-0 place-items-center rounded-full font-semibold uppercase ${sizes[size]} ${tone}`}>
      {initials(name || username)}
    </span>
  );
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : (words[0]?.slice(0, 2) ?? "?");
  return letters.toUpperCase();
}
