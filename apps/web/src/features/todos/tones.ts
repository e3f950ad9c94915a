// The colours of projects, labels and priorities as classes. Each palette
// colour is drawn from a scale that the dark theme turns around (globals.css),
// so a dot stays strong and a chip stays a soft tint with readable ink in both
// themes. Full class names, so Tailwind finds them.

type Tone = { dot: string; ink: string; chip: string; swatch: string };

const TONES: Record<string, Tone> = {
  red: { ink: "text-red-600", dot: "bg-red-500", chip: "border-red-200 bg-red-50 text-red-800", swatch: "bg-red-500 ring-red-200" },
  orange: { ink: "text-orange-600", dot: "bg-orange-500", chip: "border-orange-200 bg-orange-50 text-orange-800", swatch: "bg-orange-500 ring-orange-200" },
  yellow: { ink: "text-amber-600", dot: "bg-amber-400", chip: "border-amber-200 bg-amber-50 text-amber-800", swatch: "bg-amber-400 ring-amber-200" },
  green: { ink: "text-emerald-600", dot: "bg-emerald-500", chip: "border-emerald-200 bg-emerald-50 text-emerald-800", swatch: "bg-emerald-500 ring-emerald-200" },
  teal: { ink: "text-cyan-600", dot: "bg-cyan-500", chip: "border-cyan-200 bg-cyan-50 text-cyan-800", swatch: "bg-cyan-500 ring-cyan-200" },
  blue: { ink: "text-brand-600", dot: "bg-brand-500", chip: "border-brand-100 bg-brand-50 text-brand-800", swatch: "bg-brand-500 ring-brand-100" },
  purple: { ink: "text-violet-600", dot: "bg-violet-500", chip: "border-violet-200 bg-violet-50 text-violet-800", swatch: "bg-violet-500 ring-violet-200" },
  pink: { ink: "text-rose-600", dot: "bg-rose-400", chip: "border-rose-200 bg-rose-50 text-rose-800", swatch: "bg-rose-400 ring-rose-200" },
  gray: { ink: "text-slate-500", dot: "bg-slate-400", chip: "border-slate-200 bg-slate-100 text-slate-700", swatch: "bg-slate-400 ring-slate-200" },
};

/** A colour the palette does not know (a newer server's) shows grey rather than nothing. */
export function toneOf(color: string): Tone {
  return TONES[color] ?? TONES.gray!;
}

/** P1 red, P2 orange, P3 blue; P4 has no flag. */
export const PRIORITY_FLAG: Record<number, string | undefined> = {
  1: "text-red-600",
  2: "text-orange-700",
  3: "text-brand-600",
};
