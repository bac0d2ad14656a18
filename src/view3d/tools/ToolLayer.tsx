// The editor's layer in the scene: the open floor's underlay (and a conversion of it being
// previewed), tool input and tool previews.
import { ConversionPreview } from './ConversionPreview.tsx';
import { LayoutPreview } from './LayoutPreview.tsx';
import { ToolInput } from './ToolInput.tsx';
import { ToolPreview } from './ToolPreview.tsx';
import { UnderlayView } from './UnderlayView.tsx';

export function ToolLayer() {
  return (
    <>
      <UnderlayView />
      <ConversionPreview />
      <LayoutPreview />
      <ToolInput />
      <ToolPreview />
    </>
  );
}
