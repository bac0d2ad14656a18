// The right dock: one column of tabs — checks, properties, fire register, site and floors,
// underlay, proposals, projects. Folded, the tabs stay as a strip of vertical buttons.
import { useCollabState } from '../../editor/collab/CollabContext.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecksState } from '../../editor/EditorContext.tsx';
import { FireRegister } from '../editor/FireRegister.tsx';
import { Inspector } from '../editor/Inspector.tsx';
import { SitePanel } from '../editor/SitePanel.tsx';
import { ConvertDrawingPanel } from '../editor/ConvertDrawingPanel.tsx';
import { DemandPanel } from '../demand/DemandPanel.tsx';
import { ParkPanel } from '../economics/ParkPanel.tsx';
import { AutoLayoutPanel } from '../layout-tool/AutoLayoutPanel.tsx';
import { UnderlayPanel } from '../editor/UnderlayPanel.tsx';
import { ProjectsPanel, RevisionsPanel } from '../projects/index.ts';
import { ProposalsPanel } from '../proposals/index.ts';
import { RulePanel } from '../rules/RulePanel.tsx';
import { RIGHT_TABS, type RightTab } from './dockLayout.ts';
import { Dock } from './Dock.tsx';
import { layoutStore, useDockLayout } from './useDockLayout.ts';

/** Test ids the earlier header toggles had, kept on the tabs that replaced them. */
const TAB_TEST_IDS: Partial<Record<RightTab, string>> = { projects: 'toggle-projects', proposals: 'toggle-proposals' };

function TabButtons({ vertical }: { vertical: boolean }) {
  const { t } = useTranslation();
  const { tab: current, open } = useDockLayout((s) => s.layout.right);
  // the checks tab tells how many findings fail, so a folded or hidden panel still warns
  const failing = useChecksState((s) => s.result?.summary.fail ?? 0);
  return (
    <div className={vertical ? 'dock-tabs dock-tabs--vertical' : 'dock-tabs'} role="tablist" aria-label={t('layout.panels')}>
      {RIGHT_TABS.map((tab) => {
        const active = open && tab === current;
        return (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={active}
            className={active ? 'active' : ''}
            data-panel={tab}
            data-testid={TAB_TEST_IDS[tab] ?? `tab-${tab}`}
            title={t(`layout.tabTitles.${tab}`)}
            onClick={() => layoutStore.getState().pickTab(tab)}
          >
            {t(`layout.tabs.${tab}`)}
            {tab === 'checks' && failing > 0 && (
              <span className="dock-tab-badge" data-testid="checks-failing" title={t('layout.failing', { count: failing })}>
                {failing}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}

/**
 * A viewer's share link edits nothing: the panels whose every field is an edit are shown with
 * their fields disabled (the store refuses the edits anyway; this says so before a change is typed).
 */
function EditsAllowed({ children }: { children: ReactNode }): ReactNode {
  const viewOnly = useCollabState((s) => s.role === 'viewer') === true;
  if (!viewOnly) return children;
  return (
    <fieldset disabled className="view-only-panel" data-testid="view-only-panel">
      {children}
    </fieldset>
  );
}

function TabContent({ tab }: { tab: RightTab }): ReactNode {
  switch (tab) {
    case 'checks':
      return <RulePanel />;
    case 'properties':
      return (
        <EditsAllowed>
          <Inspector />
        </EditsAllowed>
      );
    case 'fire':
      return <FireRegister />;
    case 'site':
      return (
        <EditsAllowed>
          <SitePanel />
        </EditsAllowed>
      );
    case 'underlay':
      return (
        <>
          <UnderlayPanel />
          <ConvertDrawingPanel />
        </>
      );
    case 'proposals':
      return (
        <div className="side-panel" data-testid="side-panel">
          <ProposalsPanel />
        </div>
      );
    case 'projects':
      return (
        <div className="side-panel" data-testid="side-panel">
          <ProjectsPanel />
          <RevisionsPanel />
        </div>
      );
    case 'demand':
      return <DemandPanel />;
    case 'park':
      return (
        <div className="side-panel" data-testid="side-panel">
          <ParkPanel />
        </div>
      );
    case 'layout':
      return <AutoLayoutPanel />;
  }
}

export function RightDock() {
  const { t } = useTranslation();
  const tab = useDockLayout((s) => s.layout.right.tab);
  return (
    <Dock side="right" label={t('layout.panels')} strip={<TabButtons vertical />} header={<TabButtons vertical={false} />}>
      <div className={`dock-panel dock-panel--${tab}`} role="tabpanel">
        <TabContent tab={tab} />
      </div>
    </Dock>
  );
}
