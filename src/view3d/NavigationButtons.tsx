// The canvas's zoom buttons (DOM, a small vertical group at its bottom right): zoom in, zoom out,
// zoom to fit and zoom to selection, with tooltips naming their keys. They zoom through the same
// paths as the keys (store.fitView / fitSelection) and the wheel (viewControls.zoomView).
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore } from '../editor/EditorContext.tsx';
import { ACTION_SHORTCUTS } from '../editor/tools/shortcuts.ts';
import './navigationButtons.css';
import './navigationMessages.ts';
import { BUTTON_ZOOM, zoomView } from './viewControls.ts';

const STROKE = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function Glyph({ name }: { name: 'in' | 'out' | 'fit' | 'selection' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {name === 'in' && <path {...STROKE} d="M8 3v10M3 8h10" />}
      {name === 'out' && <path {...STROKE} d="M3 8h10" />}
      {/* four corners: the whole view */}
      {name === 'fit' && <path {...STROKE} d="M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10" />}
      {/* corners round a filled box: the selection */}
      {name === 'selection' && (
        <>
          <path {...STROKE} d="M2.5 5.5v-3h3M10.5 2.5h3v3M13.5 10.5v3h-3M5.5 13.5h-3v-3" />
          <rect x="5.5" y="5.5" width="5" height="5" rx="0.8" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

export function NavigationButtons() {
  const { t } = useTranslation();
  const hasSelection = useEditorState((s) => s.session.selection.length > 0);
  const loaded = useEditorState((s) => s.revision > 0);
  const editorStore = useEditorStore();
  if (!loaded) return null;
  const tip = (label: string, keys: string) => `${label} (${keys})`;
  // the press must not take focus from the canvas (its shortcuts keep working)
  const keepFocus = (e: MouseEvent) => e.preventDefault();
  return (
    <div className="nav-buttons" role="toolbar" aria-orientation="vertical" aria-label={t('viewNav.group')} data-testid="nav-buttons">
      <button type="button" data-nav="zoom-in" title={tip(t('viewNav.zoomIn'), t('viewNav.wheel'))} aria-label={t('viewNav.zoomIn')} onMouseDown={keepFocus} onClick={() => zoomView(BUTTON_ZOOM)}>
        <Glyph name="in" />
      </button>
      <button type="button" data-nav="zoom-out" title={tip(t('viewNav.zoomOut'), t('viewNav.wheel'))} aria-label={t('viewNav.zoomOut')} onMouseDown={keepFocus} onClick={() => zoomView(1 / BUTTON_ZOOM)}>
        <Glyph name="out" />
      </button>
      <button type="button" data-nav="fit" title={tip(t('viewNav.fitView'), ACTION_SHORTCUTS.fitView)} aria-label={t('viewNav.fitView')} onMouseDown={keepFocus} onClick={() => editorStore.getState().fitView()}>
        <Glyph name="fit" />
      </button>
      <button
        type="button"
        data-nav="fit-selection"
        disabled={!hasSelection}
        title={tip(t('viewNav.fitSelection'), ACTION_SHORTCUTS.fitSelection)}
        aria-label={t('viewNav.fitSelection')}
        onMouseDown={keepFocus}
        onClick={() => editorStore.getState().fitSelection()}
      >
        <Glyph name="selection" />
      </button>
    </div>
  );
}
