// Clicking a finding: open its floor (or building), select its elements and ask the camera to
// frame them (session.focus, read by the scene).
import type { EditorStore } from '../../editor/store.ts';
import { findingBox } from '../../editor/findingPlace.ts';
import { findBuilding, findFloor } from '../../floorplan/queries/lookup.ts';
import type { Finding } from '../../rules/types.ts';

let nonce = 0;

export function focusFinding(editor: EditorStore, finding: Finding): void {
  const store = editor.getState();
  const { floorId, buildingId, elementIds } = finding.where;
  const ref = floorId ? findFloor(store.plan, floorId) : undefined;
  if (ref) {
    if (store.session.level !== 'floor' || store.session.floorId !== ref.floor.id) store.openFloor(ref.floor.id);
    const focus = { floorId: ref.floor.id, box: findingBox(ref.floor, finding), nonce: ++nonce };
    editor.setState((s) => ({ session: { ...s.session, selection: [...elementIds], focus } }));
    return;
  }
  if (buildingId && findBuilding(store.plan, buildingId) && (store.session.level === 'park' || store.session.buildingId !== buildingId)) {
    store.openBuilding(buildingId);
  }
  editor.getState().select([...elementIds]);
}
