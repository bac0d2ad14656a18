// `callfloor demand --calls 1200 --aht 280 --sl 80/20 --shrinkage 0.3 [--hours 08:00-20:00]
//   [--shift 8] [--overlap 0.5] [--max-occupancy 0.85] [--lang zh|en] [--json]`
// Agents and seats from call demand (Erlang C, docs/demand.md): the traffic in Erlangs, the agents
// that meet the service level, with shrinkage, and the seats when shifts share them. `--calls`
// is the peak hour's calls, or intervals `08:00=300,09:00=800,…` (calls per hour from each time).
// Without --hours the centre is open for one shift from 08:00. Exit 0; 2 on bad input.
import { clockOf, demandProblems } from '../floorplan/queries/demandInputs.ts';
import type { DemandInterval, DemandProfile } from '../floorplan/types.ts';
import { demandWords } from '../rules/demand/demandWords.ts';
import { staffDemand, type DemandResult } from '../rules/demand/staffing.ts';
import { EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { languageOption } from './languageOption.ts';
import { parseOptions } from './report.ts';
import { renderTable } from './table.ts';

const KNOWN = ['calls', 'aht', 'sl', 'shrinkage', 'hours', 'shift', 'overlap', 'max-occupancy', 'lang'] as const;
const FLAGS = ['--json'] as const;
const REQUIRED = ['calls', 'aht', 'sl'] as const;

const NUMBER = /^[+]?(\d+\.?\d*|\.\d+)$/;
const num = (text: string | undefined): number | null => (text !== undefined && NUMBER.test(text.trim()) ? Number(text.trim()) : null);
/** 0.3 or 30% */
const share = (text: string | undefined): number | null => {
  if (text === undefined) return null;
  const t = text.trim();
  if (t.endsWith('%')) {
    const v = num(t.slice(0, -1));
    return v === null ? null : v / 100;
  }
  return num(t);
};

function parseIntervals(text: string): DemandInterval[] | null {
  const single = num(text);
  if (single !== null) return [{ start: '08:00', callsPerHour: single }];
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const intervals = parts.map((p) => {
    const m = /^(\d{2}:\d{2})=(.+)$/.exec(p);
    const calls = m ? num(m[2]) : null;
    return m && calls !== null ? { start: m[1]!, callsPerHour: calls } : null;
  });
  return intervals.length > 0 && intervals.every((iv) => iv !== null) ? (intervals as DemandInterval[]) : null;
}

/** The profile the options describe, or a bilingual line saying what is wrong. */
export function profileFromOptions(o: Map<string, string>): DemandProfile | string {
  const missing = REQUIRED.filter((k) => !o.has(k));
  if (missing.length) return `缺少选项 / missing option: ${missing.map((k) => `--${k}`).join(' ')}`;
  const intervals = parseIntervals(o.get('calls')!);
  if (!intervals) return `--calls 须为每小时来电数（如 1200）或时段列表（如 08:00=300,09:00=800） / --calls must be calls per hour (1200) or intervals (08:00=300,09:00=800); got ${o.get('calls')}`;
  const aht = num(o.get('aht'));
  if (aht === null) return `--aht 须为秒数 / --aht must be seconds (got ${o.get('aht')})`;
  const sl = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(o.get('sl')!.trim());
  if (!sl) return `--sl 须为 百分比/秒，如 80/20 / --sl must be percent/seconds, e.g. 80/20 (got ${o.get('sl')})`;
  const shrinkage = o.has('shrinkage') ? share(o.get('shrinkage')) : 0;
  if (shrinkage === null) return `--shrinkage 须为 0 到 1 之间的小数或百分比 / --shrinkage must be a fraction 0..1 or a percentage (got ${o.get('shrinkage')})`;
  const maxOccupancy = o.has('max-occupancy') ? share(o.get('max-occupancy')) : undefined;
  if (maxOccupancy === null) return `--max-occupancy 须为 0 到 1 之间的小数或百分比 / --max-occupancy must be a fraction 0..1 or a percentage (got ${o.get('max-occupancy')})`;
  const shift = o.has('shift') ? num(o.get('shift')) : 8;
  if (shift === null) return `--shift 须为小时数 / --shift must be hours (got ${o.get('shift')})`;
  const overlap = o.has('overlap') ? num(o.get('overlap')) : 0;
  if (overlap === null) return `--overlap 须为小时数 / --overlap must be hours (got ${o.get('overlap')})`;
  let open = '08:00';
  let close = clockOf(8 * 60 + Math.round(Math.min(shift, 24) * 60));
  if (o.has('hours')) {
    const h = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(o.get('hours')!.trim());
    if (!h) return `--hours 须为 HH:MM-HH:MM / --hours must be HH:MM-HH:MM (got ${o.get('hours')})`;
    open = h[1]!;
    close = h[2]!;
  } else if (intervals.length > 1 || o.get('calls')!.includes('=')) {
    open = intervals.map((iv) => iv.start).sort()[0]!;
    close = clockOf(Number(open.slice(0, 2)) * 60 + Number(open.slice(3)) + Math.round(Math.min(shift, 24) * 60));
  }
  const profile: DemandProfile = {
    id: 'cli',
    name: 'cli',
    scope: {},
    intervals,
    ahtSeconds: aht,
    serviceLevel: { percent: Number(sl[1]), seconds: Number(sl[2]) },
    shrinkage,
    ...(maxOccupancy !== undefined ? { maxOccupancy } : {}),
    hoursOfOperation: { open, close },
    shiftHours: shift,
    ...(overlap ? { shiftOverlapHours: overlap } : {}),
  };
  const problems = demandProblems(profile);
  if (problems.length) {
    const zh = demandWords('zh-CN').problems;
    const en = demandWords('en').problems;
    return problems.map((p) => `${zh[p.key]} / ${en[p.key]}`).join('\n');
  }
  return profile;
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

export function demandJson(profile: DemandProfile, r: DemandResult): unknown {
  return {
    inputs: {
      intervals: profile.intervals,
      ahtSeconds: profile.ahtSeconds,
      serviceLevel: profile.serviceLevel,
      shrinkage: profile.shrinkage,
      ...(profile.maxOccupancy !== undefined ? { maxOccupancy: profile.maxOccupancy } : {}),
      hoursOfOperation: profile.hoursOfOperation,
      shiftHours: profile.shiftHours,
      shiftOverlapHours: profile.shiftOverlapHours ?? 0,
    },
    intervals: r.intervals.map((iv) => ({
      start: iv.start,
      end: iv.end,
      callsPerHour: iv.callsPerHour,
      trafficErlangs: round(iv.traffic, 4),
      agents: iv.agents,
      scheduled: iv.scheduled,
      serviceLevel: round(iv.serviceLevel, 4),
      waitProbability: round(iv.waitProbability, 4),
      asaSeconds: round(iv.asa, 2),
      occupancy: round(iv.occupancy, 4),
      boundBy: iv.boundBy,
    })),
    ignored: r.ignored,
    trafficErlangs: round(r.peak.traffic, 4),
    agents: r.peakAgents,
    withShrinkage: r.peakScheduled,
    shifts: r.shifts,
    dailyAgents: r.dailyAgents,
    seatsNeeded: r.seatsNeeded,
  };
}

export async function demandCommand(args: string[], io: CommandIO): Promise<number> {
  const json = args.includes('--json');
  const parsed = parseOptions(args.filter((a) => !(FLAGS as readonly string[]).includes(a)), KNOWN);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    return EXIT_INVALID;
  }
  if (parsed.positional.length) {
    io.stderr(`多余的参数 / unexpected argument: ${parsed.positional.join(' ')}`);
    return EXIT_INVALID;
  }
  const lang = languageOption(parsed.options.get('lang'), io);
  if (lang === null) return EXIT_INVALID;
  const profile = profileFromOptions(parsed.options);
  if (typeof profile === 'string') {
    io.stderr(profile);
    return EXIT_INVALID;
  }
  const result = staffDemand(profile)!;
  if (json) {
    io.stdout(JSON.stringify(demandJson(profile, result), null, 2));
    return EXIT_OK;
  }
  const w = demandWords(lang ?? 'zh-CN');
  const pct = (v: number) => `${round(v * 100, 1)}%`;
  if (result.intervals.length > 1) {
    io.stdout(
      renderTable(
        [w.interval, w.callsPerHour, 'Erl', w.agents, w.scheduled, w.serviceLevel],
        result.intervals.map((iv) => [`${iv.start}–${iv.end}`, String(iv.callsPerHour), round(iv.traffic, 2).toFixed(2), String(iv.agents), String(iv.scheduled), pct(iv.serviceLevel)]),
        ['left', 'right', 'right', 'right', 'right', 'right'],
      ),
    );
  }
  const p = result.peak;
  const lines = [
    `${w.traffic}: ${round(p.traffic, 2).toFixed(2)} Erl (${p.callsPerHour} ${w.callsPerHour} × ${profile.ahtSeconds} s)`,
    `${w.agents}: ${result.peakAgents} — ${w.serviceLevel} ${pct(p.serviceLevel)} ≥ ${w.slValue(String(profile.serviceLevel.percent), String(profile.serviceLevel.seconds))}, ASA ${round(p.asa, 1)} s, ${w.occupancy} ${pct(p.occupancy)}`,
    `${w.scheduled} (${w.shrinkage} ${pct(profile.shrinkage)}): ${result.peakScheduled}`,
    `${w.shifts}: ${result.shifts.map((s) => `${s.start}–${s.end} ${s.agents}`).join(' · ')}`,
    `${w.seatsNeeded}: ${result.seatsNeeded}`,
  ];
  if (result.ignored.length) lines.push(`(${result.ignored.join(', ')}: ${w.problems.outsideHours})`);
  io.stdout(lines.join('\n'));
  return EXIT_OK;
}
