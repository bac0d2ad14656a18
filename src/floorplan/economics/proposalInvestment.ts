// The investment figures a proposal comparison shows for one layout (the plan with that site).
import type { PlanDocument } from '../types.ts';
import type { ProposalInvestment } from '../proposals/compare.ts';
import { parkEconomics } from './parkEconomics.ts';

export function proposalInvestment(layout: PlanDocument): ProposalInvestment {
  const e = parkEconomics(layout);
  return {
    total: e.park.cost.total,
    perSeat: e.park.investmentPerSeat,
    phases: e.phases.map((p) => ({ phaseId: p.phaseId, name: p.name, seats: p.seats, total: p.cost.total, perSeat: p.investmentPerSeat })),
  };
}
