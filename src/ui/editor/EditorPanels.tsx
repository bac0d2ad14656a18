// The editor's side panel: properties, fire register, site & floors as tabs; plus the toolbar,
// tool options and shortcut help laid over the stage.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FireRegister } from './FireRegister.tsx';
import { Inspector } from './Inspector.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { SitePanel } from './SitePanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { ToolOptions } from './ToolOptions.tsx';
import './editor.css';

type Tab = 'inspector' | 'fire' | 'site';

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
  return (
    <aside className="editor-side">
      <nav>
        {(['inspector', 'fire', 'site'] as const).map((id) => (
          <button key={id} type="button" className={tab === id ? 'active' : ''} data-panel={id} onClick={() => setTab(id)}>
            {t(`editor.panels.${id}`)}
          </button>
        ))}
      </nav>
      {tab === 'inspector' && <Inspector />}
      {tab === 'fire' && <FireRegister />}
      {tab === 'site' && <SitePanel />}
    </aside>
  );
}
