// The economics figures of what a view shows (the park, a building or a floor), for the investor
// presentation's KPI card: one call, plain numbers, the currency to print them in.
import type { PlanDocument } from '../types.ts';
import { planCosts } from './costParameters.ts';
import { economicsOf } from './parkEconomics.ts';

export interface EconomicsKpis {
  currency: string;
  seats: number;
  occupied: number;
  vacant: number;
  investment: number;
  /** null without seats */
  investmentPerSeat: number | null;
  /** running cost per seat per month (rent + utilities + staff); null without seats */
  runningPerSeatMonth: number | null;
  rentIncomeMonth: number;
}

export interface ShownLevel {
  level: 'park' | 'building' | 'floor';
  buildingId?: string | null;
  floorId?: string | null;
}

/** Null when the shown building or floor is not in the plan. */
export function economicsKpis(plan: PlanDocument, shown: ShownLevel): EconomicsKpis | null {
  const scope = shown.level === 'floor' && shown.floorId ? { floorId: shown.floorId } : shown.level !== 'park' && shown.buildingId ? { buildingId: shown.buildingId } : {};
  const f = economicsOf(plan, scope);
  if (!f) return null;
  return {
    currency: planCosts(plan).currency,
    seats: f.seats,
    occupied: f.occupied,
    vacant: f.vacant,
    investment: f.cost.total,
    investmentPerSeat: f.investmentPerSeat,
    runningPerSeatMonth: f.runningPerSeatMonth?.total ?? null,
    rentIncomeMonth: f.rentIncomeMonth,
  };
}
