// What a group of floors costs to build and run, and what it earns in rent (docs/economics.md).
// One formula for a phase, a building, a floor and the whole park, so their figures agree.
import type { ResolvedCosts } from './costParameters.ts';

export interface CostBreakdown {
  /** landCost × GFA ÷ site GFA */
  land: number;
  /** constructionPerM2 × GFA */
  construction: number;
  /** fitOutPerM2 × GFA + fitOutPerSeat × seats */
  fitOut: number;
  /** equipmentPerSeat × seats */
  equipment: number;
  /** land + construction + fit-out + equipment */
  total: number;
}

export interface RunningPerSeat {
  /** rentPerM2Month × GFA ÷ seats */
  rent: number;
  utilities: number;
  staff: number;
  total: number;
}

export interface MoneyFigures {
  seats: number;
  occupied: number;
  vacant: number;
  grossArea: number;
  cost: CostBreakdown;
  /** cost.total ÷ seats; null without seats */
  investmentPerSeat: number | null;
  /** per seat per month; null without seats */
  runningPerSeatMonth: RunningPerSeat | null;
  /** Σ tenants' rentPerSeatMonth × their occupied seats here */
  rentIncomeMonth: number;
}

export interface MoneyInput {
  seats: number;
  occupied: number;
  grossArea: number;
  /** GFA of the whole site: the share of the land this group carries is grossArea ÷ siteGrossArea */
  siteGrossArea: number;
  rentIncomeMonth: number;
}

export function moneyFigures(input: MoneyInput, costs: ResolvedCosts): MoneyFigures {
  const { seats, grossArea, siteGrossArea } = input;
  const land = siteGrossArea > 0 ? (costs.landCost * grossArea) / siteGrossArea : 0;
  const construction = costs.constructionPerM2 * grossArea;
  const fitOut = costs.fitOutPerM2 * grossArea + costs.fitOutPerSeat * seats;
  const equipment = costs.equipmentPerSeat * seats;
  const total = land + construction + fitOut + equipment;
  const rent = seats > 0 ? (costs.rentPerM2Month * grossArea) / seats : 0;
  return {
    seats,
    occupied: input.occupied,
    vacant: seats - input.occupied,
    grossArea,
    cost: { land, construction, fitOut, equipment, total },
    investmentPerSeat: seats > 0 ? total / seats : null,
    runningPerSeatMonth: seats > 0 ? { rent, utilities: costs.utilitiesPerSeatMonth, staff: costs.staffPerSeatMonth, total: rent + costs.utilitiesPerSeatMonth + costs.staffPerSeatMonth } : null,
    rentIncomeMonth: input.rentIncomeMonth,
  };
}
