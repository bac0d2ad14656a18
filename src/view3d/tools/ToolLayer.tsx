// The editor's layer in the scene: tool input and tool previews.
import { ToolInput } from './ToolInput.tsx';
import { ToolPreview } from './ToolPreview.tsx';

export function ToolLayer() {
  return (
    <>
      <ToolInput />
      <ToolPreview />
    </>
  );
}
