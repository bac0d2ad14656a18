// Saves auto-layout variants as proposals, as one command: each a copy of the current site with
// the floor's zones holding the variant's desks. The active layout stays as it is.
import { current, isDraft } from 'immer';
import { newProposalId } from '../proposals/proposals.ts';
import type { Site, Workstation } from '../types.ts';
import { refuse, type Command } from './command.ts';
import { deskInZones } from './replaceWorkstations.ts';

export interface AddLayoutProposalsArgs {
  floorId: string;
  zoneIds: string[];
  variants: { name: string; note?: string; workstations: Workstation[] }[];
}

export const addLayoutProposals: Command<AddLayoutProposalsArgs> = {
  type: 'proposals/add-layouts',
  labelKey: 'commands.addLayoutProposals',
  apply(draft, { floorId, zoneIds, variants }) {
    if (variants.length === 0) return refuse('commands.refused.empty');
    if (variants.some((v) => v.name.trim() === '')) return refuse('proposals.refused.noName');
    const base = structuredClone(isDraft(draft.site) ? current(draft.site) : draft.site) as Site;
    const floor = base.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const zones = floor.zones.filter((z) => zoneIds.includes(z.id));
    if (zones.length !== zoneIds.length || zones.length === 0) return refuse('commands.refused.notFound', zoneIds.filter((id) => !zones.some((z) => z.id === id)));
    const others = floor.workstations.filter((ws) => !deskInZones(ws, zones));
    for (const v of variants) {
      const site = structuredClone(base);
      site.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId)!.workstations = [...structuredClone(others), ...structuredClone(v.workstations)];
      const id = newProposalId(draft);
      draft.proposals = [...(draft.proposals ?? []), { id, name: v.name.trim(), site, ...(v.note ? { note: v.note } : {}) }];
    }
    return undefined;
  },
};
