// Show or hide layers of a DXF underlay: the names go into or out of `underlay.hiddenLayers`
// (kept in the order they were hidden; the field is removed when every layer is shown, so showing
// again what was hidden gives back the document as it was). One undoable step per call: one
// checkbox, or "show all" / "hide all" with every name at once.
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface SetUnderlayLayersArgs {
  floorId: string;
  /** layer names as the DXF spells them */
  layers: readonly string[];
  visible: boolean;
}

export const setUnderlayLayers: Command<SetUnderlayLayersArgs> = {
  type: 'floor/set-underlay-layers',
  labelKey: 'commands.setUnderlayLayers',
  apply(draft, { floorId, layers, visible }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const underlay = floor.underlay;
    if (!underlay || underlay.kind !== 'dxf') return refuse('commands.refused.noUnderlay', [floorId]);
    if (!Array.isArray(layers) || !layers.every((l) => typeof l === 'string')) return refuse('commands.refused.badKind', [floorId]);
    const current = underlay.hiddenLayers ?? [];
    if (visible) {
      const show = new Set(layers);
      if (!current.some((l) => show.has(l))) return undefined;
      const next = current.filter((l) => !show.has(l));
      if (next.length === 0) delete underlay.hiddenLayers;
      else underlay.hiddenLayers = next;
      return undefined;
    }
    const hidden = new Set(current);
    const added = [...new Set(layers)].filter((l) => !hidden.has(l));
    if (added.length === 0) return undefined;
    if (underlay.hiddenLayers) underlay.hiddenLayers.push(...added);
    else underlay.hiddenLayers = added;
    return undefined;
  },
};
