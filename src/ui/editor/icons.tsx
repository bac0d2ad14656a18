// Small inline SVG pictograms for the editor's toolbar and panels (18 px, drawn with the text
// colour), so no emoji or symbol font is needed: Unicode glyphs such as 🧯 📏 🏢 🌳 🗑 show as
// empty boxes in a Chromium without an emoji font.
import type { ReactNode } from 'react';

const ICONS = {
  // tools
  select: <path d="M5 2.5v13.5l3.4-3.3 2.4 5.3 2.2-1-2.4-5.2H15z" />,
  rotate: (
    <>
      <path d="M15.6 11.5A5.8 5.8 0 1 1 13.9 5.6" />
      <path d="M14.6 2.2v3.9h-3.9" />
    </>
  ),
  wall: (
    <>
      <rect x="2" y="7.5" width="16" height="5" />
      <path d="M5 7.5 3 12.5M9 7.5l-2 5M13 7.5l-2 5M17 7.5l-2 5" />
    </>
  ),
  zone: (
    <>
      <rect x="3" y="4" width="14" height="12" strokeDasharray="3 2" />
      <path d="M7 8h6M7 11h4" />
    </>
  ),
  core: (
    <>
      <rect x="3.5" y="3.5" width="13" height="13" />
      <path d="M3.5 13.5h3.5v-3h3v-3h3v-4" />
    </>
  ),
  // a solid column on its two grid axes (dash-dot, as drawn on plans)
  column: (
    <>
      <path d="M10 1.5v17M1.5 10h17" strokeWidth={1} strokeDasharray="3 1.5 0.6 1.5" />
      <rect x="6.5" y="6.5" width="7" height="7" fill="currentColor" />
    </>
  ),
  door: (
    <>
      <path d="M2 16h4M15 16h3" />
      <path d="M6 16V6" />
      <path d="M6 6a10 10 0 0 1 9 10" strokeDasharray="2 1.5" />
    </>
  ),
  window: (
    <>
      <rect x="2" y="7.5" width="16" height="5" />
      <path d="M2 10h16M7 7.5v5M13 7.5v5" />
    </>
  ),
  exit: (
    <>
      <path d="M9 3H4v14h5" />
      <path d="M8 10h10M15 7l3 3-3 3" />
    </>
  ),
  workstation: (
    <>
      <rect x="3" y="4" width="14" height="6" rx="0.5" />
      <circle cx="10" cy="14.5" r="2.3" />
    </>
  ),
  workstationArray: (
    <>
      <rect x="2.5" y="3" width="6" height="3.5" />
      <rect x="11.5" y="3" width="6" height="3.5" />
      <rect x="2.5" y="8.5" width="6" height="3.5" />
      <rect x="11.5" y="8.5" width="6" height="3.5" />
      <rect x="2.5" y="14" width="6" height="3.5" />
      <rect x="11.5" y="14" width="6" height="3.5" />
    </>
  ),
  luminaireArray: (
    <>
      <circle cx="6" cy="6" r="2.2" />
      <circle cx="14" cy="6" r="2.2" />
      <circle cx="6" cy="14" r="2.2" />
      <circle cx="14" cy="14" r="2.2" />
      <path d="M10 2v2M10 16v2M2 10h2M16 10h2M10 8.5v3M8.5 10h3" />
    </>
  ),
  airTerminal: (
    <>
      <rect x="3" y="3" width="14" height="14" />
      <rect x="7" y="7" width="6" height="6" />
      <path d="M3 3l4 4M17 3l-4 4M3 17l4-4M17 17l-4-4" />
    </>
  ),
  extinguisher: (
    <>
      <path d="M7.5 18h5a1 1 0 0 0 1-1V9.5a3.5 3.5 0 0 0-7 0V17a1 1 0 0 0 1 1z" />
      <path d="M10 6V3M7 3h6M13 3l2.5 3.5" />
      <path d="M6.5 12h7" />
    </>
  ),
  detector: (
    <>
      <circle cx="10" cy="10" r="7" />
      <circle cx="10" cy="10" r="2" />
      <path d="M10 3v2M10 15v2" />
    </>
  ),
  sprinkler: (
    <>
      <path d="M10 2v5M6 8h8M10 8v2" />
      <path d="M7 12.5l-1.5 2M10 12.5v2.5M13 12.5l1.5 2M4.5 16.5 3.5 18M15.5 16.5l1 1.5" />
    </>
  ),
  // smoke exhaust inlet: a square crossed corner to corner (the plan symbol)
  smokeExhaust: (
    <>
      <rect x="3.5" y="3.5" width="13" height="13" />
      <path d="M3.5 3.5l13 13M16.5 3.5l-13 13" />
    </>
  ),
  // exit / evacuation sign: a plate with an arrow
  exitSign: (
    <>
      <rect x="2" y="6" width="16" height="8" rx="1" />
      <path d="M5 10h9M11.5 7.8 14 10l-2.5 2.2" />
    </>
  ),
  // indoor hydrant cabinet: a box with its diagonal and the hose reel
  hydrant: (
    <>
      <rect x="3" y="4" width="14" height="12" />
      <path d="M3 16 17 4" />
      <circle cx="10" cy="10" r="2.2" />
    </>
  ),
  // "you are here": a map pin with a dot
  evacuationMark: (
    <>
      <path d="M10 18s-5.5-5.6-5.5-9.5a5.5 5.5 0 0 1 11 0C15.5 12.4 10 18 10 18z" />
      <circle cx="10" cy="8.5" r="1.8" fill="currentColor" />
    </>
  ),
  // the fire-safety group's own button: a flame
  safetyGroup: (
    <>
      <path d="M10 18a5.5 5.5 0 0 0 5.5-5.5c0-3.5-3-5-3.5-9-2.5 1.8-3.5 4-3 6.3-1-.5-1.6-1.5-1.8-2.6C5.6 8.8 4.5 10.6 4.5 12.5A5.5 5.5 0 0 0 10 18z" />
    </>
  ),
  outline: (
    <>
      <path d="M10 2.5 17.5 8l-3 9.5h-9L2.5 8z" />
      <circle cx="10" cy="2.5" r="1" fill="currentColor" />
      <circle cx="17.5" cy="8" r="1" fill="currentColor" />
      <circle cx="2.5" cy="8" r="1" fill="currentColor" />
    </>
  ),
  measure: (
    <>
      <path d="M2 13.5 13.5 2 18 6.5 6.5 18z" />
      <path d="M5.5 10l2 2M8 7.5l1.5 1.5M10.5 5l2 2" />
    </>
  ),
  building: (
    <>
      <rect x="4.5" y="2.5" width="11" height="15" />
      <path d="M7.5 5.5h1.5M11 5.5h1.5M7.5 8.5h1.5M11 8.5h1.5M7.5 11.5h1.5M11 11.5h1.5M9 17.5v-3h2v3" />
    </>
  ),
  green: (
    <>
      <path d="M10 13.5c-3.5 0-6-2-6-5s2.5-6 6-6 6 3 6 6-2.5 5-6 5z" />
      <path d="M10 8v10M7 18h6M10 11l2.5-2" />
    </>
  ),
  // actions
  undo: <path d="M7 4 3 8l4 4M3 8h9a4.5 4.5 0 0 1 0 9H8" />,
  redo: <path d="M13 4l4 4-4 4M17 8H8a4.5 4.5 0 0 0 0 9h4" />,
  rotate90: (
    <>
      <rect x="3" y="10" width="7" height="7" />
      <path d="M6.5 8V7.5a3 3 0 0 1 3-3H15" />
      <path d="M12.5 2.2 15 4.5l-2.5 2.3" />
    </>
  ),
  duplicate: (
    <>
      <rect x="3" y="6.5" width="10.5" height="10.5" rx="1" />
      <path d="M6.5 6.5V4a1 1 0 0 1 1-1H16a1 1 0 0 1 1 1v8.5a1 1 0 0 1-1 1h-2.5" />
    </>
  ),
  delete: (
    <>
      <path d="M3.5 5.5h13M8 5.5V3.5h4v2" />
      <path d="M5.5 5.5l1 12h7l1-12" />
      <path d="M8.5 8.5v6M11.5 8.5v6" />
    </>
  ),
  help: (
    <>
      <circle cx="10" cy="10" r="8" />
      <path d="M7.6 7.8a2.5 2.5 0 1 1 3.6 2.2c-.8.4-1.2 1-1.2 1.8v.5" />
      <circle cx="10" cy="14.8" r="0.6" fill="currentColor" />
    </>
  ),
  up: <path d="M5 12.5 10 7.5l5 5" />,
  down: <path d="M5 7.5l5 5 5-5" />,
} satisfies Record<string, ReactNode>;

export type IconName = keyof typeof ICONS;
export const ICON_NAMES = Object.keys(ICONS) as IconName[];

export function hasIcon(name: string): name is IconName {
  return name in ICONS;
}

/** One pictogram, `size` px square, stroked in the current text colour; hidden from screen readers (the button's title names it). */
export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      data-icon={name}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={{ display: 'block', margin: '0 auto' }}
    >
      {ICONS[name]}
    </svg>
  );
}
