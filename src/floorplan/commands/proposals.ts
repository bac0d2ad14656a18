// Named, undoable edits of a plan's proposals (alternative layouts) and cost parameters.
// Switching swaps the active `site` with the chosen proposal's, so every other tool keeps
// working on `site` unchanged.
import { current, isDraft } from 'immer';
import { listProposals, DEFAULT_ACTIVE_ID } from '../proposals/proposals.ts';
import { cleanCostParameters } from '../economics/costParameters.ts';
import type { CostParameters, Site } from '../types.ts';
import { refuse, type Command } from './command.ts';

/** A deep copy that also works on an immer draft. */
function copySite(site: Site): Site {
  return structuredClone(isDraft(site) ? current(site) : site);
}

const cleanName = (name: string): string => name.trim();

export interface CreateProposalArgs {
  /** id of the new proposal (unique among the plan's proposals) */
  id: string;
  name: string;
  note?: string;
  /** name for the current layout when the plan has not named it yet */
  activeName?: string;
}

/** Stores a copy of the current layout as a new proposal and makes it the active one. */
export const createProposal: Command<CreateProposalArgs> = {
  type: 'proposals/create',
  labelKey: 'proposals.commands.create',
  apply(draft, { id, name, note, activeName }) {
    const text = cleanName(name);
    if (!id || text === '') return refuse('proposals.refused.noName');
    if (listProposals(draft).some((p) => p.id === id) || (!draft.activeProposal && id === DEFAULT_ACTIVE_ID)) return refuse('proposals.refused.duplicateId', [id]);
    const previous = draft.activeProposal ?? { id: DEFAULT_ACTIVE_ID, name: cleanName(activeName ?? '') || draft.name || DEFAULT_ACTIVE_ID };
    const stored = { id: previous.id, name: previous.name, site: copySite(draft.site), ...(previous.note ? { note: previous.note } : {}) };
    draft.proposals = [...(draft.proposals ?? []), stored];
    draft.activeProposal = { id, name: text, ...(note?.trim() ? { note: note.trim() } : {}) };
    return undefined;
  },
};

export interface SwitchProposalArgs {
  id: string;
}

/** Makes the named proposal the active layout; the layout that was active goes into the list in its place. */
export const switchProposal: Command<SwitchProposalArgs> = {
  type: 'proposals/switch',
  labelKey: 'proposals.commands.switch',
  apply(draft, { id }) {
    const list = draft.proposals ?? [];
    const index = list.findIndex((p) => p.id === id);
    if (index < 0) {
      if (draft.activeProposal?.id === id) return undefined;
      return refuse('proposals.refused.notFound', [id]);
    }
    const chosen = list[index]!;
    const previous = draft.activeProposal ?? { id: DEFAULT_ACTIVE_ID, name: draft.name || DEFAULT_ACTIVE_ID };
    const outgoingSite = draft.site;
    draft.site = chosen.site;
    list[index] = { id: previous.id, name: previous.name, site: outgoingSite, ...(previous.note ? { note: previous.note } : {}) };
    draft.activeProposal = { id: chosen.id, name: chosen.name, ...(chosen.note ? { note: chosen.note } : {}) };
    return undefined;
  },
};

export interface RenameProposalArgs {
  id: string;
  name: string;
}

export const renameProposal: Command<RenameProposalArgs> = {
  type: 'proposals/rename',
  labelKey: 'proposals.commands.rename',
  apply(draft, { id, name }) {
    const text = cleanName(name);
    if (text === '') return refuse('proposals.refused.noName');
    const active = draft.activeProposal ?? (id === DEFAULT_ACTIVE_ID ? { id, name: draft.name } : undefined);
    if (active && active.id === id) {
      draft.activeProposal = { ...active, name: text };
      return undefined;
    }
    const stored = draft.proposals?.find((p) => p.id === id);
    if (!stored) return refuse('proposals.refused.notFound', [id]);
    stored.name = text;
    return undefined;
  },
};

export interface DeleteProposalArgs {
  id: string;
}

/** Removes a stored proposal. The active layout cannot be deleted: switch to another first. */
export const deleteProposal: Command<DeleteProposalArgs> = {
  type: 'proposals/delete',
  labelKey: 'proposals.commands.delete',
  apply(draft, { id }) {
    if ((draft.activeProposal?.id ?? DEFAULT_ACTIVE_ID) === id) return refuse('proposals.refused.active', [id]);
    const list = draft.proposals ?? [];
    const index = list.findIndex((p) => p.id === id);
    if (index < 0) return refuse('proposals.refused.notFound', [id]);
    list.splice(index, 1);
    if (list.length === 0) {
      delete draft.proposals;
      delete draft.activeProposal;
    }
    return undefined;
  },
};

export interface SetCostsArgs {
  /** null removes the plan's cost parameters (the defaults apply) */
  costs: CostParameters | null;
}

export const setCosts: Command<SetCostsArgs> = {
  type: 'proposals/set-costs',
  labelKey: 'proposals.commands.setCosts',
  apply(draft, { costs }) {
    if (costs === null) {
      delete draft.costs;
      return undefined;
    }
    // the optional amounts of the park's economics (land, construction …) are kept too
    const clean = cleanCostParameters(costs);
    if ('problem' in clean) return refuse(`proposals.refused.${clean.problem}`);
    draft.costs = clean.costs;
    return undefined;
  },
};
