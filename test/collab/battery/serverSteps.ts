// The server battery's steps: seeded, plain data, resolved against the clients' state when run
// (which client is offline, which desks a client owns), so a seed replays exactly.
import { random } from '../../persistence/noDataLossBattery.ts';

export type ServerStep =
  /** an edit on client `client`: `what` picks the kind, `pick` the record, `value` the amount */
  | { kind: 'edit'; client: number; what: number; pick: number; value: number }
  /** a client's network goes (its socket closes); it keeps editing */
  | { kind: 'offline'; pick: number }
  /** a client's network comes back */
  | { kind: 'online'; pick: number }
  /** a client is closed and opened again from its offline copy (y-indexeddb) */
  | { kind: 'reload'; client: number }
  /** the server stops cleanly and starts again on the same folder; `inFlight`: a client edits just before */
  | { kind: 'restart'; inFlight: boolean; client: number }
  /** the server dies (in-process crash, or SIGKILL of the server process) and starts again */
  | { kind: 'crash'; inFlight: boolean; client: number };

const WEIGHTS: [ServerStep['kind'], number][] = [
  ['edit', 66],
  ['offline', 7],
  ['online', 9],
  ['reload', 6],
  ['restart', 6],
  ['crash', 6],
];
const TOTAL = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

export interface StepOptions {
  readonly clients: number;
  /** at most this many restarts and crashes in the list (each is a process start for a child server) */
  readonly maxRestarts: number;
}

export function generateServerSteps(seed: number, count: number, options: StepOptions): ServerStep[] {
  const next = random(seed);
  const steps: ServerStep[] = [];
  let restarts = 0;
  const client = () => Math.floor(next() * options.clients);
  for (let i = 0; i < count; i++) {
    let roll = next() * TOTAL;
    let kind: ServerStep['kind'] = 'edit';
    for (const [candidate, weight] of WEIGHTS) {
      if ((roll -= weight) < 0) {
        kind = candidate;
        break;
      }
    }
    if ((kind === 'restart' || kind === 'crash') && restarts >= options.maxRestarts) kind = 'edit';
    switch (kind) {
      case 'edit':
        steps.push({ kind, client: client(), what: next(), pick: next(), value: next() });
        break;
      case 'offline':
      case 'online':
        steps.push({ kind, pick: next() });
        break;
      case 'reload':
        steps.push({ kind, client: client() });
        break;
      case 'restart':
      case 'crash':
        restarts += 1;
        steps.push({ kind, inFlight: next() < 0.5, client: client() });
        break;
    }
  }
  return steps;
}
