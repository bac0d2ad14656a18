// The editor's layer in the scene: the open floor's underlay, tool input and tool previews.
import { ToolInput } from './ToolInput.tsx';
import { ToolPreview } from './ToolPreview.tsx';
import { UnderlayView } from './UnderlayView.tsx';

export function ToolLayer() {
  return (
    <>
      <UnderlayView />
      <ToolInput />
      <ToolPreview />
    </>
  );
}
