import { LineIcon, type LineIconProps } from "~/components/line-icon";

// lucide's sun, moon and monitor, without lucide-react (see LineIcon): the
// theme menu is on the log-in page.

export function SunIcon(props: LineIconProps) {
  return (
    <LineIcon name="sun" {...props}>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2" />
      <path d="M12 20v2" />
      <path d="m4.93 4.93 1.41 1.41" />
      <path d="m17.66 17.66 1.41 1.41" />
      <path d="M2 12h2" />
      <path d="M20 12h2" />
      <path d="m6.34 17.66-1.41 1.41" />
      <path d="m19.07 4.93-1.41 1.41" />
    </LineIcon>
  );
}

export function MoonIcon(props: LineIconProps) {
  return (
    <LineIcon name="moon" {...props}>
      <path d="M20.985 12.486a9 9 0 1 1-9.473-9.472c.405-.022.617.46.402.803a6 6 0 0 0 8.268 8.268c.344-.215.825-.004.803.401" />
    </LineIcon>
  );
}

export function MonitorIcon(props: LineIconProps) {
  return (
    <LineIcon name="monitor" {...props}>
      <rect width="20" height="14" x="2" y="3" rx="2" />
      <line x1="8" x2="16" y1="21" y2="21" />
      <line x1="12" x2="12" y1="17" y2="21" />
    </LineIcon>
  );
}
