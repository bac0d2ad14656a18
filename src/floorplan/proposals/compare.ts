// The side-by-side comparison of proposals: one row per measure, one value per proposal, with
// the best value of each row marked. Numbers come from the rules engine's capacity and findings.
import type { CostParameters } from '../types.ts';
import { layoutCosts } from './costs.ts';

export const COMPARED_AREAS = ['fire', 'lighting', 'ventilation', 'space', 'zoning', 'site'] as const;
export type ComparedArea = (typeof COMPARED_AREAS)[number];

/** What the comparison needs of a rules run (a subset of runRules' RunResult). */
export interface ProposalRun {
  capacity: {
    seats: number;
    capacity: number | null;
    binding: string | null;
    grossArea: number;
    /** per floor, for the binding limit when the site names none */
    buildings?: readonly { floors: readonly { binding: string | null }[] }[];
  };
  findings: readonly { area: string; status: string }[];
}

export interface ProposalFigures {
  id: string;
  name: string;
  seats: number;
  capacity: number | null;
  binding: string | null;
  grossArea: number;
  /** GFA ÷ seats; null without seats */
  areaPerSeat: number | null;
  fails: Record<ComparedArea, number>;
  warns: Record<ComparedArea, number>;
  fitOut: number;
  oneOffPerSeat: number | null;
  rentPerSeatMonth: number | null;
  /** the park's economics of this layout: investment in all and per phase (docs/economics.md) */
  investment?: ProposalInvestment;
}

/** Investment of a layout (land, construction, fit-out, equipment), in all and per phase. */
export interface ProposalInvestment {
  total: number;
  perSeat: number | null;
  phases: { phaseId: string | null; name: string; seats: number; total: number; perSeat: number | null }[];
}

export type RowKey =
  | 'seats'
  | 'capacity'
  | 'areaPerSeat'
  | `fail.${ComparedArea}`
  | `warn.${ComparedArea}`
  | 'fitOut'
  | 'oneOffPerSeat'
  | 'rentPerSeatMonth';

export interface ComparisonRow {
  key: RowKey;
  /** which way is better: more seats and capacity; less of everything else */
  better: 'higher' | 'lower';
  values: (number | null)[];
  /** indexes of the best values; empty when all values are equal or fewer than two are known */
  best: number[];
}

export interface Comparison {
  currency: string;
  proposals: ProposalFigures[];
  rows: ComparisonRow[];
}

function zeroByArea(): Record<ComparedArea, number> {
  return { fire: 0, lighting: 0, ventilation: 0, space: 0, zoning: 0, site: 0 };
}

/**
 * The site's binding limit; the engine names one only where some part falls short, so otherwise
 * the limit that binds on the most floors (ties: the first met), which is what caps growth.
 */
export function bindingLimit(capacity: ProposalRun['capacity']): string | null {
  if (capacity.binding) return capacity.binding;
  const count = new Map<string, number>();
  for (const b of capacity.buildings ?? []) for (const f of b.floors) if (f.binding) count.set(f.binding, (count.get(f.binding) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of count) if (best === null || n > (count.get(best) ?? 0)) best = id;
  return best;
}

export function proposalFigures(id: string, name: string, run: ProposalRun, costs: CostParameters): ProposalFigures {
  const { seats, capacity, grossArea } = run.capacity;
  const binding = bindingLimit(run.capacity);
  const fails = zeroByArea();
  const warns = zeroByArea();
  for (const f of run.findings) {
    if (!(COMPARED_AREAS as readonly string[]).includes(f.area)) continue;
    const area = f.area as ComparedArea;
    if (f.status === 'fail') fails[area]++;
    else if (f.status === 'warn') warns[area]++;
  }
  const money = layoutCosts(costs, grossArea, seats);
  return {
    id,
    name,
    seats,
    capacity,
    binding,
    grossArea,
    areaPerSeat: seats > 0 ? grossArea / seats : null,
    fails,
    warns,
    fitOut: money.fitOut,
    oneOffPerSeat: money.oneOffPerSeat,
    rentPerSeatMonth: money.rentPerSeatMonth,
  };
}

/** Indexes of the best known values; none when they are all equal (nothing to prefer). */
export function bestIndexes(values: readonly (number | null)[], better: 'higher' | 'lower'): number[] {
  const known = values.flatMap((v, i) => (v === null || !Number.isFinite(v) ? [] : [{ v, i }]));
  if (known.length < 2) return [];
  const target = better === 'higher' ? Math.max(...known.map((k) => k.v)) : Math.min(...known.map((k) => k.v));
  const best = known.filter((k) => Math.abs(k.v - target) <= 1e-9 * Math.max(1, Math.abs(target))).map((k) => k.i);
  return best.length === known.length ? [] : best;
}

function row(key: RowKey, better: 'higher' | 'lower', values: (number | null)[]): ComparisonRow {
  return { key, better, values, best: bestIndexes(values, better) };
}

export function compareProposals(proposals: ProposalFigures[], currency: string): Comparison {
  const of = <K extends keyof ProposalFigures>(k: K) => proposals.map((p) => p[k]);
  const rows: ComparisonRow[] = [
    row('seats', 'higher', of('seats')),
    row('capacity', 'higher', of('capacity')),
    // less floor area per seat: a denser, cheaper layout (comfort shows in the rule findings)
    row('areaPerSeat', 'lower', of('areaPerSeat')),
    ...COMPARED_AREAS.map((a) => row(`fail.${a}`, 'lower', proposals.map((p) => p.fails[a]))),
    ...COMPARED_AREAS.map((a) => row(`warn.${a}`, 'lower', proposals.map((p) => p.warns[a]))),
    row('fitOut', 'lower', of('fitOut')),
    row('oneOffPerSeat', 'lower', of('oneOffPerSeat')),
    row('rentPerSeatMonth', 'lower', of('rentPerSeatMonth')),
  ];
  return { currency, proposals, rows };
}
