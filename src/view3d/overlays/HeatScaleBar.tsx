// The colour key of the heat map on the slab (DOM, at the canvas's bottom centre): the ramp drawn
// from the same colour function as the slab (heatColor), its ticks with units, and where this
// floor's values lie (its min–max marked on the bar). On the walking map the travel-distance
// check's longest walk (the escape route drawn) is marked too, so the three can be read together:
// the map measures to the nearest exit, the check to the first door its reading allows.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecksState, useEditorState } from '../../editor/EditorContext.tsx';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import '../navigationMessages.ts';
import { barOffset, HEAT_RANGES, heatBarStops, useShownHeat, type HeatKind } from './heatScale.ts';
import { longestRouteFinding } from './routeFinding.ts';
import './heatScaleBar.css';

/** The bar's CSS gradient, stop by stop from heatBarStops. */
export function heatGradient(kind: HeatKind): string {
  const stops = heatBarStops(kind).map((s) => `rgb(${s.rgb.join(', ')}) ${(s.offset * 100).toFixed(1)}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** The travel-distance check's longest walk on the open floor (m), or null. */
function useLongestTravel(): number | null {
  const plan = useEditorState((s) => s.plan);
  const floorId = useEditorState((s) => (s.session.level === 'floor' ? s.session.floorId : null));
  const result = useChecksState((s) => s.result);
  return useMemo(() => {
    const floor = floorId ? findFloor(plan, floorId)?.floor : undefined;
    if (!floor || !result) return null;
    return longestRouteFinding(floor, result.findings)?.length ?? null;
  }, [plan, floorId, result]);
}

export function HeatScaleBar() {
  const { t, i18n } = useTranslation();
  const heat = useShownHeat();
  const travel = useLongestTravel();
  if (!heat) return null;
  const range = HEAT_RANGES[heat.kind];
  const number = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: v >= 100 ? 0 : 1 });
  const lo = barOffset(heat.kind, heat.min);
  const hi = barOffset(heat.kind, heat.max);
  const left = Math.min(lo, hi);
  const span = Math.abs(hi - lo);
  // the ramp is clamped: the end that stands for "this much or more" says so
  const overEnd = heat.kind === 'walking' ? range.to : range.from;
  return (
    <div className="heat-scale" data-testid="heat-scale" data-kind={heat.kind} role="img" aria-label={t(`heatScale.${heat.kind}`)}>
      <div className="heat-scale__title">
        {t(`heatScale.${heat.kind}`)} <span className="heat-scale__unit">({range.unit})</span>
      </div>
      <div className="heat-scale__bar" style={{ background: heatGradient(heat.kind) }}>
        <div className="heat-scale__range" data-testid="heat-scale-range" style={{ left: `${left * 100}%`, width: `${Math.max(span * 100, 0.8)}%` }} />
        {heat.kind === 'walking' && travel !== null && <div className="heat-scale__travel" style={{ left: `${barOffset('walking', travel) * 100}%` }} />}
      </div>
      <div className="heat-scale__ticks">
        {range.ticks.map((v) => (
          <span key={v} style={{ left: `${barOffset(heat.kind, v) * 100}%` }}>
            {v === overEnd ? t('heatScale.over', { value: number(v) }) : number(v)}
          </span>
        ))}
      </div>
      <div className="heat-scale__floor" data-testid="heat-scale-floor">
        {t('heatScale.range', { min: number(heat.min), max: number(heat.max), unit: range.unit })}
      </div>
      {heat.kind === 'walking' && travel !== null && (
        <div className="heat-scale__check" data-testid="heat-scale-travel">
          <span className="heat-scale__travel-key" /> {t('heatScale.travel', { length: travel.toLocaleString(i18n.language, { maximumFractionDigits: 2 }) })}
        </div>
      )}
    </div>
  );
}
