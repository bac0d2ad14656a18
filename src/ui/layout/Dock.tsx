// A docked column beside the canvas: folds to a narrow strip, resizes by dragging its inner edge
// (double-click puts the default width back); width and fold are remembered per user.
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LAYOUT, type DockSide } from './dockLayout.ts';
import { layoutStore, useDockLayout } from './useDockLayout.ts';
import './layoutMessages.ts';
import './layout.css';

function ResizeHandle({ side }: { side: DockSide }) {
  const { t } = useTranslation();
  const start = useRef<{ x: number; width: number } | null>(null);
  return (
    <div
      className={`dock-resize dock-resize--${side}`}
      role="separator"
      aria-orientation="vertical"
      title={t('layout.resize')}
      data-testid={`dock-resize-${side}`}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { x: e.clientX, width: layoutStore.getState().layout[side].width };
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        const s = start.current;
        if (!s) return;
        const dx = e.clientX - s.x;
        layoutStore.getState().setWidth(side, side === 'left' ? s.width + dx : s.width - dx);
      }}
      onPointerUp={(e) => {
        start.current = null;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
      onDoubleClick={() => layoutStore.getState().setWidth(side, DEFAULT_LAYOUT[side].width)}
    />
  );
}

/**
 * `strip`: what the folded dock still shows (buttons that unfold it); `header`: the row above the
 * content (tabs), which carries the fold button.
 */
export function Dock({ side, label, strip, header, children }: { side: DockSide; label: string; strip: ReactNode; header?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const state = useDockLayout((s) => s.layout[side]);
  const fold = (
    <button type="button" className="dock-fold" data-testid={`dock-fold-${side}`} title={t('layout.fold')} aria-expanded onClick={() => layoutStore.getState().setOpen(side, false)}>
      {side === 'left' ? '‹' : '›'}
    </button>
  );
  if (!state.open) {
    return (
      <aside className={`dock dock--${side} dock--folded`} data-testid={`dock-${side}`} aria-label={label}>
        <button type="button" className="dock-fold" data-testid={`dock-unfold-${side}`} title={t('layout.unfold')} aria-expanded={false} onClick={() => layoutStore.getState().setOpen(side, true)}>
          {side === 'left' ? '›' : '‹'}
        </button>
        {strip}
      </aside>
    );
  }
  return (
    <aside className={`dock dock--${side}`} data-testid={`dock-${side}`} aria-label={label} style={{ width: state.width }}>
      <div className="dock-head">
        {side === 'right' && fold}
        <div className="dock-head-main">{header}</div>
        {side === 'left' && fold}
      </div>
      <div className="dock-body">{children}</div>
      <ResizeHandle side={side} />
    </aside>
  );
}
