// Properties of the selection, edited in place. Every edit is one validated command: a bad value
// (negative width, self-crossing zone…) is refused with a message and nothing changes.
// With several elements selected, the fields they share are shown and set on all of them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editElements } from '../../floorplan/commands/editElements.ts';
import { elementsWithIds } from '../../floorplan/commands/floorElements.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { Point } from '../../floorplan/types.ts';
import { editorStore } from '../../editor/store.ts';
import { useEditor } from '../../editor/useEditor.ts';
import { NumberField, TextField } from './fields.tsx';
import './editorMessages.ts';

type Value = unknown;

function edit(floorId: string, ids: string[], props: Record<string, unknown>): void {
  editorStore.getState().execute(editElements, { floorId, ids, props });
}

function PolygonField({ label, polygon, onApply }: { label: string; polygon: Point[]; onApply(p: Point[]): void }) {
  const [text, setText] = useState(polygon.map((p) => p.join(', ')).join('\n'));
  const { t } = useTranslation();
  return (
    <label className="field polygon">
      <span>{label}</span>
      <textarea rows={Math.min(polygon.length, 8)} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" onClick={() => onApply(text.split('\n').filter((l) => l.trim()).map((l) => l.split(',').map(Number) as Point))}>
        {t('editor.inspector.apply')}
      </button>
    </label>
  );
}

export function Inspector() {
  const { t } = useTranslation();
  const plan = useEditor((s) => s.plan);
  const floorId = useEditor((s) => s.session.floorId);
  const selection = useEditor((s) => s.session.selection);
  const floor = floorId ? findFloor(plan, floorId)?.floor : undefined;
  if (!floor || !floorId) return null;
  const found = [...elementsWithIds(floor, new Set(selection)).values()];
  if (found.length === 0) return <section className="inspector" data-testid="inspector"><h3>{t('editor.inspector.title')}</h3><p className="muted">{t('editor.inspector.nothing')}</p></section>;
  const ids = found.map((f) => f.element.id);
  const records = found.map((f) => f.element as unknown as Record<string, Value>);
  // fields every selected element has, except identity and geometry
  const keys = Object.keys(records[0]!).filter((k) => !['id', 'at', 'a', 'b', 'polygon', 'wall'].includes(k) && records.every((r) => k in r));
  const common = (k: string): Value => (records.every((r) => JSON.stringify(r[k]) === JSON.stringify(records[0]![k])) ? records[0]![k] : undefined);
  const single = found.length === 1 ? found[0]! : null;
  const label = (k: string): string => t(`editor.fields.${k}`, { defaultValue: k });
  return (
    <section className="inspector" data-testid="inspector">
      <h3>{t('editor.inspector.title')}</h3>
      <p className="muted">{single ? `${t(`editor.collections.${single.collection}`, { defaultValue: single.collection })} · ${single.element.id}` : t('editor.inspector.many', { count: found.length })}</p>
      {keys.map((k) => {
        const v = common(k);
        if (k === 'size') {
          const size = (v as [number, number] | undefined) ?? [Number.NaN, Number.NaN];
          return (
            <div key={k} className="pair">
              <NumberField name="size-w" label={t('editor.options.width')} value={Number.isNaN(size[0]) ? null : size[0]} onChange={(w) => edit(floorId, ids, { size: [w, (records[0]!['size'] as number[])[1]] })} />
              <NumberField name="size-d" label={t('editor.options.depth')} value={Number.isNaN(size[1]) ? null : size[1]} onChange={(d) => edit(floorId, ids, { size: [(records[0]!['size'] as number[])[0], d] })} />
            </div>
          );
        }
        if (typeof records[0]![k] === 'number') return <NumberField key={`${k}${ids.join()}`} name={k} label={label(k)} value={typeof v === 'number' ? v : null} onChange={(n) => edit(floorId, ids, { [k]: n })} />;
        if (typeof records[0]![k] === 'string') return <TextField key={`${k}${ids.join()}`} name={k} label={label(k)} value={typeof v === 'string' ? v : ''} onChange={(s) => edit(floorId, ids, { [k]: s })} />;
        return null;
      })}
      {single && 'polygon' in single.element && (
        <PolygonField key={single.element.id} label={t('editor.inspector.polygon')} polygon={single.element.polygon} onApply={(polygon) => edit(floorId, ids, { polygon })} />
      )}
    </section>
  );
}
