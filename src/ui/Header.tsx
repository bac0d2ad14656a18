// Top bar: project name, where you are, seat count of the shown level, camera toggle,
// language switch, undo/redo.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore } from '../editor/EditorContext.tsx';
import { findBuilding, findFloor } from '../floorplan/queries/lookup.ts';
import type { Locale } from '../floorplan/types.ts';
import { browserStorage, rememberUiLocale } from '../i18n/uiLocale.ts';
import { buildingSeatCount, siteSeatCount } from './seatCounts.ts';

function useShownSeats(): number {
  return useEditorState((s) => {
    const { level, buildingId, floorId } = s.session;
    if (level === 'floor' && floorId) return findFloor(s.plan, floorId)?.floor.workstations.length ?? 0;
    if (level === 'building' && buildingId) {
      const b = findBuilding(s.plan, buildingId);
      return b ? buildingSeatCount(b) : 0;
    }
    return siteSeatCount(s.plan);
  });
}

function Breadcrumbs() {
  const { t } = useTranslation();
  const plan = useEditorState((s) => s.plan);
  const { level, buildingId, floorId } = useEditorState((s) => s.session);
  const building = buildingId ? findBuilding(plan, buildingId) : undefined;
  const floor = level === 'floor' && floorId ? findFloor(plan, floorId)?.floor : undefined;
  const store = useEditorStore().getState();
  return (
    <nav className="crumbs" aria-label={t('nav.title')}>
      <button type="button" className={level === 'park' ? 'current' : ''} onClick={() => store.openPark()}>
        {t('header.site')}
      </button>
      {building && (
        <>
          <span aria-hidden>›</span>
          <button type="button" className={level === 'building' ? 'current' : ''} onClick={() => store.openBuilding(building.id)}>
            {building.name}
          </button>
        </>
      )}
      {floor && (
        <>
          <span aria-hidden>›</span>
          <button type="button" className="current">
            {floor.name}
          </button>
        </>
      )}
    </nav>
  );
}

function UndoRedo() {
  const { t } = useTranslation();
  const editorStore = useEditorStore();
  const lastUndo = useEditorState((s) => s.history.undo.at(-1)?.labelKey);
  const lastRedo = useEditorState((s) => s.history.redo.at(-1)?.labelKey);
  return (
    <div className="group" role="group">
      <button
        type="button"
        data-testid="undo"
        disabled={!lastUndo}
        title={lastUndo ? t('header.undoWhat', { what: t(lastUndo) }) : t('header.nothingToUndo')}
        aria-label={t('header.undo')}
        onClick={() => editorStore.getState().undo()}
      >
        ↶ {t('header.undo')}
      </button>
      <button
        type="button"
        data-testid="redo"
        disabled={!lastRedo}
        title={lastRedo ? t('header.redoWhat', { what: t(lastRedo) }) : t('header.nothingToRedo')}
        aria-label={t('header.redo')}
        onClick={() => editorStore.getState().redo()}
      >
        ↷ {t('header.redo')}
      </button>
    </div>
  );
}

const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'EN' };

/** `actions`: controls the composition root adds (save status, projects, export, checks). */
export function Header({ actions }: { actions?: ReactNode } = {}) {
  const { t } = useTranslation();
  const name = useEditorState((s) => s.plan.name);
  const camera = useEditorState((s) => s.session.camera);
  const locale = useEditorState((s) => s.session.locale);
  const seats = useShownSeats();
  const store = useEditorStore().getState();
  return (
    <header className="header">
      <h1 className="project" title={t('app.title')}>
        {name || t('app.title')}
      </h1>
      <Breadcrumbs />
      <div className="seats" data-testid="seats">
        <span className="seats-label" data-testid="seat-label">
          {t('header.seats')}
        </span>
        <span className="seats-value" data-testid="seat-count">
          {seats.toLocaleString(locale)}
        </span>
      </div>
      <div className="spacer" />
      {actions}
      <div className="group" role="group" aria-label={t('header.camera')}>
        {(['plan', '3d'] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            data-testid={`camera-${mode}`}
            aria-pressed={camera === mode}
            className={camera === mode ? 'active' : ''}
            onClick={() => store.setCamera(mode)}
          >
            {mode === 'plan' ? t('header.plan') : t('header.view3d')}
          </button>
        ))}
      </div>
      <div className="group" role="group" aria-label={t('header.language')}>
        {(['zh-CN', 'en'] as const).map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            data-testid={`locale-${l}`}
            aria-pressed={locale === l}
            className={locale === l ? 'active' : ''}
            onClick={() => {
              store.setLocale(l);
              rememberUiLocale(l, browserStorage());
            }}
          >
            {LOCALE_NAMES[l]}
          </button>
        ))}
      </div>
      <UndoRedo />
    </header>
  );
}
