import type { ReactNode, SVGProps } from "react";

// A lucide icon (ISC licence) drawn as lucide-react draws it, without
// lucide-react: its icons are client components, so even one drawn by a server
// component ships lucide-react's icon builder (~3 kB gzipped). The log-in page
// draws its few icons with this instead.

export type LineIconProps = Omit<SVGProps<SVGSVGElement>, "children">;

/** The 24×24 outline frame of a lucide icon named `name`, around its shapes. */
export function LineIcon({ name, className, children, ...props }: LineIconProps & { name: string; children: ReactNode }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={24}
      height={24}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={`lucide lucide-${name}${className ? ` ${className}` : ""}`}
      {...props}
    >
      {children}
    </svg>
  );
}
