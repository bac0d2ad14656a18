// The dynamic input beside the pointer while a segment is drawn: the live length and angle of
// the segment (a rectangle's width × depth), what has been typed for the next point, what the
// point snapped to, and a one-line hint. Reads the tool controller's state; the keys themselves go
// to the tool (typedInput.ts). Rendered into <body> so it follows the pointer in screen space.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useTools } from '../../editor/EditorContext.tsx';
import { segmentReading } from '../../editor/tools/typedInput.ts';
import './DynamicInput.css';
import './dynamicInputMessages.ts';
import { snapName } from './drawingSnapMessages.ts';

/** Offset (px) of the box from the pointer. */
const OFFSET_X = 18;
const OFFSET_Y = 22;

/** Where the pointer last was, in client pixels (shared by every mount; null until it moves). */
let lastPointer: { x: number; y: number } | null = null;

function place(el: HTMLElement | null): void {
  if (!el) return;
  if (!lastPointer) {
    el.style.visibility = 'hidden';
    return;
  }
  const { x: px, y: py } = lastPointer;
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  // keep it on screen: flip to the pointer's other side near the right or bottom edge
  const x = px + OFFSET_X + w > window.innerWidth - 4 ? px - OFFSET_X - w : px + OFFSET_X;
  const y = py + OFFSET_Y + h > window.innerHeight - 4 ? py - OFFSET_Y - h : py + OFFSET_Y;
  el.style.transform = `translate(${Math.max(0, x)}px, ${Math.max(0, y)}px)`;
  el.style.visibility = 'visible';
}

const metres = (v: number): string => v.toFixed(2);
function degrees(v: number): string {
  const d = Number(v.toFixed(1));
  return String(d >= 360 ? 0 : d);
}

export function DynamicInput() {
  const { t } = useTranslation();
  const typed = useTools((s) => s.typed);
  const rejected = useTools((s) => s.typedRejected);
  const dimension = useTools((s) => s.preview?.dimension ?? null);
  const snap = useTools((s) => s.snap);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onMove = (e: PointerEvent) => {
      lastPointer = { x: e.clientX, y: e.clientY };
      place(box.current);
    };
    window.addEventListener('pointermove', onMove, { passive: true });
    return () => window.removeEventListener('pointermove', onMove);
  }, []);
  useLayoutEffect(() => place(box.current));

  if (!dimension && typed === null) return null;
  const size = !!dimension?.rectangle;
  const reading = dimension ? segmentReading(dimension.from, dimension.to) : null;
  const caret = <i className="caret" aria-hidden />;
  let fields;
  if (size) {
    const w = dimension ? Math.abs(dimension.to[0] - dimension.from[0]) : 0;
    const d = dimension ? Math.abs(dimension.to[1] - dimension.from[1]) : 0;
    fields = (
      <span className={typed !== null ? 'field typing' : 'field'} data-field="size">
        <small>{t('editor.dynamicInput.size')}</small>
        {typed !== null ? <>{typed}{caret}</> : `${metres(w)} × ${metres(d)} m`}
      </span>
    );
  } else {
    const [lengthPart, anglePart] = typed === null ? [null, undefined] : typed.split('<');
    const typingAngle = anglePart !== undefined;
    fields = (
      <>
        <span className={lengthPart !== null && !typingAngle ? 'field typing' : 'field'} data-field="length">
          <small>{t('editor.dynamicInput.length')}</small>
          {lengthPart !== null ? <>{lengthPart}{typingAngle ? ' m' : caret}</> : `${metres(reading?.length ?? 0)} m`}
        </span>
        <span className={typingAngle ? 'field typing' : 'field'} data-field="angle">
          <small>{t('editor.dynamicInput.angle')}</small>
          {typingAngle ? <>{anglePart}{caret}</> : `${degrees(reading?.angle ?? 0)}°`}
        </span>
      </>
    );
  }
  const snapped = snapName(t, snap);
  const axis = snap?.guide ? t(`editor.dynamicInput.axis.${snap.guide.axis}`) : null;
  const snapText = [snapped, axis].filter(Boolean).join(' · ');
  const mode = size ? 'Size' : 'Polar';
  const hint = rejected ? t('editor.dynamicInput.rejected') : typed !== null ? t(`editor.dynamicInput.hint${mode}`) : t(`editor.dynamicInput.short${mode}`);
  return createPortal(
    <div ref={box} className={rejected ? 'dynamic-input rejected' : 'dynamic-input'} data-testid="dynamic-input" role="status" aria-live="polite">
      <div className="fields">{fields}</div>
      {snapText && <div className="snapped" data-testid="dynamic-input-snap">{snapText}</div>}
      <div className="hint">{hint}</div>
    </div>,
    document.body,
  );
}
