// space.toilet-fixtures — the sanitary fixtures of a floor's toilet zones against the floor's
// persons split by sex (JGJ 67-2006 §4.3.6-4: women 1 WC per 20; men 1 WC per 40 and 1 urinal per
// 30; 1 basin per 40 persons). Women = Σ zone persons × the zone's `femaleShare` (else the profile's
// `occupancy.femaleShare`); each count needed is rounded up. One finding per floor, judged on the
// kind of fixture furthest short. A toilet zone without `fixtures` cannot be counted: the rule
// says so (n/a naming the zones) unless the zones that are counted already suffice.
import type { ToiletFixtures } from '../../../floorplan/types.ts';
import { femalePersons } from '../../analysis/occupants.ts';
import { compare, round, worse } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { FindingStatus } from '../../types.ts';

type Kind = 'femaleWc' | 'maleWc' | 'urinals' | 'basins';

const PER_ID: Record<Kind, string> = {
  femaleWc: 'space.toilet.femaleWcPer',
  maleWc: 'space.toilet.maleWcPer',
  urinals: 'space.toilet.urinalPer',
  basins: 'space.toilet.basinPer',
};

/** Fixtures needed for `persons` at one per `per` (a fraction of a fixture is a whole one). */
export function fixturesNeeded(persons: number, per: number): number {
  return Math.max(0, Math.ceil(persons / per - 1e-9));
}

export const toiletFixtures: FloorRule = {
  id: 'space.toilet-fixtures',
  area: 'space',
  scope: 'floor',
  parameters: { gb: ['occupancy.femaleShare', ...Object.values(PER_ID)] },
  check(ctx) {
    const { read, floor } = ctx;
    const occ = ctx.occupancy;
    const persons = occ.persons;
    if (persons === 0) return [];
    const clause = read.clause(PER_ID.femaleWc);
    const advisory = read.advisory(PER_ID.femaleWc);
    const toilets = floor.zones.filter((z) => z.use === 'toilet');
    const women = femalePersons(occ, read.num('occupancy.femaleShare'), read.num('occupancy.shiftOverlap'));
    const men = Math.max(0, persons - women);
    const served: Record<Kind, number> = { femaleWc: women, maleWc: men, urinals: men, basins: persons };
    const base = { women: round(women, 1), men: round(men, 1), persons };
    if (toilets.length === 0) {
      return [floorFinding(this, ctx, {
        status: advisory ? 'warn' : 'fail', variant: 'none-on-floor', measured: { value: 0, unit: 'fixtures' },
        required: { value: fixturesNeeded(women, read.num(PER_ID.femaleWc)), unit: 'fixtures', comparator: '>=' }, clause, params: base,
      })];
    }
    const counted = toilets.filter((z) => z.fixtures !== undefined);
    const missing = toilets.filter((z) => z.fixtures === undefined).map((z) => z.id);
    // basins are optional in the plan: judged only when every counted toilet gives them
    const basinsKnown = counted.length > 0 && counted.every((z) => z.fixtures!.basins !== undefined);
    const kinds: Kind[] = basinsKnown ? ['femaleWc', 'maleWc', 'urinals', 'basins'] : ['femaleWc', 'maleWc', 'urinals'];
    const have = (k: Kind) => counted.reduce((s, z) => s + ((z.fixtures as ToiletFixtures)[k] ?? 0), 0);
    const rows = kinds.map((k) => {
      const per = read.num(PER_ID[k]);
      const need = fixturesNeeded(served[k], per);
      const count = have(k);
      return { kind: k, per, need, count, status: compare(count, '>=', need, read.advisory(PER_ID[k])) as FindingStatus };
    });
    // the row furthest short decides (a row with nothing needed never does)
    const ratio = (r: (typeof rows)[number]) => (r.need === 0 ? Infinity : r.count / r.need);
    const decisive = rows.reduce((a, b) => (ratio(b) < ratio(a) ? b : a));
    let status = rows.reduce<FindingStatus>((s, r) => worse(s, r.status), 'pass');
    const params: Record<string, string | number> = { ...base, kind: decisive.kind, per: decisive.per };
    for (const r of rows) params[r.kind] = `${r.count}/${r.need}`;
    if (!basinsKnown) params['basins'] = '—';
    let variant: string | undefined;
    if (missing.length > 0 && status !== 'pass') {
      // the toilets not counted might hold what is missing: nothing can be said
      status = 'n/a';
      variant = 'na-no-fixtures';
      params['input'] = missing.map((id) => `${id}.fixtures`).join(', ');
      params['zones'] = missing.join(', ');
    } else if (!basinsKnown && status === 'pass') variant = 'pass-no-basins';
    return [floorFinding(this, ctx, {
      status,
      variant,
      measured: { value: decisive.count, unit: 'fixtures' },
      required: { value: decisive.need, unit: 'fixtures', comparator: '>=' },
      clause: read.clause(PER_ID[decisive.kind]),
      elementIds: toilets.map((z) => z.id),
      params,
    })];
  },
};
