// Whether the open floor shows a DXF underlay (the "snap to drawing" option is offered then).
import { useEditorState } from '../../editor/EditorContext.tsx';
import { findFloor } from '../../floorplan/queries/lookup.ts';

export function useOpenFloorHasDrawing(): boolean {
  return useEditorState((s) => {
    if (s.session.level !== 'floor' || !s.session.floorId) return false;
    const underlay = findFloor(s.plan, s.session.floorId)?.floor.underlay;
    return underlay?.kind === 'dxf' && underlay.visible;
  });
}
