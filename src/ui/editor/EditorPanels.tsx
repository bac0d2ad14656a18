// What the editor lays over the canvas: the toolbar, the tool options and the shortcut help.
// (Its panels — properties, fire register, site, underlay — are tabs of the right dock.)
import { DynamicInput } from './DynamicInput.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { Toolbar } from './Toolbar.tsx';
import { ToolOptions } from './ToolOptions.tsx';
import './editor.css';

export function EditorOverlay() {
  return (
    <div className="editor-overlay">
      <Toolbar />
      <ToolOptions />
      <ShortcutHelp />
      <DynamicInput />
    </div>
  );
}
