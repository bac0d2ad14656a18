// Properties of the selection, edited in place: positions (wall ends and length, desk and device
// points, a door's or window's place along its line), sizes and the lists (kind, use, role, fire
// rating). Every edit is one named command through the store, so it can be undone; a refused
// value (off the floor, negative width, self-crossing zone…) changes nothing and the field says
// why. With several elements of one kind selected, their shared fields are set on all of them.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useEditorState, useEditorStore } from '../../editor/EditorContext.tsx';
import type { EditorStore } from '../../editor/store.ts';
import type { Command } from '../../floorplan/commands/command.ts';
import { editElements } from '../../floorplan/commands/editElements.ts';
import { elementsWithIds, type LocatedElement } from '../../floorplan/commands/floorElements.ts';
import { MAX_WALL_THICKNESS, MIN_WALL_LENGTH } from '../../floorplan/commands/addWall.ts';
import { pointAlongWall, setWallEnds } from '../../floorplan/commands/setWallEnds.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import {
  CORE_KINDS, EXIT_KINDS, FIRE_RATINGS, ROLES, SIGN_KINDS, STAIR_ENCLOSURES, WALL_KINDS, ZONE_USES,
  type ExitSign, type StairEnclosure, type ToiletFixtures,
  type Column, type Core, type Door, type Exit, type Extinguisher, type Floor, type FloorCollection, type Luminaire, type Point,
  type PointDevice, type AirTerminal, type Wall, type WindowPane, type Workstation, type Zone,
} from '../../floorplan/types.ts';
import { FieldRow, NumberInput, SelectInput, TextInput, formatNumber, type CommitAnswer, type NumberRules } from './fields.tsx';
import { doorPlacement, doorPointAt, windowEndsAt, windowPlacement } from './inspectorGeometry.ts';
import { ColumnFields } from './ColumnFields.tsx';
import './editorMessages.ts';
import './inspectorMessages.ts';
import './safetyMessages.ts';
import './inspector.css';

/** Runs a command; answers the refusal's reason (shown at the field) or nothing. */
function run<A>(editor: EditorStore, command: Command<A>, args: A): string | null {
  const result = editor.getState().execute(command, args);
  return result.ok ? null : result.refused.reasonKey;
}

const reasonOf = (answer: CommitAnswer): string | null => (typeof answer === 'string' && answer !== '' ? answer : null);

interface Target {
  /** the store the edits go to */
  editor: EditorStore;
  floorId: string;
  floor: Floor;
  ids: string[];
}

const editProps = (target: Target, props: Record<string, unknown>): string | null => run(target.editor, editElements, { floorId: target.floorId, ids: target.ids, props });

/** The list entries of an enumeration, with translated labels. */
function options<T extends string>(t: TFunction, values: readonly T[], prefix: string) {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`, { defaultValue: value }) }));
}

/** The value all records share, or null when they differ (or lack it). */
function shared<T>(records: readonly Record<string, unknown>[], key: string): T | null {
  const first = records[0]?.[key];
  if (first === undefined) return null;
  const text = JSON.stringify(first);
  return records.every((r) => JSON.stringify(r[key]) === text) ? (first as T) : null;
}

function Num({ label, name, value, onChange, step, placeholder, ...rules }: { label: string; name: string; value: number | null; onChange(v: number): CommitAnswer; step?: number; placeholder?: string } & NumberRules) {
  const { t } = useTranslation();
  return (
    <FieldRow label={label}>
      <NumberInput name={name} ariaLabel={label} value={value} onChange={onChange} step={step} placeholder={placeholder ?? (value === null ? t('editor.inspector.mixed') : undefined)} {...rules} />
    </FieldRow>
  );
}

/** x and y side by side on one row. */
function PointRow({ label, name, point, onChange }: { label: string; name: string; point: Point; onChange(p: Point): CommitAnswer }) {
  return (
    <FieldRow label={label}>
      <span className="axis" aria-hidden>x</span>
      <NumberInput name={`${name}x`} ariaLabel={`${label} x`} value={point[0]} onChange={(x) => onChange([x, point[1]])} />
      <span className="axis" aria-hidden>y</span>
      <NumberInput name={`${name}y`} ariaLabel={`${label} y`} value={point[1]} onChange={(y) => onChange([point[0], y])} />
    </FieldRow>
  );
}

/** A list of an enumeration's values; with `none`, an empty entry first ('' stands for "not set"). */
function Pick<T extends string>({ label, name, value, values, prefix, onChange, none }: { label: string; name: string; value: T | '' | null; values: readonly T[]; prefix: string; onChange(v: T | ''): CommitAnswer; none?: string }) {
  const { t } = useTranslation();
  const list = options(t, values, prefix);
  return (
    <FieldRow label={label}>
      <SelectInput<T | ''>
        name={name}
        ariaLabel={label}
        value={value}
        mixedLabel={t('editor.inspector.mixed')}
        options={none === undefined ? list : [{ value: '', label: none }, ...list]}
        onChange={onChange}
      />
    </FieldRow>
  );
}

function DateRow({ label, name, value, onChange }: { label: string; name: string; value: string | null; onChange(v: string): CommitAnswer }) {
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useTranslation();
  return (
    <FieldRow label={label}>
      <input
        type="date"
        name={name}
        aria-label={label}
        value={value ?? ''}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => {
          // an emptied or half-typed date is not a value to keep
          if (e.target.value === '') return;
          setProblem(reasonOf(onChange(e.target.value)));
        }}
      />
      {problem && <span className="field-error" role="alert">{t(problem)}</span>}
    </FieldRow>
  );
}

/** A tick box; `null` (a mixed selection) shows it half-ticked. A refusal is said beside it. */
function CheckRow({ label, name, value, onChange }: { label: string; name: string; value: boolean | null; onChange(v: boolean): CommitAnswer }) {
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useTranslation();
  return (
    <FieldRow label={label}>
      <input
        type="checkbox"
        name={name}
        aria-label={label}
        checked={value === true}
        ref={(el) => {
          if (el) el.indeterminate = value === null;
        }}
        onChange={(e) => setProblem(reasonOf(onChange(e.target.checked)))}
      />
      {problem && <span className="field-error" role="alert">{t(problem)}</span>}
    </FieldRow>
  );
}

/** Fire walls and fire partitions carry a fire resistance (h). */
const FIRE_WALL_KINDS: readonly string[] = ['fire', 'fire-partition'];

/** A toilet zone's fixtures, each count on its row; a first count starts the others at 0. */
function FixtureFields({ target, fixtures }: { target: Target; fixtures: ToiletFixtures | undefined }) {
  const { t } = useTranslation();
  const base: ToiletFixtures = fixtures ?? { femaleWc: 0, maleWc: 0, urinals: 0 };
  const setCount = (key: keyof ToiletFixtures) => (count: number) => editProps(target, { fixtures: { ...base, [key]: count } });
  const placeholder = fixtures ? undefined : '0';
  return (
    <>
      <p className="muted inspector-subhead">{t('editor.fields.fixtures')}</p>
      <Num label={t('editor.fields.femaleWc')} name="femaleWc" value={fixtures?.femaleWc ?? null} placeholder={placeholder} step={1} min={0} integer onChange={setCount('femaleWc')} />
      <Num label={t('editor.fields.maleWc')} name="maleWc" value={fixtures?.maleWc ?? null} placeholder={placeholder} step={1} min={0} integer onChange={setCount('maleWc')} />
      <Num label={t('editor.fields.urinals')} name="urinals" value={fixtures?.urinals ?? null} placeholder={placeholder} step={1} min={0} integer onChange={setCount('urinals')} />
      <Num label={t('editor.fields.basins')} name="basins" value={fixtures?.basins ?? null} placeholder={placeholder ?? t('editor.enums.notStated')} step={1} min={0} integer onChange={setCount('basins')} />
    </>
  );
}

function parseCorners(text: string): Point[] | null {
  const lines = text.split('\n').filter((l) => l.trim());
  const points = lines.map((l) => l.split(/[,\s]+/).filter(Boolean).map(Number));
  return points.every((p) => p.length === 2 && p.every(Number.isFinite)) ? (points as Point[]) : null;
}

function CornersField({ polygon, onApply }: { polygon: Point[]; onApply(p: Point[]): CommitAnswer }) {
  const { t } = useTranslation();
  const [text, setText] = useState(polygon.map((p) => p.map(formatNumber).join(', ')).join('\n'));
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="inspector-corners">
      <label>
        <span className="field-row-label">{t('editor.inspector.polygon')}</span>
        <textarea name="corners" rows={Math.min(Math.max(polygon.length, 3), 8)} value={text} aria-invalid={problem ? true : undefined} onChange={(e) => setText(e.target.value)} />
      </label>
      {problem && <span className="field-error" role="alert">{t(problem)}</span>}
      <button
        type="button"
        onClick={() => {
          const corners = parseCorners(text);
          setProblem(corners ? reasonOf(onApply(corners)) : 'editor.fieldErrors.badCorners');
        }}
      >
        {t('editor.inspector.apply')}
      </button>
    </div>
  );
}

function WallFields({ target, wall }: { target: Target; wall: Wall }) {
  const { t } = useTranslation();
  const ends = (a: Point, b: Point) => run(target.editor, setWallEnds, { floorId: target.floorId, wallId: wall.id, a, b });
  return (
    <>
      <Pick label={t('editor.fields.kind')} name="kind" value={wall.kind} values={WALL_KINDS} prefix="wall" onChange={(kind) => editProps(target, { kind })} />
      <PointRow label={t('editor.inspect.start')} name="a" point={wall.a} onChange={(a) => ends(a, wall.b)} />
      <PointRow label={t('editor.inspect.end')} name="b" point={wall.b} onChange={(b) => ends(wall.a, b)} />
      <Num label={t('editor.inspect.length')} name="length" value={distance(wall.a, wall.b)} min={MIN_WALL_LENGTH} onChange={(length) => ends(wall.a, pointAlongWall(wall, length))} />
      <Num label={t('editor.fields.thickness')} name="thickness" value={wall.thickness ?? null} placeholder="0.1" step={0.05} min={0} minExclusive max={MAX_WALL_THICKNESS} onChange={(thickness) => editProps(target, { thickness })} />
      <Num label={t('editor.fields.height')} name="height" value={wall.height ?? null} placeholder={t('editor.inspect.floorDefault', { value: target.floor.clearHeight })} min={0} minExclusive onChange={(height) => editProps(target, { height })} />
      {FIRE_WALL_KINDS.includes(wall.kind) && (
        <Num label={t('editor.fields.fireResistance')} name="fireResistance" value={wall.fireResistance ?? null} placeholder={t('editor.enums.notStated')} step={0.5} min={0} minExclusive onChange={(fireResistance) => editProps(target, { fireResistance })} />
      )}
    </>
  );
}

function DoorFields({ target, door }: { target: Target; door: Door }) {
  const { t } = useTranslation();
  const placement = doorPlacement(target.floor, door);
  const half = door.width / 2;
  return (
    <>
      <p className="muted">{placement ? (placement.wallId ? t('editor.inspect.onWall', { id: placement.wallId }) : t('editor.inspect.onOutline')) : t('editor.inspect.notOnLine')}</p>
      {placement && (
        <Num
          label={t(placement.wallId ? 'editor.inspect.offsetOnWall' : 'editor.inspect.offsetOnOutline')}
          name="offset"
          value={placement.offset}
          min={half}
          max={Math.max(half, placement.length - half)}
          onChange={(offset) => editProps(target, { at: doorPointAt(placement, offset) })}
        />
      )}
      <Num label={t('editor.fields.width')} name="width" value={door.width} min={0} minExclusive onChange={(width) => editProps(target, { width })} />
      <Pick label={t('editor.fields.fireRating')} name="fireRating" value={door.fireRating ?? ''} values={FIRE_RATINGS} prefix="editor.enums.fireRating" none={t('editor.enums.none')} onChange={(v) => editProps(target, { fireRating: v === '' ? undefined : v })} />
      {door.fireRating && <DateRow label={t('editor.fields.lastInspected')} name="lastInspected" value={door.lastInspected ?? null} onChange={(lastInspected) => editProps(target, { lastInspected })} />}
    </>
  );
}

function WindowFields({ target, pane }: { target: Target; pane: WindowPane }) {
  const { t } = useTranslation();
  const placement = windowPlacement(target.floor, pane);
  return (
    <>
      {placement && (
        <>
          <Num label={t('editor.inspect.windowStart')} name="offset" value={placement.start} min={0} max={Math.max(0, placement.edgeLength - placement.width)} onChange={(start) => editProps(target, windowEndsAt(placement, start, placement.width))} />
          <Num label={t('editor.inspect.windowWidth')} name="width" value={placement.width} min={0.1} max={placement.edgeLength - placement.start} onChange={(width) => editProps(target, windowEndsAt(placement, placement.start, width))} />
        </>
      )}
      <WindowHeights target={target} records={[pane as unknown as Record<string, unknown>]} />
    </>
  );
}

function WindowHeights({ target, records }: { target: Target; records: Record<string, unknown>[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Num label={t('editor.fields.sill')} name="sill" value={shared<number>(records, 'sill')} min={0} onChange={(sill) => editProps(target, { sill })} />
      <Num label={t('editor.fields.head')} name="head" value={shared<number>(records, 'head')} min={0} minExclusive max={target.floor.height} onChange={(head) => editProps(target, { head })} />
      <Num label={t('editor.fields.openable')} name="openable" value={shared<number>(records, 'openable')} min={0} max={1} step={0.05} onChange={(openable) => editProps(target, { openable })} />
    </>
  );
}

/** The fields of a kind that do not place the element, shared by one or many elements. */
function CommonFields({ target, collection, records }: { target: Target; collection: FloorCollection; records: Record<string, unknown>[] }) {
  const { t } = useTranslation();
  const value = <T,>(key: string) => shared<T>(records, key);
  const set = (key: string) => (v: unknown) => editProps(target, { [key]: v });
  switch (collection) {
    case 'walls':
      return (
        <>
          <Pick label={t('editor.fields.kind')} name="kind" value={value<Wall['kind']>('kind')} values={WALL_KINDS} prefix="wall" onChange={set('kind')} />
          <Num label={t('editor.fields.thickness')} name="thickness" value={value<number>('thickness')} step={0.05} min={0} minExclusive max={MAX_WALL_THICKNESS} onChange={set('thickness')} />
          <Num label={t('editor.fields.height')} name="height" value={value<number>('height')} min={0} minExclusive onChange={set('height')} />
          {records.every((r) => FIRE_WALL_KINDS.includes(String(r['kind']))) && (
            <Num label={t('editor.fields.fireResistance')} name="fireResistance" value={value<number>('fireResistance')} step={0.5} min={0} minExclusive onChange={set('fireResistance')} />
          )}
        </>
      );
    case 'doors':
      return (
        <>
          <Num label={t('editor.fields.width')} name="width" value={value<number>('width')} min={0} minExclusive onChange={set('width')} />
          <Pick label={t('editor.fields.fireRating')} name="fireRating" value={records.every((r) => r['fireRating'] === undefined) ? '' : value<NonNullable<Door['fireRating']>>('fireRating')} values={FIRE_RATINGS} prefix="editor.enums.fireRating" none={t('editor.enums.none')} onChange={(v) => editProps(target, { fireRating: v === '' ? undefined : v })} />
          {records.every((r) => r['fireRating'] !== undefined) && (
            <DateRow label={t('editor.fields.lastInspected')} name="lastInspected" value={value<string>('lastInspected')} onChange={set('lastInspected')} />
          )}
        </>
      );
    case 'windows':
      return <WindowHeights target={target} records={records} />;
    case 'exits':
      return (
        <>
          <Num label={t('editor.fields.width')} name="width" value={value<number>('width')} min={0} minExclusive onChange={set('width')} />
          <Pick label={t('editor.fields.kind')} name="kind" value={value<Exit['kind']>('kind')} values={EXIT_KINDS} prefix="editor.enums.exitKind" onChange={set('kind')} />
          {records.every((r) => r['kind'] === 'stair') && (
            <Num label={t('editor.fields.flightWidth')} name="flightWidth" value={value<number>('flightWidth')} placeholder={t('editor.enums.notStated')} min={0} minExclusive onChange={set('flightWidth')} />
          )}
        </>
      );
    case 'columns':
      // a column is only where it is and how big: one at a time (ColumnFields)
      return null;
    case 'cores':
      return (
        <>
          <Pick label={t('editor.fields.kind')} name="kind" value={value<Core['kind']>('kind')} values={CORE_KINDS} prefix="editor.enums.coreKind" onChange={set('kind')} />
          {records.every((r) => r['kind'] === 'stair') && (
            <>
              <Pick
                label={t('editor.fields.enclosure')}
                name="enclosure"
                value={records.every((r) => r['enclosure'] === undefined) ? '' : value<StairEnclosure>('enclosure')}
                values={STAIR_ENCLOSURES}
                prefix="editor.enums.stairEnclosure"
                none={t('editor.enums.notStated')}
                onChange={(v) => editProps(target, { enclosure: v === '' ? undefined : v })}
              />
              <Num label={t('editor.fields.flightWidth')} name="flightWidth" value={value<number>('flightWidth')} placeholder={t('editor.enums.notStated')} min={0} minExclusive onChange={set('flightWidth')} />
            </>
          )}
        </>
      );
    case 'zones':
      return (
        <>
          {records.length === 1 && (
            <FieldRow label={t('editor.fields.name')}>
              <TextInput name="name" ariaLabel={t('editor.fields.name')} value={String(records[0]!['name'] ?? '')} required onChange={set('name')} />
            </FieldRow>
          )}
          <Pick label={t('editor.fields.use')} name="use" value={value<Zone['use']>('use')} values={ZONE_USES} prefix="use" onChange={set('use')} />
          {records.every((r) => r['use'] === 'dormitory') && (
            <Num label={t('editor.fields.beds')} name="beds" value={value<number>('beds')} step={1} min={0} integer onChange={set('beds')} />
          )}
          {/* stored as a share 0..1, typed as a percentage */}
          <Num
            label={t('editor.fields.femaleShare')}
            name="femaleShare"
            value={value<number>('femaleShare') === null ? null : Math.round(value<number>('femaleShare')! * 1e6) / 1e4}
            placeholder={records.every((r) => r['femaleShare'] === undefined) ? t('editor.enums.notStated') : undefined}
            step={5}
            min={0}
            max={100}
            onChange={(percent) => editProps(target, { femaleShare: percent / 100 })}
          />
          {records.length === 1 && records[0]!['use'] === 'toilet' && <FixtureFields target={target} fixtures={records[0]!['fixtures'] as ToiletFixtures | undefined} />}
        </>
      );
    case 'workstations': {
      const size = value<[number, number]>('size');
      return (
        <>
          <Num label={t('editor.fields.rotation')} name="rotation" value={value<number>('rotation')} step={15} onChange={set('rotation')} />
          {size && (
            <>
              <Num label={t('editor.fields.width')} name="deskWidth" value={size[0]} min={0} minExclusive onChange={(w) => editProps(target, { size: [w, size[1]] })} />
              <Num label={t('editor.options.depth')} name="deskDepth" value={size[1]} min={0} minExclusive onChange={(d) => editProps(target, { size: [size[0], d] })} />
            </>
          )}
          <Pick label={t('editor.fields.role')} name="role" value={value<Workstation['role']>('role')} values={ROLES} prefix="editor.enums.role" onChange={set('role')} />
        </>
      );
    }
    case 'luminaires':
      return (
        <>
          <Num label={t('editor.fields.mount')} name="mount" value={value<number>('mount')} min={0} minExclusive max={target.floor.height} onChange={set('mount')} />
          <Num label={t('editor.fields.flux')} name="flux" value={value<number>('flux')} step={100} min={0} onChange={set('flux')} />
          <Num label={t('editor.fields.power')} name="power" value={value<number>('power')} step={1} min={0} onChange={set('power')} />
          <CheckRow
            label={t('editor.fields.emergency')}
            name="emergency"
            value={records.every((r) => r['emergency'] === true) ? true : records.every((r) => r['emergency'] !== true) ? false : null}
            onChange={(emergency) => editProps(target, { emergency })}
          />
          {records.every((r) => r['emergency'] === true) && (
            <>
              <Num label={t('editor.fields.emergencyFlux')} name="emergencyFlux" value={value<number>('emergencyFlux')} placeholder={value<number>('flux') === null ? undefined : formatNumber(value<number>('flux')!)} step={50} min={0} onChange={set('emergencyFlux')} />
              <DateRow label={t('editor.fields.lastInspected')} name="lastInspected" value={value<string>('lastInspected')} onChange={set('lastInspected')} />
            </>
          )}
        </>
      );
    case 'airTerminals':
      return <Num label={t('editor.fields.freshAir')} name="freshAir" value={value<number>('freshAir')} step={10} min={0} onChange={set('freshAir')} />;
    case 'extinguishers':
      return (
        <>
          <FieldRow label={t('editor.fields.rating')}>
            <TextInput name="rating" ariaLabel={t('editor.fields.rating')} value={value<string>('rating') ?? ''} onChange={set('rating')} />
          </FieldRow>
          <DateRow label={t('editor.fields.lastInspected')} name="lastInspected" value={value<string>('lastInspected')} onChange={set('lastInspected')} />
        </>
      );
    case 'exitSigns':
      return (
        <>
          <Pick label={t('editor.fields.signKind')} name="signKind" value={value<ExitSign['kind']>('kind')} values={SIGN_KINDS} prefix="editor.enums.signKind" onChange={set('kind')} />
          {records.every((r) => r['kind'] === 'direction') && (
            <Num label={t('editor.fields.arrow')} name="rotation" value={records.every((r) => r['rotation'] === undefined) ? 0 : value<number>('rotation')} step={90} onChange={set('rotation')} />
          )}
          <DateRow label={t('editor.fields.lastInspected')} name="lastInspected" value={value<string>('lastInspected')} onChange={set('lastInspected')} />
        </>
      );
    case 'evacuationMarks':
      return (
        <FieldRow label={t('editor.fields.markLabel')}>
          <TextInput name="markLabel" ariaLabel={t('editor.fields.markLabel')} value={value<string>('label') ?? ''} onChange={(text) => editProps(target, { label: text.trim() === '' ? undefined : text.trim() })} />
        </FieldRow>
      );
    default:
      return <DateRow label={t('editor.fields.lastInspected')} name="lastInspected" value={value<string>('lastInspected')} onChange={set('lastInspected')} />;
  }
}

/** The fields of one element: where it is, then what it is. */
function SingleFields({ target, located }: { target: Target; located: LocatedElement }) {
  const { t } = useTranslation();
  const { collection, element } = located;
  const record = element as unknown as Record<string, unknown>;
  const at = (p: Point) => editProps(target, { at: p });
  switch (collection) {
    case 'walls':
      return <WallFields target={target} wall={element as Wall} />;
    case 'doors':
      return <DoorFields target={target} door={element as Door} />;
    case 'windows':
      return <WindowFields target={target} pane={element as WindowPane} />;
    case 'columns': {
      const polygon = (element as Column).polygon;
      return (
        <>
          <ColumnFields column={element as Column} onPolygon={(p) => editProps(target, { polygon: p })} />
          <CornersField key={JSON.stringify(polygon)} polygon={polygon} onApply={(p) => editProps(target, { polygon: p })} />
        </>
      );
    }
    case 'zones':
    case 'cores': {
      const shape = element as Zone | Core;
      return (
        <>
          <CommonFields target={target} collection={collection} records={[record]} />
          <CornersField polygon={shape.polygon} onApply={(polygon) => editProps(target, { polygon })} />
        </>
      );
    }
    default: {
      const point = element as Exit | Workstation | Luminaire | AirTerminal | Extinguisher | PointDevice;
      return (
        <>
          <PointRow label={t('editor.inspect.position')} name="at" point={point.at} onChange={at} />
          <CommonFields target={target} collection={collection} records={[record]} />
        </>
      );
    }
  }
}

function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="inspector" data-testid="inspector">
      <h3>{t('editor.inspector.title')}</h3>
      {children}
    </section>
  );
}

export function Inspector() {
  const { t } = useTranslation();
  const plan = useEditorState((s) => s.plan);
  const floorId = useEditorState((s) => s.session.floorId);
  const selection = useEditorState((s) => s.session.selection);
  const editor = useEditorStore();
  const floor = floorId ? findFloor(plan, floorId)?.floor : undefined;
  if (!floor || !floorId) return null;
  // only what the floor still has: an undo may have removed part of the selection
  const found = [...elementsWithIds(floor, new Set(selection)).values()];
  if (found.length === 0) {
    return (
      <Frame>
        <p className="muted">{t('editor.inspector.nothing')}</p>
      </Frame>
    );
  }
  const ids = found.map((f) => f.element.id);
  const target: Target = { editor, floorId, floor, ids };
  const kindName = (c: FloorCollection) => t(`editor.collections.${c}`, { defaultValue: c });
  if (found.length === 1) {
    const single = found[0]!;
    return (
      <Frame>
        <p className="inspector-what">
          <strong>{kindName(single.collection)}</strong> <code>{single.element.id}</code>
        </p>
        <p className="muted inspector-keys">{t('editor.inspect.keys')}</p>
        <div className="inspector-fields" key={single.element.id}>
          <SingleFields target={target} located={single} />
        </div>
      </Frame>
    );
  }
  const counts = new Map<FloorCollection, number>();
  for (const f of found) counts.set(f.collection, (counts.get(f.collection) ?? 0) + 1);
  const onlyKind = counts.size === 1 ? found[0]!.collection : null;
  return (
    <Frame>
      <p className="inspector-what">
        <strong>{t('editor.inspector.many', { count: found.length })}</strong>
      </p>
      <ul className="inspector-counts">
        {[...counts].map(([collection, count]) => (
          <li key={collection}>
            {kindName(collection)} × {count}
          </li>
        ))}
      </ul>
      {onlyKind ? (
        <div className="inspector-fields" key={`${ids.length}:${ids[0]}:${ids.at(-1)}`}>
          <CommonFields target={target} collection={onlyKind} records={found.map((f) => f.element as unknown as Record<string, unknown>)} />
        </div>
      ) : (
        <p className="muted">{t('editor.inspect.oneKind')}</p>
      )}
      <p className="muted">{t('editor.inspect.positionSingle')}</p>
    </Frame>
  );
}
