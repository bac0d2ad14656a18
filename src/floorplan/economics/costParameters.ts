// The cost parameters with every optional amount resolved (absent counts as 0), and the check a
// command makes before it stores them.
import { DEFAULT_COSTS } from '../proposals/costs.ts';
import type { CostParameters, PlanDocument } from '../types.ts';

/** The optional amounts of CostParameters, in the order forms and docs list them. */
export const OPTIONAL_COST_KEYS = ['landCost', 'constructionPerM2', 'fitOutPerSeat', 'rentFreeMonths', 'utilitiesPerSeatMonth', 'staffPerSeatMonth'] as const;
export type OptionalCostKey = (typeof OPTIONAL_COST_KEYS)[number];
export const REQUIRED_COST_KEYS = ['fitOutPerM2', 'rentPerM2Month', 'equipmentPerSeat'] as const;

export type ResolvedCosts = Required<CostParameters>;

export function resolveCosts(costs: CostParameters | undefined): ResolvedCosts {
  const c = costs ?? DEFAULT_COSTS;
  return {
    currency: c.currency,
    fitOutPerM2: c.fitOutPerM2,
    rentPerM2Month: c.rentPerM2Month,
    equipmentPerSeat: c.equipmentPerSeat,
    landCost: c.landCost ?? 0,
    constructionPerM2: c.constructionPerM2 ?? 0,
    fitOutPerSeat: c.fitOutPerSeat ?? 0,
    rentFreeMonths: c.rentFreeMonths ?? 0,
    utilitiesPerSeatMonth: c.utilitiesPerSeatMonth ?? 0,
    staffPerSeatMonth: c.staffPerSeatMonth ?? 0,
  };
}

export function planCosts(plan: PlanDocument): ResolvedCosts {
  return resolveCosts(plan.costs);
}

/**
 * The parameters as stored: the three required amounts, the optional ones that are given, no
 * other fields. Null when an amount is negative or not finite, rent-free months are not a whole
 * number, or the currency is not an ISO 4217 code (the i18n key of the reason is returned instead).
 */
export function cleanCostParameters(costs: CostParameters): { costs: CostParameters } | { problem: 'badCost' | 'badCurrency' } {
  if (!/^[A-Z]{3}$/.test(costs.currency)) return { problem: 'badCurrency' };
  const out: CostParameters = { currency: costs.currency, fitOutPerM2: costs.fitOutPerM2, rentPerM2Month: costs.rentPerM2Month, equipmentPerSeat: costs.equipmentPerSeat };
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!REQUIRED_COST_KEYS.every((k) => ok(costs[k]))) return { problem: 'badCost' };
  for (const key of OPTIONAL_COST_KEYS) {
    const value = costs[key];
    if (value === undefined) continue;
    if (!ok(value) || (key === 'rentFreeMonths' && !Number.isInteger(value))) return { problem: 'badCost' };
    out[key] = value;
  }
  return { costs: out };
}
