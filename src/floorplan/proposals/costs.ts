// The cost model of a layout: one-off fit-out and equipment, monthly rent, and the same per seat.
// Areas are gross floor area (GFA, the capacity figures' grossArea).
import type { CostParameters } from '../types.ts';

export interface LayoutCosts {
  /** fitOutPerM2 × GFA */
  fitOut: number;
  /** equipmentPerSeat × seats */
  equipment: number;
  /** rentPerM2Month × GFA */
  rentPerMonth: number;
  /** (fit-out + equipment) ÷ seats; null without seats */
  oneOffPerSeat: number | null;
  /** rent per month ÷ seats; null without seats */
  rentPerSeatMonth: number | null;
}

/** Figures used when a plan names no costs: indicative Chinese tier-2 city call-center values (CNY). */
export const DEFAULT_COSTS: CostParameters = { currency: 'CNY', fitOutPerM2: 1500, rentPerM2Month: 45, equipmentPerSeat: 6000 };

export function layoutCosts(costs: CostParameters, grossArea: number, seats: number): LayoutCosts {
  const fitOut = costs.fitOutPerM2 * grossArea;
  const equipment = costs.equipmentPerSeat * seats;
  const rentPerMonth = costs.rentPerM2Month * grossArea;
  return {
    fitOut,
    equipment,
    rentPerMonth,
    oneOffPerSeat: seats > 0 ? (fitOut + equipment) / seats : null,
    rentPerSeatMonth: seats > 0 ? rentPerMonth / seats : null,
  };
}
