// The demand profiles as report rows (capacity PDF): the inputs in one cell, then agents, seats
// needed, the seats of the scope and the balance, in the report's language.
import type { Locale } from '../../floorplan/types.ts';
import type { ProfileOutcome } from './demandTargets.ts';
import { demandWords } from './demandWords.ts';

export { demandWords };

const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;

export function demandTableRows(outcomes: readonly ProfileOutcome[], locale: Locale): { head: string[]; body: string[][] } {
  const w = demandWords(locale);
  const head = [w.profile, w.calls, w.peakAgents, w.peakScheduled, w.seatsNeeded, w.seatsHave, ''];
  const body = outcomes.map(({ profile: p, result: r, scope, comparison: c }) => {
    const who = `${p.name}\n${w.scopes[scope.kind]}${scope.name ? ` ${scope.name}` : ''}`;
    const intervals = p.intervals.map((iv) => `${iv.start} ${iv.callsPerHour}`).join(', ');
    const inputs = [
      `${intervals} ${w.callsPerHour}`,
      `${w.aht} ${p.ahtSeconds} s · ${w.serviceLevel} ${w.slValue(String(p.serviceLevel.percent), String(p.serviceLevel.seconds))}`,
      `${w.shrinkage} ${pct(p.shrinkage)}${p.maxOccupancy !== undefined ? ` · ${w.maxOccupancy} ${pct(p.maxOccupancy)}` : ''}`,
      `${w.hours} ${p.hoursOfOperation.open}–${p.hoursOfOperation.close} · ${w.shift} ${w.shiftValue(String(p.shiftHours), p.shiftOverlapHours ? String(p.shiftOverlapHours) : '')}`,
    ].join('\n');
    if (!r || !c) return [who, inputs, w.invalid, '', '', scope.seats === null ? '—' : String(scope.seats), ''];
    const balance = c.balance === null ? w.noCount : c.balance >= 0 ? w.spare(String(c.balance)) : w.short(String(-c.balance));
    return [who, inputs, String(r.peakAgents), String(r.peakScheduled), String(r.seatsNeeded), c.have === null ? '—' : String(c.have), balance];
  });
  return { head, body };
}
