/** A list's loading state: a few grey rows with a leading shape, announced once by `label`. */
export function RowSkeleton({ label, rows = 2, leading }: { label: string; rows?: number; leading: "avatar" | "icon" }) {
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} aria-hidden className="flex items-center gap-3 rounded-lg border border-slate-100 px-3 py-2.5">
          <span className={`size-9 animate-pulse bg-slate-200 ${leading === "avatar" ? "rounded-full" : "rounded-lg"}`} />
          <span className="h-4 w-44 animate-pulse rounded bg-slate-200" />
        </div>
      ))}
    </div>
  );
}
