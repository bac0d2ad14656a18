// Merge fields into one floor element. The caller validates the values (the inspector knows
// each field's type); the command only refuses what would break identity.
import { refuse, type Command } from './command.ts';
import { elementsWithIds, floorById } from './floorElements.ts';

export interface SetElementPropsArgs {
  floorId: string;
  id: string;
  props: Record<string, unknown>;
}

export const setElementProps: Command<SetElementPropsArgs> = {
  type: 'elements/set-props',
  labelKey: 'commands.setProps',
  apply(draft, { floorId, id, props }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const found = elementsWithIds(floor, new Set([id])).get(id);
    if (!found) return refuse('commands.refused.notFound', [id]);
    if ('id' in props && props['id'] !== id) return refuse('commands.refused.idChange', [id]);
    Object.assign(found.element, props);
    return undefined;
  },
};
