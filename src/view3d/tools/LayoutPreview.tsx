// An auto-layout being previewed (editor/layoutPreview.ts): its desks drawn in green over the open
// floor, a hair above it, never picked.
import { useEditorState } from '../../editor/EditorContext.tsx';
import { useLayoutPreview } from '../../editor/layoutPreview.ts';
import { PreviewDesks } from './PreviewDesks.tsx';

const COLOR = '#188038';

export function LayoutPreview() {
  const floorId = useEditorState((s) => (s.session.level === 'floor' ? s.session.floorId : null));
  const preview = useLayoutPreview((s) => s.preview);
  if (!preview || preview.floorId !== floorId || preview.workstations.length === 0) return null;
  return <PreviewDesks desks={preview.workstations} color={COLOR} opacity={0.55} renderOrder={10} />;
}
