// Colour key of the floor view (DOM). Lives beside the palette so the two cannot drift apart.
// Open, it is a small two-column card over the canvas's top-right corner; folded, it is one small
// "Legend" button in the corner that alone takes the pointer. Folded or open is remembered.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WALL_KINDS, ZONE_USES, type Floor, type WallKind } from '../floorplan/types.ts';
import type { CameraMode } from '../editor/session.ts';
import { COLORS, PLAN_COLORS, WALL_COLORS, ZONE_COLORS } from './palette.ts';
import '../ui/editor/columnMessages.ts';
import '../ui/editor/safetyMessages.ts';
import { SAFETY_COLORS } from './safetyPalette.ts';

/** Wall swatches as the plan draws them (dark, blue glass line, red fire wall), not as the 3D walls. */
const PLAN_WALL_SWATCHES: Record<WallKind, string> = { solid: PLAN_COLORS.wall, glass: PLAN_COLORS.glassLine, fire: PLAN_COLORS.fireLine, 'fire-partition': PLAN_COLORS.partitionLine };

export const LEGEND_STORAGE_KEY = 'callfloor.legend.collapsed';
/** Below this window width the legend starts folded (until the user opens it once): the toolbar needs the canvas's width. */
const NARROW_WINDOW = 1400;

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <li>
      <span className="swatch" style={{ background: color }} />
      {label}
    </li>
  );
}

function readCollapsed(): boolean {
  try {
    const stored = globalThis.localStorage?.getItem(LEGEND_STORAGE_KEY);
    if (stored === '1') return true;
    if (stored === '0') return false;
  } catch {
    // storage blocked (private mode, sandbox): fall back to the default
  }
  return typeof window !== 'undefined' && window.innerWidth < NARROW_WINDOW;
}

function writeCollapsed(collapsed: boolean): void {
  try {
    globalThis.localStorage?.setItem(LEGEND_STORAGE_KEY, collapsed ? '1' : '0');
  } catch {
    // not remembered, still toggled
  }
}

export function Legend({ floor, camera = '3d' }: { floor: Floor; camera?: CameraMode }) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const toggle = () => {
    setCollapsed(!collapsed);
    writeCollapsed(!collapsed);
  };
  const uses = ZONE_USES.filter((u) => floor.zones.some((z) => z.use === u));
  const kinds = WALL_KINDS.filter((k) => floor.walls.some((w) => w.kind === k));
  // only what this floor has, so the card stays small
  const others: [string, string, boolean][] = [
    [COLORS.exit, 'legend.exit', floor.exits.length > 0],
    [COLORS.core, 'legend.core', floor.cores.length > 0],
    [camera === 'plan' ? PLAN_COLORS.columnFill : COLORS.column, 'legend.column', floor.columns.length > 0],
    [COLORS.selected, 'legend.selectedDesk', floor.workstations.length > 0],
    [COLORS.window, 'legend.window', floor.windows.length > 0],
    [COLORS.extinguisher, 'legend.extinguisher', floor.extinguishers.length > 0],
    [COLORS.luminaire, 'legend.luminaire', floor.luminaires.length > 0],
    [COLORS.airTerminal, 'legend.airTerminal', floor.airTerminals.length > 0],
  ];
  // fire-safety devices, each only where the floor has one
  const signs = (kind: 'exit' | 'direction') => floor.exitSigns.some((s) => s.kind === kind);
  const fire: [string, string, boolean][] = [
    [SAFETY_COLORS.sign, 'legend.exitSign', signs('exit')],
    [SAFETY_COLORS.sign, 'legend.directionSign', signs('direction')],
    [SAFETY_COLORS.emergency, 'legend.emergencyLuminaire', floor.luminaires.some((l) => l.emergency === true)],
    [SAFETY_COLORS.exhaustLine, 'legend.smokeExhaust', floor.smokeExhausts.length > 0],
    [SAFETY_COLORS.hydrant, 'legend.hydrant', floor.hydrants.length > 0],
    [COLORS.detector, 'legend.detector', floor.detectors.length > 0],
    [COLORS.sprinkler, 'legend.sprinkler', floor.sprinklers.length > 0],
    [SAFETY_COLORS.youAreHere, 'legend.evacuationMark', floor.evacuationMarks.length > 0],
  ];
  const shownFire = fire.filter(([, , shown]) => shown);
  if (collapsed) {
    return (
      <aside className="legend legend--collapsed" data-testid="legend" aria-label={t('legend.title')}>
        <button type="button" className="legend-toggle" data-testid="legend-toggle" aria-expanded={false} title={t('legend.show')} onClick={toggle}>
          {t('legend.title')} ▾
        </button>
      </aside>
    );
  }
  return (
    <aside className="legend panel" data-testid="legend" aria-label={t('legend.title')}>
      <div className="legend-head">
        <h3>{t('legend.title')}</h3>
        <button type="button" className="legend-toggle" data-testid="legend-toggle" aria-expanded title={t('legend.hide')} onClick={toggle}>
          ×
        </button>
      </div>
      <ul aria-label={t('legend.zones')}>
        {uses.map((u) => (
          <Swatch key={u} color={ZONE_COLORS[u]} label={t(`use.${u}`)} />
        ))}
      </ul>
      <ul aria-label={t('legend.walls')} className="legend-group">
        {kinds.map((k) => (
          <Swatch key={k} color={camera === 'plan' ? PLAN_WALL_SWATCHES[k] : WALL_COLORS[k]} label={t(`wall.${k}`)} />
        ))}
      </ul>
      <ul aria-label={t('legend.other')} className="legend-group">
        {others
          .filter(([, , shown]) => shown)
          .map(([color, key]) => (
            <Swatch key={key} color={color} label={t(key)} />
          ))}
      </ul>
      {shownFire.length > 0 && (
        // folded to one line until opened: listed in full, the card grew over the floor's corner
        <details className="legend-group legend-fold" data-testid="legend-fire-group">
          <summary>
            {t('legend.fireDevices')} ({shownFire.length})
          </summary>
          <ul aria-label={t('legend.fireDevices')} data-testid="legend-fire">
            {shownFire.map(([color, key]) => (
              <Swatch key={key} color={color} label={t(key)} />
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}
