// Fire equipment register: the building's (or open floor's) extinguishers, detectors and
// sprinklers with place, rating and last inspection; overdue rows flagged; "mark inspected
// today" for one or many rows as one undoable command; a click on a row opens its floor, selects
// the device and frames it (session.focus).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markInspected } from '../../floorplan/commands/markInspected.ts';
import { findBuilding } from '../../floorplan/queries/lookup.ts';
import { editorStore } from '../../editor/store.ts';
import { useEditor } from '../../editor/useEditor.ts';
import { fireRows, todayIso } from './fireRegister.ts';

/** Metres shown around a device framed from the register. */
const FOCUS_MARGIN = 6;

export function FireRegister() {
  const { t } = useTranslation();
  const plan = useEditor((s) => s.plan);
  const buildingId = useEditor((s) => s.session.buildingId);
  const floorId = useEditor((s) => s.session.floorId);
  const selection = useEditor((s) => s.session.selection);
  const [checked, setChecked] = useState<string[]>([]);
  const today = todayIso();
  const building = buildingId ? findBuilding(plan, buildingId) : undefined;
  const rows = useMemo(() => (building ? fireRows(building, floorId, today) : []), [building, floorId, today]);
  if (!building) return null;
  const mark = (ids: string[]) => ids.length && editorStore.getState().execute(markInspected, { ids, date: today });
  const open = (floor: string, id: string, at: readonly [number, number]) => {
    const s = editorStore.getState();
    if (s.session.level !== 'floor' || s.session.floorId !== floor) s.openFloor(floor);
    const box = { minX: at[0] - FOCUS_MARGIN, minY: at[1] - FOCUS_MARGIN, maxX: at[0] + FOCUS_MARGIN, maxY: at[1] + FOCUS_MARGIN };
    // a nonce above the last request's makes a repeated click refit the camera
    editorStore.setState((state) => ({ session: { ...state.session, selection: [id], focus: { floorId: floor, box, nonce: (state.session.focus?.nonce ?? 0) + 1 } } }));
  };
  return (
    <section className="fire-register" data-testid="fire-register">
      <h3>{t('editor.fire.title')}</h3>
      <p className="muted">{t('editor.fire.count', { count: rows.length, overdue: rows.filter((r) => r.overdue).length })}</p>
      <button type="button" disabled={checked.length === 0} onClick={() => { mark(checked); setChecked([]); }}>{t('editor.fire.markSelected')}</button>
      <table>
        <thead>
          <tr><th /><th>{t('editor.fire.kind')}</th><th>{t('editor.fire.floor')}</th><th>{t('editor.fire.place')}</th><th>{t('editor.fire.rating')}</th><th>{t('editor.fire.lastInspected')}</th><th /></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={`${r.overdue ? 'overdue' : ''}${selection.includes(r.id) ? ' selected' : ''}`} onClick={() => open(r.floorId, r.id, r.at)} data-id={r.id}>
              <td onClick={(e) => e.stopPropagation()}>
                <input type="checkbox" checked={checked.includes(r.id)} onChange={(e) => setChecked(e.target.checked ? [...checked, r.id] : checked.filter((id) => id !== r.id))} />
              </td>
              <td>{t(`editor.fire.kinds.${r.kind}`)}</td>
              <td>{r.floorName}</td>
              <td>{r.zoneName ?? `${r.at[0].toFixed(1)}, ${r.at[1].toFixed(1)}`}</td>
              <td>{r.rating ?? ''}</td>
              <td>{r.lastInspected ?? t('editor.fire.never')}{r.overdue && <span className="badge">{t('editor.fire.overdue')}</span>}</td>
              <td onClick={(e) => e.stopPropagation()}><button type="button" onClick={() => mark([r.id])}>{t('editor.fire.markToday')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
