// Erlang C against published and hand-computed values.
//
// References:
// - Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
//   (callcentrehelper.com): 100 calls per 30 min (200 calls/h), AHT 180 s → A = 10 Erlangs;
//   target 80 % in 20 s, max occupancy 85 %, shrinkage 30 %. Published: with 11 agents the
//   probability of waiting is 68.21 %; 14 agents meet 80/20 (13 do not); with 30 % shrinkage
//   20 agents are scheduled.
// - M/M/2 with A = 1 (the textbook M/M/c case, ρ = 0.5): P(wait) = 2ρ²/(1 + ρ) = 1/3 exactly —
//   done by hand below with the Erlang B recursion.
// Each value is also recomputed here by the textbook factorial formula (independent of the
// recursion the module uses), for small and larger systems.
import { describe, expect, it } from 'vitest';
import { agentsFor, averageSpeedOfAnswer, erlangB, erlangC, serviceLevel, trafficIntensity, withShrinkage } from '../../../src/rules/demand/erlang.ts';

/** C(n, A) = (Aⁿ/n! · n/(n−A)) / (Σ_{k<n} Aᵏ/k! + Aⁿ/n! · n/(n−A)), summed term by term. */
function erlangCDirect(n: number, a: number): number {
  let term = 1; // A^0 / 0!
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += term;
    term = (term * a) / (k + 1);
  }
  const top = term * (n / (n - a)); // term is now A^n / n!
  return top / (sum + top);
}

describe('Erlang C', () => {
  it('traffic: calls per hour × AHT ÷ 3600', () => {
    expect(trafficIntensity(200, 180)).toBe(10);
    expect(trafficIntensity(1200, 280)).toBeCloseTo(93.3333, 4);
  });

  it('M/M/2 at A = 1 by hand: B(1) = 1/2, B(2) = 0.5/2.5 = 0.2, C = 2·0.2 / (2 − 0.8) = 1/3', () => {
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    // ASA = C·AHT/(n − A) = (1/3)·60/1 = 20 s with AHT 60 s
    expect(averageSpeedOfAnswer(2, 1, 60)).toBeCloseTo(20, 10);
  });

  it('the Call Centre Helper example: Pw(11) = 68.21 %, and the factorial formula agrees for 11..14 agents', () => {
    expect(Math.round(erlangC(11, 10) * 10000) / 10000).toBe(0.6821);
    for (const n of [11, 12, 13, 14]) expect(erlangC(n, 10)).toBeCloseTo(erlangCDirect(n, 10), 12);
    // SL = 1 − C·e^(−(n−A)·T/AHT), by hand for n = 11: 1 − 0.68210·e^(−1·20/180) = 1 − 0.68210·0.89484 = 0.3896
    expect(serviceLevel(11, 10, 180, 20)).toBeCloseTo(0.3896, 4);
  });

  it('the Call Centre Helper example: 14 agents (13 miss 80/20), occupancy 71.4 % under the 85 % cap, 20 with 30 % shrinkage', () => {
    const s = agentsFor(200, 180, { percent: 80, seconds: 20 }, 0.85);
    expect(s.traffic).toBe(10);
    expect(s.agents).toBe(14);
    expect(serviceLevel(13, 10, 180, 20)).toBeLessThan(0.8);
    expect(s.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(s.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(s.occupancy).toBeCloseTo(10 / 14, 12);
    expect(s.boundBy).toBe('service-level');
    expect(withShrinkage(s.agents, 0.3)).toBe(20);
  });

  it('larger systems: the recursion equals the factorial formula (A = 48, n = 55, the Westbay Erlang-C walk-through inputs)', () => {
    // 360 calls per half hour, 240 s → A = 48; 55 agents, 15 s
    expect(trafficIntensity(720, 240)).toBe(48);
    expect(erlangC(55, 48)).toBeCloseTo(erlangCDirect(55, 48), 12);
    expect(erlangC(55, 48)).toBeCloseTo(0.2387, 4);
    expect(serviceLevel(55, 48, 240, 15)).toBeCloseTo(1 - erlangCDirect(55, 48) * Math.exp((-7 * 15) / 240), 12);
    expect(averageSpeedOfAnswer(55, 48, 240)).toBeCloseTo((erlangCDirect(55, 48) * 240) / 7, 10);
  });

  it('the target boundary: n meets the service level, n − 1 does not (or is not above A)', () => {
    for (const [calls, aht, percent, seconds] of [[1200, 280, 80, 20], [90, 300, 90, 15], [5000, 240, 80, 30], [37, 420, 70, 60], [3, 200, 95, 10]] as const) {
      const s = agentsFor(calls, aht, { percent, seconds });
      const a = trafficIntensity(calls, aht);
      expect(s.agents).toBeGreaterThan(a);
      expect(serviceLevel(s.agents, a, aht, seconds)).toBeGreaterThanOrEqual(percent / 100);
      if (s.agents - 1 > a) expect(serviceLevel(s.agents - 1, a, aht, seconds)).toBeLessThan(percent / 100);
    }
  });

  it('an occupancy cap can bind before the service level: A = 10 capped at 60 % needs 17 (10/16 = 62.5 %)', () => {
    const s = agentsFor(200, 180, { percent: 80, seconds: 20 }, 0.6);
    expect(s.agents).toBe(17);
    expect(s.boundBy).toBe('occupancy');
  });

  it('stays finite for very large traffic (no A^n/n! overflow), and no calls need no agents', () => {
    const s = agentsFor(100_000, 280, { percent: 80, seconds: 20 });
    expect(Number.isFinite(s.waitProbability)).toBe(true);
    expect(s.agents).toBeGreaterThan(7778);
    expect(s.agents).toBeLessThan(7900);
    expect(serviceLevel(s.agents - 1, s.traffic, 280, 20)).toBeLessThan(0.8);
    expect(agentsFor(0, 280, { percent: 80, seconds: 20 })).toMatchObject({ agents: 0, traffic: 0 });
  });

  it('shrinkage: agents ÷ (1 − s), rounded up', () => {
    expect(withShrinkage(101, 0.3)).toBe(145); // 144.29
    expect(withShrinkage(14, 0.3)).toBe(20); // exactly 20: float dust must not make it 21
    expect(withShrinkage(10, 0)).toBe(10);
    expect(withShrinkage(0, 0.5)).toBe(0);
  });
});
