// The edits the load benchmark and the server battery make, as plain data: each is one of the
// editor's commands with its arguments, so a client runs it through the plan → patches →
// documents path and a test's model runs the very same command on its own plan. The benchmark
// makes the same changes by index instead (`directRecipe`): a command finds its records through
// immer drafts of the whole floor (about 8 ms a desk move on the sample park here), which is the
// editor's cost, not the server's, and twenty users in one process could not afford it.
import { produce } from 'immer';
import { addWorkstations } from '../../src/floorplan/commands/addWorkstations.ts';
import type { Command } from '../../src/floorplan/commands/command.ts';
import { deleteElements } from '../../src/floorplan/commands/deleteElements.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { setBuildingProps } from '../../src/floorplan/commands/setBuildingProps.ts';
import { setElementProps } from '../../src/floorplan/commands/setElementProps.ts';
import type { Floor, PlanDocument, Role, Workstation, Zone } from '../../src/floorplan/types.ts';
import type { PlanClient } from './planClient.ts';

export type PlanEdit =
  | { readonly kind: 'move'; readonly floorId: string; readonly id: string; readonly dx: number; readonly dy: number }
  | { readonly kind: 'rotate'; readonly floorId: string; readonly id: string; readonly rotation: number }
  | { readonly kind: 'role'; readonly floorId: string; readonly id: string; readonly role: Role }
  | { readonly kind: 'addDesk'; readonly floorId: string; readonly desk: Workstation }
  | { readonly kind: 'deleteDesk'; readonly floorId: string; readonly id: string }
  | { readonly kind: 'renameZone'; readonly floorId: string; readonly id: string; readonly name: string }
  | { readonly kind: 'renameBuilding'; readonly buildingId: string; readonly name: string };

interface Invocation<Args> {
  readonly command: Command<Args>;
  readonly args: Args;
}

function invocation(edit: PlanEdit): Invocation<unknown> {
  const of = <Args>(command: Command<Args>, args: Args) => ({ command, args }) as Invocation<unknown>;
  switch (edit.kind) {
    case 'move':
      return of(moveElements, { floorId: edit.floorId, ids: [edit.id], dx: edit.dx, dy: edit.dy });
    case 'rotate':
      return of(setElementProps, { floorId: edit.floorId, id: edit.id, props: { rotation: edit.rotation } });
    case 'role':
      return of(setElementProps, { floorId: edit.floorId, id: edit.id, props: { role: edit.role } });
    case 'addDesk':
      return of(addWorkstations, { floorId: edit.floorId, workstations: [edit.desk] });
    case 'deleteDesk':
      return of(deleteElements, { floorId: edit.floorId, ids: [edit.id] });
    case 'renameZone':
      return of(setElementProps, { floorId: edit.floorId, id: edit.id, props: { name: edit.name } });
    case 'renameBuilding':
      return of(setBuildingProps, { buildingId: edit.buildingId, props: { name: edit.name } });
  }
}

/** The edit as a recipe for the plan, through the editor's command (refused: changes nothing). */
export function commandRecipe(edit: PlanEdit): (draft: PlanDocument) => void {
  const { command, args } = invocation(edit);
  return (draft) => {
    command.apply(draft, args);
  };
}

/** The same change written straight at the record's index in `plan` (which the draft will be of). */
export function directRecipe(plan: PlanDocument, edit: PlanEdit): (draft: PlanDocument) => void {
  if (edit.kind === 'renameBuilding') {
    const b = plan.site.buildings.findIndex((building) => building.id === edit.buildingId);
    return (draft) => {
      draft.site.buildings[b]!.name = edit.name;
    };
  }
  let b = -1;
  let f = -1;
  plan.site.buildings.forEach((building, i) => {
    const j = building.floors.findIndex((floor) => floor.id === edit.floorId);
    if (j >= 0) [b, f] = [i, j];
  });
  if (b < 0) throw new Error(`no floor ${edit.floorId}`);
  const floor = plan.site.buildings[b]!.floors[f]!;
  const at = (draft: PlanDocument) => draft.site.buildings[b]!.floors[f]!;
  if (edit.kind === 'addDesk') {
    return (draft) => {
      at(draft).workstations.push(structuredClone(edit.desk));
    };
  }
  if (edit.kind === 'renameZone') {
    const z = floor.zones.findIndex((zone) => zone.id === edit.id);
    return (draft) => {
      at(draft).zones[z]!.name = edit.name;
    };
  }
  const d = floor.workstations.findIndex((desk) => desk.id === edit.id);
  if (d < 0) throw new Error(`no desk ${edit.id} on ${edit.floorId}`);
  return (draft) => {
    const desks = at(draft).workstations;
    switch (edit.kind) {
      case 'move': {
        const desk = floor.workstations[d]!;
        desks[d]!.at = [desk.at[0] + edit.dx, desk.at[1] + edit.dy];
        return;
      }
      case 'rotate':
        desks[d]!.rotation = edit.rotation;
        return;
      case 'role':
        desks[d]!.role = edit.role;
        return;
      case 'deleteDesk':
        desks.splice(d, 1);
        return;
    }
  };
}

/** Runs the edit on a client (through applyPatchesToDocs); false when it changed nothing. */
export function runEdit(client: PlanClient, edit: PlanEdit, options: { direct?: boolean; also?: Parameters<PlanClient['edit']>[1] } = {}): boolean {
  return client.edit(options.direct ? directRecipe(client.plan, edit) : commandRecipe(edit), options.also);
}

/** The plan after the edit (a model's copy); the same plan when the command refused it. */
export function applyEdit(plan: PlanDocument, edit: PlanEdit): PlanDocument {
  const { command, args } = invocation(edit);
  return produce(plan, (draft) => {
    command.apply(draft as PlanDocument, args);
  });
}

export function floorOf(plan: PlanDocument, floorId: string): Floor | undefined {
  for (const building of plan.site.buildings) {
    const floor = building.floors.find((f) => f.id === floorId);
    if (floor) return floor;
  }
  return undefined;
}

/** What the edit's record holds in `plan` afterwards: the desk or zone (null: gone), or the building's name. */
export function effectOf(plan: PlanDocument, edit: PlanEdit): { key: string; value: unknown } {
  if (edit.kind === 'renameBuilding') {
    return { key: `building ${edit.buildingId} name`, value: plan.site.buildings.find((b) => b.id === edit.buildingId)?.name ?? null };
  }
  const floor = floorOf(plan, edit.floorId);
  const id = edit.kind === 'addDesk' ? edit.desk.id : edit.id;
  const list: readonly (Workstation | Zone)[] = edit.kind === 'renameZone' ? (floor?.zones ?? []) : (floor?.workstations ?? []);
  return { key: `${edit.floorId}/${id}`, value: list.find((record) => record.id === id) ?? null };
}
