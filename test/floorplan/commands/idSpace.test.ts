// Ids unique per peer (issue 19): with no id space the ids are the local app's (`s2`); in an id
// space every id maker (newIds and the commands and helpers that name records) makes
// `${prefix}${n}~${tag}`, so two peers adding at once from the same plan never make the same id.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { copySelection, paste } from '../../../src/editor/tools/selectionActions.ts';
import { addBuilding } from '../../../src/floorplan/commands/addBuilding.ts';
import { addFloor } from '../../../src/floorplan/commands/addFloor.ts';
import { addLayoutProposals } from '../../../src/floorplan/commands/addLayoutProposals.ts';
import type { Command } from '../../../src/floorplan/commands/command.ts';
import { copyFloorLayout } from '../../../src/floorplan/commands/copyFloorLayout.ts';
import { addDemand, nextDemandId } from '../../../src/floorplan/commands/demand.ts';
import { duplicateFloor } from '../../../src/floorplan/commands/duplicateFloor.ts';
import { addPhase, addTenant, newEconomicsId } from '../../../src/floorplan/commands/economics.ts';
import { documentIds } from '../../../src/floorplan/commands/floorElements.ts';
import { derivedId, firstFreeId, freshIds, idSpace, inIdSpace, setIdSpace } from '../../../src/floorplan/commands/idSpace.ts';
import { DEFAULT_IMPORT_WINDOW, importDrawing } from '../../../src/floorplan/commands/importDrawing.ts';
import { markInspected } from '../../../src/floorplan/commands/markInspected.ts';
import { newIds } from '../../../src/floorplan/commands/newIds.ts';
import { placeLuminaires } from '../../../src/floorplan/commands/placeLuminaireArray.ts';
import { placeWorkstations } from '../../../src/floorplan/commands/placeWorkstationArray.ts';
import { createProposal } from '../../../src/floorplan/commands/proposals.ts';
import { parsePlan } from '../../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../../src/floorplan/format/serializePlan.ts';
import { newProposalArgs, newProposalId } from '../../../src/floorplan/proposals/proposals.ts';
import { emptyFloor } from '../../../src/floorplan/emptyFloor.ts';
import type { PlanDocument, Polygon, Workstation } from '../../../src/floorplan/types.ts';
import { convertDrawing, guessLayerRoles } from '../../../src/floorplan/underlay/convert/index.ts';
import { readDxf } from '../../../src/floorplan/underlay/dxfSegments.ts';
import { examplePlan } from '../../fixtures/plans.ts';
import { officeFloorDxf } from '../underlay/convert/officeFloorDxf.ts';

afterEach(() => setIdSpace(null));

/** newIds as it was before id spaces, to compare the local ids with. */
function oldNewIds(prefix: string, count: number, used: Set<string>): string[] {
  let next = 1;
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`);
  for (const id of used) {
    const m = pattern.exec(id);
    if (m) next = Math.max(next, Number(m[1]) + 1);
  }
  const ids: string[] = [];
  while (ids.length < count) {
    const id = `${prefix}${next++}`;
    if (!used.has(id)) ids.push(id);
  }
  return ids;
}

/** Every record id of the plan: buildings, floors, elements, inspections, proposals, tenants, phases, demand. */
function allIds(plan: PlanDocument): string[] {
  return [
    ...documentIds(plan),
    ...(plan.inspections ?? []).map((e) => e.id),
    ...(plan.proposals ?? []).map((p) => p.id),
    ...(plan.activeProposal ? [plan.activeProposal.id] : []),
    ...(plan.tenants ?? []).map((t) => t.id),
    ...(plan.phases ?? []).map((p) => p.id),
    ...(plan.demand ?? []).map((d) => d.id),
  ];
}

const range = (prefix: string, from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

const square = (x0: number, y0: number, size: number): Polygon => [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size]];

/** The example plan with its current layout named (so creating a proposal names nothing implicit). */
function startPlan(): PlanDocument {
  return { ...examplePlan(), activeProposal: { id: 'proposal-1', name: 'Base' } };
}

/**
 * One peer's session on `start`: every way the app makes a new id, each through the id maker
 * the app uses (the editor tools' newIds, paste, the panels' helpers); floor ids as the site panel
 * and the shape tool should make them in a shared project (derivedId: today they do not).
 * Returns the plan after and the ids that are new.
 */
function everyIdMaker(start: PlanDocument): { plan: PlanDocument; made: string[] } {
  const store = createEditorStore('en');
  store.getState().load(start);
  const plan = () => store.getState().plan;
  const ok = <A>(command: Command<A>, args: A) => expect(store.getState().execute(command, args)).toEqual({ ok: true });

  // drawing tools (editor/tools/*: ctx.newIds)
  const desks = newIds(plan(), 's', 3);
  ok(placeWorkstations, { floorId: 'A-3F', workstations: desks.map((id, i) => ({ id, at: [35 + 2 * i, 40], rotation: 0, size: [1.2, 0.7], role: 'agent' })) });
  const lights = newIds(plan(), 'l', 2);
  ok(placeLuminaires, { floorId: 'A-3F', luminaires: lights.map((id, i) => ({ id, at: [35 + 3 * i, 44], mount: 2.8, flux: 3600, power: 32 })) });
  // a building drawn with the shape tool: its first floor named after it
  const buildingId = newIds(plan(), 'B', 1)[0]!;
  const footprint = square(100, 20, 30);
  ok(addBuilding, { building: { id: buildingId, name: 'New', footprint, height: 20, sprinklered: true, fireResistanceGrade: 2, floors: [emptyFloor({ id: derivedId(`${buildingId}-1F`), name: '1F', level: 1, elevation: 0, height: 4, clearHeight: 2.8, outline: footprint })] } });
  // copy and paste (editor/tools/selectionActions.ts)
  store.getState().openFloor('A-3F');
  store.getState().select(['s1', 'l1']);
  const clipboard = copySelection(store)!;
  expect(paste(store, clipboard)).toEqual({ ok: true });
  // the site panel: a floor duplicated, a floor added, a layout copied onto it
  ok(duplicateFloor, { floorId: 'A-3F', newFloorId: derivedId('A-4F'), level: 4, name: '4F' });
  const top = plan().site.buildings[0]!.floors[0]!;
  ok(addFloor, { buildingId: 'A', floor: emptyFloor({ id: derivedId('A-5F'), name: '5F', level: 5, elevation: 16.8, height: top.height, clearHeight: top.clearHeight, outline: top.outline }) });
  ok(copyFloorLayout, { fromFloorId: 'A-3F', toFloorIds: [derivedId('A-5F')] });
  // a drawing converted into the new building's floor
  const dxf = readDxf(officeFloorDxf());
  if (!dxf.ok) throw new Error(dxf.error.en);
  const result = convertDrawing(dxf.drawing, { roles: guessLayerRoles(dxf.drawing.layers.map((l) => l.name)), placement: { origin: [105, 25], scale: 0.001, rotation: 0 } });
  ok(importDrawing, { floorId: derivedId(`${buildingId}-1F`), result, replaceOutline: false, window: DEFAULT_IMPORT_WINDOW });
  // the fire register, proposals, economics, demand
  ok(markInspected, { floorId: 'A-3F', date: '2026-06-01' });
  ok(createProposal, newProposalArgs(plan(), 'Option'));
  ok(addLayoutProposals, { floorId: 'A-3F', zoneIds: ['z1'], variants: [{ name: 'Dense', workstations: [] }] });
  ok(addTenant, { tenant: { id: newEconomicsId(plan(), 'tenant-'), name: 'Delta' } });
  ok(addPhase, { phase: { id: newEconomicsId(plan(), 'phase-'), name: 'Phase 1' } });
  const demandId = nextDemandId(plan());
  ok(addDemand, {
    profile: {
      id: demandId, name: 'Hotline', scope: { floorId: 'A-3F' }, intervals: [{ start: '09:00', callsPerHour: 200 }],
      ahtSeconds: 180, serviceLevel: { percent: 80, seconds: 20 }, shrinkage: 0.3, hoursOfOperation: { open: '09:00', close: '17:00' }, shiftHours: 8,
    },
  });
  const before = new Set(allIds(start));
  return { plan: plan(), made: allIds(plan()).filter((id) => !before.has(id)) };
}

describe('id space', () => {
  it('is local by default, and only takes short base36 tags', () => {
    expect(idSpace()).toBeNull();
    setIdSpace('k3f9a');
    expect(idSpace()).toBe('k3f9a');
    for (const bad of ['', 'a~b', 'A1', 'a-b', 'x'.repeat(17)]) expect(() => setIdSpace(bad)).toThrow();
    expect(idSpace()).toBe('k3f9a');
    setIdSpace(null);
    expect(idSpace()).toBeNull();
  });

  it('with no id space, makes exactly the ids it made before', () => {
    const plan = examplePlan();
    const used = documentIds(plan);
    for (const [prefix, count] of [['s', 3], ['w', 2], ['col', 2], ['B', 1], ['A-', 2], ['x', 1], ['.*', 2]] as const) {
      expect(newIds(plan, prefix, count)).toEqual(oldNewIds(prefix, count, used));
    }
    // hand-checked: s1 is the example's only desk; a gap is not filled, a taken id is skipped
    expect(newIds(plan, 's', 2)).toEqual(['s2', 's3']);
    expect(freshIds('s', 3, new Set(['s1', 's7', 's9x', 'A-3F-s20']))).toEqual(['s8', 's9', 's10']);
    expect(freshIds('s', 2, new Set(['s3~a', 's9~b']))).toEqual(['s1', 's2']);
    expect(firstFreeId('proposal-', new Set(['proposal-1', 'proposal-3']))).toBe('proposal-2');
    expect(derivedId('A-4F-s1')).toBe('A-4F-s1');
  });

  it('with no id space, every id maker makes the local ids', () => {
    const { made } = everyIdMaker(startPlan());
    // A-3F after the edits: the example's elements, desks s2-s4 and lights l2-l3 placed, s5 and l4 pasted
    const a3f = ['w1', 'd1', 'n1', 'e1', 'e2', 'z1', 'z2', 's1', 's2', 's3', 's4', 's5', 'l1', 'l2', 'l3', 'l4', 'a1', 'x1'];
    expect(made).toEqual([
      's2', 's3', 's4', 's5', 'l2', 'l3', 'l4',
      'A-4F', ...a3f.map((id) => `A-4F-${id}`),
      'A-5F', ...a3f.map((id) => `A-5F-${id}`),
      'B1', 'B1-1F',
      // the converted drawing: 11 walls, 6 doors, 5 columns, 8 rooms, numbered above the example's
      ...range('w', 2, 12), ...range('d', 2, 7), ...range('col', 1, 5), ...range('z', 3, 10),
      'insp-1', 'proposal-3', 'proposal-2', 'tenant-1', 'phase-1', 'demand-1',
    ]);
  });

  it('in an id space, every new id of every id maker carries the tag', () => {
    setIdSpace('k3f9a');
    const { plan, made } = everyIdMaker(startPlan());
    const t = (id: string) => `${id}~k3f9a`;
    // A-3F after the edits: copies of the peer's own ids get a second tag, so s1 and s1~k3f9a copy apart
    const a3f = ['w1', 'd1', 'n1', 'e1', 'e2', 'z1', 'z2', 's1', t('s1'), t('s2'), t('s3'), t('s4'), 'l1', t('l1'), t('l2'), t('l3'), 'a1', 'x1'];
    expect(made).toEqual([
      ...['s1', 's2', 's3', 's4', 'l1', 'l2', 'l3'].map(t),
      t('A-4F'), ...a3f.map((id) => t(`${t('A-4F')}-${id}`)),
      t('A-5F'), ...a3f.map((id) => t(`${t('A-5F')}-${id}`)),
      t('B1'), t(`${t('B1')}-1F`),
      ...[...range('w', 1, 11), ...range('d', 1, 6), ...range('col', 1, 5), ...range('z', 1, 8)].map(t),
      ...['insp-1', 'proposal-2', 'proposal-1', 'tenant-1', 'phase-1', 'demand-1'].map(t),
    ]);
    expect(made.filter((id) => !inIdSpace(id, 'k3f9a'))).toEqual([]);
    // the ids stay valid for the file format
    const parsed = parsePlan(serializePlan(plan));
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message.en).join('; '));
    expect(parsed.plan).toEqual(plan);
  });

  it('two peers starting from the same plan make disjoint ids', () => {
    setIdSpace('a');
    const a = everyIdMaker(startPlan());
    setIdSpace('b');
    const b = everyIdMaker(startPlan());
    expect(a.made.length).toBe(b.made.length);
    const ofA = new Set(a.made);
    expect(b.made.filter((id) => ofA.has(id))).toEqual([]);
    // without id spaces, the same two sessions would collide on every id
    setIdSpace(null);
    const local = everyIdMaker(startPlan()).made;
    expect(everyIdMaker(startPlan()).made).toEqual(local);
  });

  it('counts within the tag: untagged ids and other tags do not move the numbers', () => {
    setIdSpace('a');
    expect(freshIds('s', 2, new Set(['s1', 's5', 's1~b', 's9~b']))).toEqual(['s1~a', 's2~a']);
    expect(freshIds('s', 2, new Set(['s1~a', 's2~a', 's7', 's3~b']))).toEqual(['s3~a', 's4~a']);
    // a gap below the highest is not filled (as locally); a taken id is skipped
    expect(freshIds('s', 1, new Set(['s4~a']))).toEqual(['s5~a']);
    expect(firstFreeId('tenant-', new Set(['tenant-1', 'tenant-1~a', 'tenant-3~a']))).toBe('tenant-2~a');
    // prefixes with regex characters, and prefixes that hold another peer's tag
    expect(freshIds('A-4F~b-al', 1, new Set(['A-4F~b-al1~a', 'A-4F~b-al1']))).toEqual(['A-4F~b-al2~a']);
    expect(freshIds('.*', 1, new Set(['x1~a']))).toEqual(['.*1~a']);
    // a plan: the example's s1 stays, the peer's desks are s1~a, s2~a, then s3~a
    const store = createEditorStore('en');
    store.getState().load(examplePlan());
    const ids = newIds(store.getState().plan, 's', 2);
    expect(ids).toEqual(['s1~a', 's2~a']);
    expect(store.getState().execute(placeWorkstations, { floorId: 'A-3F', workstations: ids.map((id, i): Workstation => ({ id, at: [35 + 2 * i, 40], rotation: 0, size: [1.2, 0.7], role: 'agent' })) })).toEqual({ ok: true });
    expect(newIds(store.getState().plan, 's', 1)).toEqual(['s3~a']);
    expect(newProposalId(store.getState().plan)).toBe('proposal-1~a');
  });

  it('derived ids: the tag appended, so copies of `s1` and `s1~a` stay apart', () => {
    setIdSpace('a');
    expect(derivedId('A-4F-s1')).toBe('A-4F-s1~a');
    expect(derivedId('A-4F-s1~a')).toBe('A-4F-s1~a~a');
    // another peer's id copied: the copy is this peer's
    expect(derivedId('A-4F-s1~b')).toBe('A-4F-s1~b~a');
    expect(inIdSpace('s1~ab', 'b')).toBe(false);
    expect(inIdSpace('s1~b', 'b')).toBe(true);
    expect(inIdSpace('s1', null)).toBe(false);
  });
});

// A guard against id makers that bypass idSpace.ts: hand-rolled numbered-id counters in the
// model and the editor. Known makers outside this task's files are listed until routed.
const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const HAND_ROLLED: RegExp[] = [
  /for \(let n = 1; ; n\+\+\)/, // first free `${prefix}${n}`
  /while \(taken\.has\(/,
  /do id = `/,
  /new RegExp\(`\^\$\{/, // a prefix's numbered ids parsed
  /\(\\d\+\)\$\/\.exec\(\w+\.id\)/, // /^insp-(\d+)$/.exec(e.id)
  /id: `[\w-]*\$\{(n|next)\+\+\}/,
];
/** Id makers not routed through idSpace.ts: none (the auto-layout's worker is given the page's id space). */
const KNOWN_UNROUTED: string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('id makers', () => {
  it('no source file but idSpace.ts counts numbered ids by hand', () => {
    const found = sourceFiles(SRC)
      .filter((path) => !path.endsWith(join('commands', 'idSpace.ts')))
      .filter((path) => HAND_ROLLED.some((pattern) => pattern.test(readFileSync(path, 'utf8'))))
      .map((path) => path.slice(SRC.length).split('\\').join('/'));
    expect(found).toEqual(KNOWN_UNROUTED);
  });
});
