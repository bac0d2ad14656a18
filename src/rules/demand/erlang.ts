// Erlang C (M/M/n queue): the probability that a call waits, the service level, the average speed
// of answer, and the fewest agents that meet a service-level target. Assumptions (docs/demand.md):
// Poisson arrivals, exponential handling times, no abandonment, first come first served, an
// unlimited queue. Pure arithmetic, no plan types.

/** Offered traffic in Erlangs: calls per hour × average handling time (s) ÷ 3600. */
export function trafficIntensity(callsPerHour: number, ahtSeconds: number): number {
  return (callsPerHour * ahtSeconds) / 3600;
}

/**
 * Erlang B (blocking) by the recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)): every step
 * stays between 0 and 1, so large n and A never overflow as A^n / n! would.
 */
export function erlangB(agents: number, traffic: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (traffic * b) / (k + traffic * b);
  return b;
}

/** Erlang C from Erlang B: C = n·B / (n − A·(1 − B)); a queue with n ≤ A never empties (C = 1). */
export function erlangCFromB(agents: number, traffic: number, b: number): number {
  if (traffic <= 0) return 0;
  if (agents <= traffic) return 1;
  return (agents * b) / (agents - traffic * (1 - b));
}

/** Probability that a call has to wait (Erlang C). */
export function erlangC(agents: number, traffic: number): number {
  return erlangCFromB(agents, traffic, erlangB(agents, traffic));
}

/** Share of calls answered within `targetSeconds`: 1 − C·e^(−(n − A)·T / AHT). */
export function serviceLevelOf(waitProbability: number, agents: number, traffic: number, ahtSeconds: number, targetSeconds: number): number {
  if (traffic <= 0) return 1;
  if (agents <= traffic) return 0;
  return 1 - waitProbability * Math.exp((-(agents - traffic) * targetSeconds) / ahtSeconds);
}

export function serviceLevel(agents: number, traffic: number, ahtSeconds: number, targetSeconds: number): number {
  return serviceLevelOf(erlangC(agents, traffic), agents, traffic, ahtSeconds, targetSeconds);
}

/** Average speed of answer (s) over all calls, those answered at once included: C·AHT / (n − A). */
export function averageSpeedOfAnswer(agents: number, traffic: number, ahtSeconds: number): number {
  if (traffic <= 0) return 0;
  if (agents <= traffic) return Infinity;
  return (erlangC(agents, traffic) * ahtSeconds) / (agents - traffic);
}

export interface ServiceTarget {
  /** e.g. 80 for "80 % of calls answered …" (0 < percent < 100) */
  percent: number;
  /** "… within 20 s" */
  seconds: number;
}

export interface Staffing {
  /** Erlangs */
  traffic: number;
  /** the fewest agents that meet the target (0 with no calls) */
  agents: number;
  /** probability of waiting with that many agents */
  waitProbability: number;
  /** share answered within the target time, 0..1 */
  serviceLevel: number;
  /** average speed of answer, s */
  asa: number;
  /** traffic ÷ agents, 0..1 */
  occupancy: number;
  /** what set the number: the service level, or the occupancy cap */
  boundBy: 'service-level' | 'occupancy' | 'none';
}

/** Float dust must not turn a met target (80.0000 %) into a miss. */
const TOLERANCE = 1e-12;

/**
 * The smallest n > A whose service level reaches the target and, when a cap is given, whose
 * occupancy A/n stays at or below it. Walks n upwards from ⌊A⌋ + 1 carrying Erlang B along, so
 * the search costs O(n) in all.
 */
export function agentsFor(callsPerHour: number, ahtSeconds: number, target: ServiceTarget, maxOccupancy?: number): Staffing {
  const traffic = trafficIntensity(callsPerHour, ahtSeconds);
  if (!(traffic > 0)) return { traffic: 0, agents: 0, waitProbability: 0, serviceLevel: 1, asa: 0, occupancy: 0, boundBy: 'none' };
  const goal = target.percent / 100;
  let n = Math.floor(traffic) + 1;
  let b = erlangB(n, traffic);
  // SL tends to 1 as n grows, so any goal < 1 is met well within this bound; the bound only guards the loop
  const last = Math.ceil(traffic * 2 + 100 + (maxOccupancy ? traffic / maxOccupancy : 0));
  for (;;) {
    const c = erlangCFromB(n, traffic, b);
    const sl = serviceLevelOf(c, n, traffic, ahtSeconds, target.seconds);
    const slMet = sl >= goal - TOLERANCE;
    const occupancyMet = maxOccupancy === undefined || traffic / n <= maxOccupancy + TOLERANCE;
    if ((slMet && occupancyMet) || n >= last) {
      return {
        traffic,
        agents: n,
        waitProbability: c,
        serviceLevel: sl,
        asa: (c * ahtSeconds) / (n - traffic),
        occupancy: traffic / n,
        boundBy: slMet && !serviceLevelMetBefore(n, traffic, ahtSeconds, target, goal) ? 'service-level' : 'occupancy',
      };
    }
    n++;
    b = (traffic * b) / (n + traffic * b);
  }
}

/** Whether one agent fewer (still more than A) already met the service level: then the cap bound. */
function serviceLevelMetBefore(n: number, traffic: number, ahtSeconds: number, target: ServiceTarget, goal: number): boolean {
  if (n - 1 <= traffic) return false;
  return serviceLevel(n - 1, traffic, ahtSeconds, target.seconds) >= goal - TOLERANCE;
}

/** Agents to schedule so that `agents` are available after shrinkage (breaks, training, absence): ⌈n / (1 − s)⌉. */
export function withShrinkage(agents: number, shrinkage: number): number {
  if (agents <= 0) return 0;
  return Math.ceil(agents / (1 - shrinkage) - 1e-9);
}
