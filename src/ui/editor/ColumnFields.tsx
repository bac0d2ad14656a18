// The inspector's fields of one column: the centre of its box and its width (x) and depth (y).
// A change reshapes the polygon through its box (floorplan/geometry/columns.ts), so a rectangle
// stays a rectangle and a round column an ellipse; the caller runs the edit as one command.
import { useTranslation } from 'react-i18next';
import { columnBox, reshapeColumn, type ColumnBox } from '../../floorplan/geometry/columns.ts';
import type { Column, Polygon } from '../../floorplan/types.ts';
import { FieldRow, NumberInput, type CommitAnswer } from './fields.tsx';
import './columnMessages.ts';

export function ColumnFields({ column, onPolygon }: { column: Column; onPolygon(polygon: Polygon): CommitAnswer }) {
  const { t } = useTranslation();
  const box = columnBox(column.polygon);
  const set = (change: Partial<ColumnBox>) => onPolygon(reshapeColumn(column.polygon, { ...box, ...change }));
  const centre = t('editor.column.centre');
  return (
    <>
      <FieldRow label={centre}>
        <span className="axis" aria-hidden>x</span>
        <NumberInput name="columnX" ariaLabel={`${centre} x`} value={box.centre[0]} onChange={(x) => set({ centre: [x, box.centre[1]] })} />
        <span className="axis" aria-hidden>y</span>
        <NumberInput name="columnY" ariaLabel={`${centre} y`} value={box.centre[1]} onChange={(y) => set({ centre: [box.centre[0], y] })} />
      </FieldRow>
      <FieldRow label={t('editor.column.widthX')}>
        <NumberInput name="columnWidth" ariaLabel={t('editor.column.widthX')} value={box.width} step={0.05} min={0} minExclusive onChange={(width) => set({ width })} />
      </FieldRow>
      <FieldRow label={t('editor.column.depthY')}>
        <NumberInput name="columnDepth" ariaLabel={t('editor.column.depthY')} value={box.depth} step={0.05} min={0} minExclusive onChange={(depth) => set({ depth })} />
      </FieldRow>
    </>
  );
}
