// The editor's side panel (a grid column right of the stage, so it never hides the plan or its
// legend): properties, fire register, site & floors, underlay as tabs; plus the toolbar, tool
// options and shortcut help laid over the stage.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FireRegister } from './FireRegister.tsx';
import { Inspector } from './Inspector.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { SitePanel } from './SitePanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { ToolOptions } from './ToolOptions.tsx';
import { UnderlayPanel } from './UnderlayPanel.tsx';
import './editor.css';

type Tab = 'inspector' | 'fire' | 'site' | 'underlay';
/** Windows at least this wide (px) open with the side panel unfolded. */
const WIDE_WINDOW = 1280;

export function EditorOverlay() {
  return (
    <div className="editor-overlay">
      <Toolbar />
      <ToolOptions />
      <ShortcutHelp />
    </div>
  );
}

export function EditorSidePanel() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('inspector');
  // a narrow window keeps the stage for the plan: the panel starts folded to a strip
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= WIDE_WINDOW);
  if (!open) {
    return (
      <aside className="editor-side collapsed">
        <button type="button" className="fold" data-testid="editor-side-toggle" title={t('editor.panels.show')} aria-expanded={false} onClick={() => setOpen(true)}>‹</button>
      </aside>
    );
  }
  return (
    <aside className="editor-side">
      <nav>
        <button type="button" className="fold" data-testid="editor-side-toggle" title={t('editor.panels.hide')} aria-expanded onClick={() => setOpen(false)}>›</button>
        {(['inspector', 'fire', 'site', 'underlay'] as const).map((id) => (
          <button key={id} type="button" className={tab === id ? 'active' : ''} data-panel={id} onClick={() => setTab(id)}>
            {t(`editor.panels.${id}`)}
          </button>
        ))}
      </nav>
      {tab === 'inspector' && <Inspector />}
      {tab === 'fire' && <FireRegister />}
      {tab === 'site' && <SitePanel />}
      {tab === 'underlay' && <UnderlayPanel />}
    </aside>
  );
}
