"use client";

import { CheckIcon, ChevronDownIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { TIME_ZONE_REGIONS, type TimeZoneRegion } from "./time-zone-regions";
import { whenIdle } from "~/kit/when-idle";
import { lazyModule } from "~/kit/lazy-module";
import { useHydrated } from "~/kit/use-hydrated";
import { useLazyModule } from "~/kit/use-lazy-module";
import { zoneLabel } from "./zone-label";
import type { ZoneEntry, ZoneGroup } from "./zones";

/** The zone list (zones.ts, with @vvo/tzdb): its own chunk, loaded once the picker is wanted. */
const zonesModule = lazyModule(() => import("./zones"));

type TimeZonePickerProps = {
  id: string;
  /** The saved zone, under any of its names. */
  value: string;
  onChange: (zone: string) => void;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
  className?: string;
};


function regionName(region: string, t: ReturnType<typeof useTranslations<"timeZonePicker">>): string {
  return TIME_ZONE_REGIONS.includes(region as TimeZoneRegion) ? t(`regions.${region as TimeZoneRegion}`) : t("other");
}

/**
 * The one time-zone picker (Settings, the calendar): a combobox after the
 * WAI-ARIA pattern: type to filter, arrows to move, Enter to choose, Escape to
 * close. The list is built only in the browser (after hydration) because the
 * server's Intl may know other zones and offsets than the browser's, and only
 * once the browser is idle or the picker is reached for (pointed at, focused):
 * until then the closed picker's label comes from Intl alone (zone-label.ts).
 */
export function TimeZonePicker({ id, value, onChange, className, ...aria }: TimeZonePickerProps) {
  const t = useTranslations("timeZonePicker");
  const locale = useLocale();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const hydrated = useHydrated();
  const [wanted, setWanted] = useState(false);
  const zones = useLazyModule(zonesModule, wanted);
  const zoneList = useMemo(() => zones && { entries: zones.zoneEntries(locale), module: zones }, [zones, locale]);
  // Also once the browser is idle after the page has drawn: a zone saved under
  // an old name ("Asia/Calcutta") then soon reads as its current one ("Kolkata").
  useEffect(() => (hydrated ? whenIdle(() => setWanted(true)) : undefined), [hydrated]);
  const browserZone = useMemo(() => (hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined), [hydrated]);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);

  const selected = zoneList?.module.findZone(zoneList.entries, value);
  const groups = useMemo<ZoneGroup[]>(() => {
    if (!zoneList) return [];
    const { entries, module } = zoneList;
    const options = { locale, browserZone: query ? undefined : browserZone, browserLabel: t("thisDevice"), regionName: (code: string) => regionName(code, t) };
    return module.groupZones(module.searchZones(entries, query), options);
  }, [zoneList, query, locale, browserZone, t]);
  const options = groups.flatMap((group, groupIndex) => group.zones.map((zone) => ({ zone, optionId: `${listId}-${groupIndex}-${zone.id}` })));
  const activeOption = open ? options[Math.min(active, options.length - 1)] : undefined;

  // Opened before the list had arrived: once it does, start at the saved zone, as an open with the list at hand does.
  const loaded = zoneList !== undefined;
  useEffect(() => {
    if (loaded && open && !query) show(selected);
    // Only when the list arrives, not on every change while open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  function show(startAt?: ZoneEntry) {
    const index = startAt ? options.findIndex((option) => option.zone === startAt) : -1;
    setActive(Math.max(0, index));
    setOpen(true);
    if (index >= 0) requestAnimationFrame(() => scrollToOption(options[index]?.optionId, "center"));
  }

  function close() {
    setOpen(false);
    setQuery("");
  }

  function choose(zone: ZoneEntry) {
    close();
    if (zone.id !== value && zone !== selected) onChange(zone.id);
  }

  // Scrolls only the list (scrollIntoView would scroll the page too); the
  // region's sticky heading is kept clear of the option.
  function scrollToOption(optionId: string | undefined, block: "center" | "nearest" = "nearest") {
    const list = listRef.current;
    const option = optionId ? list?.querySelector<HTMLElement>(`[id="${CSS.escape(optionId)}"]`) : null;
    if (!list || !option) return;
    const top = option.offsetTop - list.offsetTop;
    const heading = 28;
    if (block === "center") list.scrollTop = top - (list.clientHeight - option.offsetHeight) / 2;
    else if (top - heading < list.scrollTop) list.scrollTop = top - heading;
    else if (top + option.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + option.offsetHeight - list.clientHeight;
  }

  function move(to: number) {
    const next = Math.max(0, Math.min(options.length - 1, to));
    setActive(next);
    scrollToOption(options[next]?.optionId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const page = 8;
    const keys: Record<string, () => void> = {
      ArrowDown: () => (open ? move(active + 1) : show(selected)),
      ArrowUp: () => (open ? move(active - 1) : show(selected)),
      PageDown: () => open && move(active + page),
      PageUp: () => open && move(active - page),
      Enter: () => {
        if (open && activeOption) choose(activeOption.zone);
        else show(selected);
      },
      Escape: () => open && close(),
    };
    const action = keys[event.key];
    if (!action || (event.key === "Escape" && !open)) return;
    event.preventDefault();
    action();
  }

  const shown = selected ? `${selected.offset} ${selected.city}` : hydrated ? zoneLabel(value, new Date()) : value;
  const want = () => setWanted(true);
  return (
    <div className={`relative ${className ?? ""}`}>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-expanded={open}
        // Names the list only while it is there (it is rendered only when open).
        aria-controls={open && options.length > 0 ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={activeOption?.optionId}
        autoComplete="off"
        spellCheck={false}
        placeholder={open ? t("search") : undefined}
        value={open ? query : shown}
        title={selected ? `${selected.id} — ${selected.detail}` : value}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onClick={() => !open && show(selected)}
        onKeyDown={onKeyDown}
        onFocus={want}
        onPointerEnter={want}
        onBlur={(event) => {
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget)) close();
        }}
        className="block w-full truncate rounded-lg border border-slate-300 bg-white py-2 pr-8 pl-3 text-sm text-slate-900 shadow-sm outline-none transition placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-400"
        {...aria}
      />
      <ChevronDownIcon aria-hidden className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-slate-400" />
      {open && (
        <div className="absolute z-30 mt-1 w-full min-w-64 overflow-hidden rounded-lg border border-slate-200 bg-white text-sm shadow-lg sm:min-w-80">
          {options.length === 0 && (
            <p role="status" className="px-3 py-2 text-slate-500">
              {loaded ? t("noMatch") : t("loading")}
            </p>
          )}
          {options.length > 0 && (
            <ul ref={listRef} id={listId} role="listbox" aria-label={t("label")} tabIndex={-1} className="max-h-72 overflow-y-auto overscroll-contain py-1">
              {groups.map((group, groupIndex) => (
                <li key={`${groupIndex}-${group.region}`} role="presentation">
                  <div id={`${listId}-g${groupIndex}`} role="presentation" className="sticky top-0 bg-slate-50 px-3 py-1 text-xs font-semibold text-slate-500">
                    {group.region}
                  </div>
                  <ul role="group" aria-labelledby={`${listId}-g${groupIndex}`}>
                    {group.zones.map((zone) => {
                      const optionId = `${listId}-${groupIndex}-${zone.id}`;
                      const isActive = activeOption?.optionId === optionId;
                      const isSelected = zone === selected;
                      return (
                        <li
                          key={zone.id}
                          id={optionId}
                          role="option"
                          aria-selected={isSelected}
                          // Keeps focus in the input, so the blur above does not close the list first.
                          onMouseDown={(event) => event.preventDefault()}
                          onClick={() => choose(zone)}
                          className={`flex min-h-9 cursor-pointer items-center gap-2 px-3 py-1.5 ${isActive ? "bg-brand-50 text-brand-900" : "text-slate-800"}`}
                        >
                          <span className="w-4 shrink-0">{isSelected && <CheckIcon aria-hidden className="size-4 text-brand-600" />}</span>
                          <span className="min-w-0 flex-1">
                            <span className="block truncate">
                              <span className="text-slate-600 tabular-nums">{zone.offset}</span> {zone.city}
                            </span>
                            {zone.detail && <span className="block truncate text-xs text-slate-600">{zone.detail}</span>}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
