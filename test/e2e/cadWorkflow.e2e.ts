// Issue 14's browser test, from a CAD drawing to a checked floor through the real UI: a blank
// project, a building drawn with the footprint tool, an office-floor DXF (written in code, with a
// frozen furniture layer, a stray line 850 m away and a POINT) loaded from the underlay tab; the
// panel lists the frozen layer hidden and the POINT as not drawn, "frame the drawing" leaves the
// stray out; a wall traced with the wall tool lands exactly on two drawing corners (then undone:
// the conversion makes that wall); the layer roles are guessed, previewed and converted. Then the
// floor is checked: with two exits placed on the outline the travel distance is measured for all
// 8 rooms, and 机房 and the unnamed room fail (the drawing has no door into them, so nobody can
// get out); two doors drawn on the corridor wall fix both. Once per language, English with the
// drawing's English layer names, Chinese with Chinese ones.
// Screenshots go to SHOTS_DIR, or, with CALLFLOOR_DOC_IMAGES=docs/images, to the docs as
// cad-*.png (1440 × 900, or a clip of it) for docs/cad.md.
// Run: npx vite build --outDir /tmp/cad-dist && vite preview --port 4187 --outDir /tmp/cad-dist &
//      CALLFLOOR_URL=http://127.0.0.1:4187 npx tsx --test test/e2e/cadWorkflow.e2e.ts
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { CHINESE_LAYERS, ENGLISH_LAYERS, officeFloorDxf, type OfficeFloorLayers } from '../floorplan/underlay/convert/officeFloorDxf.ts';
import { SHOTS_DIR, clientPoint, launch, nextFrame, openApp } from './helpers.ts';

type Pt = [number, number];
type Lang = 'en' | 'zh-CN';
interface Wall { id: string; a: Pt; b: Pt }
interface Door { id: string; at: Pt; wall?: string }
interface Exit { id: string; at: Pt }
interface Zone { id: string; name: string; use: string }
interface FloorView { id: string; outline: Pt[]; walls: Wall[]; doors: Door[]; windows: unknown[]; columns: unknown[]; exits: Exit[]; zones: Zone[]; underlay?: { origin: Pt; scale: number; rotation: number; hiddenLayers?: string[] } }
interface Finding { ruleId: string; status: string; measured: { value: number | null }; where: { floorId?: string; elementIds: string[] } }
type Win = {
  __callfloor: {
    store: { getState(): { revision: number; history: { undo: unknown[] }; session: { level: string }; plan: { site: { buildings: { id: string; floors: FloorView[] }[] } } } };
    checks: { getState(): { revision: number; pending: boolean; result: { findings: Finding[] } | null } };
  };
};

const VIEWPORT = { width: 1440, height: 900 };
const DOC_IMAGES = process.env['CALLFLOOR_DOC_IMAGES'];
/** The shots docs/cad.md shows (the others go to SHOTS_DIR only). */
const DOC_SHOTS = new Set(['load-en', 'load-zh-CN', 'frame-zh-CN', 'snap-en', 'snap-zh-CN', 'roles-en', 'roles-zh-CN', 'preview-en', 'preview-zh-CN', 'converted-zh-CN', 'checks-en', 'checks-zh-CN', 'fixed-en', 'export-en', 'export-zh-CN']);
/** The building on the blank parcel: lower-left corner and size (m); the drawing is 20 × 12 m plus an axis. */
const B0: Pt = [20, 20];
const BW = 24;
const BD = 18;
const FURNITURE = 'A-FURN';
/** One stray line 850 m from the building (an xref's leftover, as real drawings have). */
const STRAY: [Pt, Pt] = [[850000, 620000], [851000, 620000]];

const dxfLines = (groups: [number, string | number][]) => groups.map(([c, v]) => `${c}\n${v}\n`).join('');

/**
 * The office floor of officeFloorDxf with what real drawings also hold: a frozen furniture layer
 * (its LAYER table after the header), a stray line far away and a POINT (not drawn), added to the
 * end of the ENTITIES section (the last section the generator writes).
 */
function officeDrawing(layers: OfficeFloorLayers): string {
  const base = officeFloorDxf(layers);
  const headerEnd = base.indexOf('0\nENDSEC\n') + '0\nENDSEC\n'.length;
  const table = dxfLines([[0, 'SECTION'], [2, 'TABLES'], [0, 'TABLE'], [2, 'LAYER'], [70, 1], [0, 'LAYER'], [2, FURNITURE], [70, 1], [62, 7], [6, 'CONTINUOUS'], [0, 'ENDTAB'], [0, 'ENDSEC']]);
  const extra = dxfLines([
    [0, 'LINE'], [8, FURNITURE], [10, 1000], [20, 1000], [30, 0], [11, 2500], [21, 1000], [31, 0],
    [0, 'LINE'], [8, FURNITURE], [10, 1000], [20, 1700], [30, 0], [11, 2500], [21, 1700], [31, 0],
    [0, 'LINE'], [8, '0'], [10, STRAY[0][0]], [20, STRAY[0][1]], [30, 0], [11, STRAY[1][0]], [21, STRAY[1][1]], [31, 0],
    [0, 'POINT'], [8, '0'], [10, 5000], [20, 5000], [30, 0],
  ]);
  const tail = '0\nENDSEC\n0\nEOF\n';
  assert.ok(base.endsWith(tail), 'the generator ends with the ENTITIES section');
  const withTable = base.slice(0, headerEnd) + table + base.slice(headerEnd);
  return withTable.slice(0, -tail.length) + extra + tail;
}

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function shot(page: Page, name: string, target?: Locator | { x: number; y: number; width: number; height: number }): Promise<void> {
  const forDocs = DOC_IMAGES !== undefined && DOC_SHOTS.has(name);
  const dir = forDocs ? DOC_IMAGES : SHOTS_DIR;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${forDocs ? 'cad-' : 'cad-workflow-'}${name}.png`);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await nextFrame(page);
  if (target && 'screenshot' in target) await target.screenshot({ path });
  else await page.screenshot({ path, ...(target ? { clip: target } : {}) });
}

function floorOf(page: Page): Promise<FloorView> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as Win).__callfloor.store.getState().plan.site.buildings[0]!.floors[0]!)) as FloorView);
}

const undoSteps = (page: Page) => page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().history.undo.length);

/** Where a drawing point (mm) lies on the plan: src/floorplan/underlay/transform.ts's operations, in its order. */
function toPlan(u: { origin: Pt; scale: number; rotation: number }, p: Pt): Pt {
  const r = (u.rotation * Math.PI) / 180;
  const x = p[0] * u.scale;
  const y = p[1] * u.scale;
  return [u.origin[0] + (x * Math.cos(r) - y * Math.sin(r)), u.origin[1] + (x * Math.sin(r) + y * Math.cos(r))];
}

/** Waits, frame by frame, until two plan points stay put on screen (a view change animates the camera). */
async function steady(page: Page, a: Pt, b: Pt): Promise<void> {
  let last = '';
  for (let same = 0, i = 0; i < 200; i++) {
    await nextFrame(page);
    const now = JSON.stringify(await Promise.all([clientPoint(page, a).catch(() => null), clientPoint(page, b).catch(() => null)]));
    same = now === last && !now.includes('null') ? same + 1 : 0;
    if (same >= 3) return;
    last = now;
  }
  throw new Error('the camera did not settle');
}

async function clickAt(page: Page, p: Pt, offset: Pt = [0, 0]): Promise<void> {
  const c = await clientPoint(page, p);
  await page.mouse.click(c.x + offset[0], c.y + offset[1]);
}

/** The checks of the latest plan revision (the worker answers after a short quiet time). */
async function checked(page: Page, floorId: string): Promise<Finding[]> {
  await page.waitForFunction(() => {
    const w = window as unknown as Win;
    const c = w.__callfloor.checks.getState();
    return c.result !== null && !c.pending && c.revision === w.__callfloor.store.getState().revision;
  }, undefined, { timeout: 30_000 });
  return page.evaluate((id) => (window as unknown as Win).__callfloor.checks.getState().result!.findings.filter((f) => f.where.floorId === id), floorId);
}

const ROOM_NAMES: Record<Lang, string[]> = {
  en: ['Corridor 1', 'Room 1', '会议室', '卫生间', '培训室', '机房', '经理室', '话务区'],
  'zh-CN': ['会议室', '卫生间', '培训室', '房间 1', '机房', '经理室', '话务区', '走道 1'],
};
const SUMMARY: Record<Lang, string> = {
  en: '7 walls (+4 external), 6 doors, 3 windows, 8 rooms, 5 columns; 1 not understood',
  'zh-CN': '墙 7 段（另有外墙 4 段），门 6 个，窗 3 个，房间 8 个，柱 5 个；未识别 1 处',
};

for (const lang of ['en', 'zh-CN'] as const) {
  const layers = lang === 'en' ? ENGLISH_LAYERS : CHINESE_LAYERS;
  test(`a DXF office floor becomes a checked Callfloor floor: load, frame, snap, roles, preview, convert, check (${lang})`, async () => {
    const started = performance.now();
    const { page, errors } = await openApp(browser, { plan: '/samples/example.callfloor.json', camera: 'plan', lang }, VIEWPORT);

    // 1. a blank project, and a 24 × 18 m building drawn with the footprint tool
    await page.getByTestId('toggle-projects').click();
    await page.getByTestId('project-new-blank').click();
    await page.getByTestId('project-new-create').click();
    await page.waitForFunction(() => {
      const s = (window as unknown as Win).__callfloor.store.getState();
      return s.plan.site.buildings.length === 0 && s.session.level === 'park';
    }, undefined, { timeout: 20_000 });
    await page.getByTestId('toggle-projects').click();
    await steady(page, B0, [B0[0] + BW, B0[1] + BD]);
    await page.locator('[data-tool="building"]').click();
    for (const p of [B0, [B0[0] + BW, B0[1]], [B0[0] + BW, B0[1] + BD], [B0[0], B0[1] + BD]] as Pt[]) await clickAt(page, p);
    await page.keyboard.press('Enter');
    await page.keyboard.press('v');
    const building = await page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as Win).__callfloor.store.getState().plan.site.buildings[0])) as { id: string; floors: FloorView[] });
    const floorId = building.floors[0]!.id;
    await page.locator(`[data-building="${building.id}"]`).click();
    await page.locator(`[data-floor="${floorId}"]`).click();
    await page.waitForFunction((id) => (document.body.dataset['view'] ?? '').startsWith(`floor:${id}|plan`), floorId, { timeout: 30_000 });
    const empty = await floorOf(page);
    assert.equal(empty.walls.length + empty.zones.length + empty.doors.length, 0, 'the new floor is empty');
    const floorMin: Pt = [Math.min(...empty.outline.map((p) => p[0])), Math.min(...empty.outline.map((p) => p[1]))];

    // 2. load the drawing from the underlay tab
    await page.locator('[data-panel="underlay"]').click();
    await page.getByTestId('underlay-file').setInputFiles({ name: 'office-floor.dxf', mimeType: 'application/dxf', buffer: Buffer.from(officeDrawing(layers)) });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="convert-layers"] li').length > 0, undefined, { timeout: 30_000 });
    const u = (await floorOf(page)).underlay!;
    // millimetres ($INSUNITS 4); the extent's lower-left (the axis' end at (0, −2000), the stray left out) on the floor's
    assert.equal(u.scale, 0.001);
    assert.deepEqual(u.origin, [floorMin[0], floorMin[1] + 2000 * 0.001]);
    assert.deepEqual(u.hiddenLayers, [FURNITURE], 'the layer frozen in the file starts hidden');
    const furniture = page.locator(`[data-testid="underlay-layers"] li[data-layer="${FURNITURE}"]`);
    assert.equal(await furniture.getAttribute('data-frozen'), 'true');
    assert.equal(await furniture.locator('input').isChecked(), false);
    assert.equal(await page.locator('[data-testid="underlay-skipped"] li[data-type="POINT"] .muted').innerText(), '1', 'the POINT is counted, not dropped');
    await page.getByTestId('underlay-strays').waitFor();
    await shot(page, `load-${lang}`);

    // 3. frame the drawing: its 20 × 16 m extent fills the canvas; the stray 850 m away is left out
    const corner0 = toPlan(u, [0, -2000]);
    const corner1 = toPlan(u, [20000, 14000]);
    await page.getByTestId('underlay-frame').click();
    await steady(page, corner0, corner1);
    const canvas = (await page.locator('.scene canvas').boundingBox())!;
    const c0 = await clientPoint(page, corner0);
    const c1 = await clientPoint(page, corner1);
    for (const c of [c0, c1]) assert.ok(c.x >= canvas.x && c.x <= canvas.x + canvas.width && c.y >= canvas.y && c.y <= canvas.y + canvas.height, `the drawing's corner ${JSON.stringify(c)} is on the canvas ${JSON.stringify(canvas)}`);
    assert.ok(Math.max((c1.x - c0.x) / canvas.width, (c0.y - c1.y) / canvas.height) > 0.7, 'the drawing fills the canvas');
    await shot(page, `frame-${lang}`);

    // 4. trace a wall on the drawing: 话务区's north face, between two drawing corners, a pixel or two off each
    const from = toPlan(u, [240, 5940]);
    const to = toPlan(u, [7940, 5940]);
    await page.keyboard.press('w');
    assert.equal(await page.locator('input[name="snapDrawing"]').isChecked(), true, 'snapping to the drawing is on');
    const walls0 = (await floorOf(page)).walls.length;
    const fromClient = await clientPoint(page, from);
    await page.mouse.move(fromClient.x + 2, fromClient.y + 2, { steps: 3 });
    const label = page.getByTestId('snap-label');
    await label.waitFor({ state: 'visible' });
    assert.equal(await label.getAttribute('data-kind'), 'endpoint');
    assert.equal(await label.innerText(), lang === 'en' ? 'Endpoint (drawing)' : '端点（底图）');
    await page.mouse.click(fromClient.x + 2, fromClient.y + 2);
    const toClient = await clientPoint(page, to);
    await page.mouse.move(toClient.x - 2, toClient.y + 2, { steps: 3 });
    await shot(page, `snap-${lang}`, { x: Math.max(0, fromClient.x - 80), y: Math.max(0, toClient.y - 170), width: toClient.x - fromClient.x + 240, height: 300 });
    await page.mouse.click(toClient.x - 2, toClient.y + 2);
    await page.keyboard.press('Enter');
    const traced = (await floorOf(page)).walls;
    assert.equal(traced.length, walls0 + 1);
    assert.deepEqual([traced.at(-1)!.a, traced.at(-1)!.b], [from, to], 'the wall ends exactly on the drawing corners');
    assert.notEqual(Math.round(from[1] * 10) / 10, from[1], 'off the 0.1 m grid: the drawing, not the grid, placed it');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    assert.equal((await floorOf(page)).walls.length, walls0, 'undone: the conversion makes that wall');
    await page.keyboard.press('v');

    // 5. layer roles, guessed from the names
    const roles = await page.locator('[data-testid="convert-layers"] li').evaluateAll((items) => Object.fromEntries(items.map((li) => [(li as HTMLElement).dataset['roleLayer'], (li.querySelector('select') as HTMLSelectElement).value])));
    assert.deepEqual(roles, { [layers.wall]: 'walls', [layers.door]: 'doors', [layers.window]: 'windows', [layers.column]: 'columns', [layers.text]: 'names', DIM: 'ignore', WINDOW_TEXT: 'ignore', AXIS: 'ignore', [FURNITURE]: 'ignore', '0': 'ignore' });
    assert.equal(await page.locator('input[name="convert-replace-outline"]').isChecked(), true, 'an empty floor takes the drawing\'s outline');
    await page.getByTestId('convert-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, `roles-${lang}`);

    // 6. preview: nothing changes yet
    const before = await undoSteps(page);
    await page.getByTestId('convert-preview').click();
    await page.getByTestId('convert-summary').waitFor();
    assert.equal(await page.getByTestId('convert-summary').innerText(), SUMMARY[lang]);
    assert.equal(await page.getByTestId('conversion-room-label').count(), 8);
    assert.equal(await undoSteps(page), before, 'the preview changes nothing');
    await page.getByTestId('convert-result').scrollIntoViewIfNeeded();
    await shot(page, `preview-${lang}`);

    // 7. convert: one step
    await page.getByTestId('convert-apply').click();
    await page.getByTestId('convert-done').waitFor();
    assert.equal(await undoSteps(page), before + 1, 'one undo step');
    let floor = await floorOf(page);
    assert.deepEqual([floor.walls.length, floor.doors.length, floor.windows.length, floor.columns.length, floor.exits.length], [7, 6, 3, 5, 0]);
    assert.deepEqual(floor.zones.map((z) => z.name).sort(), ROOM_NAMES[lang]);
    const use = Object.fromEntries(floor.zones.map((z) => [z.name, z.use]));
    assert.deepEqual([use['话务区'], use['会议室'], use['机房'], use['卫生间']], ['work', 'meeting', 'server', 'toilet']);
    // the outline: the inner face of the external walls, 0.24–19.76 × 0.24–11.76 m of the drawing
    const xs = floor.outline.map((p) => p[0]);
    const ys = floor.outline.map((p) => p[1]);
    const round = (v: number) => Math.round(v * 1e4) / 1e4;
    assert.deepEqual([round(Math.min(...xs)), round(Math.min(...ys)), round(Math.max(...xs)), round(Math.max(...ys))], [round(u.origin[0] + 0.24), round(u.origin[1] + 0.24), round(u.origin[0] + 19.76), round(u.origin[1] + 11.76)]);
    await shot(page, `converted-${lang}`);

    // 8. the conversion makes no exits: two with the exit tool, at the entrance and the corridor's west end
    await page.keyboard.press('e');
    await clickAt(page, toPlan(u, [17250, 240]));
    await clickAt(page, toPlan(u, [240, 6900]));
    await page.keyboard.press('v');
    floor = await floorOf(page);
    assert.equal(floor.exits.length, 2);
    const onOutline = (p: Pt) => [Math.min(...xs), Math.max(...xs)].some((x) => Math.abs(p[0] - x) < 1e-6) || [Math.min(...ys), Math.max(...ys)].some((y) => Math.abs(p[1] - y) < 1e-6);
    assert.ok(floor.exits.every((e) => onOutline(e.at)), `exits on the outline: ${JSON.stringify(floor.exits)}`);

    // 9. check: every room gets its travel distance; 机房 and the unnamed room have no door, so no way out
    await page.locator('[data-panel="checks"]').click();
    let findings = await checked(page, floorId);
    const zoneId = (name: string) => floor.zones.find((z) => z.name === name)!.id;
    const closedIn = [zoneId('机房'), zoneId(lang === 'en' ? 'Room 1' : '房间 1')].sort();
    const exitCount = findings.find((f) => f.ruleId === 'fire.exit-count')!;
    assert.deepEqual([exitCount.status, exitCount.measured.value], ['pass', 2]);
    const travel = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'fire.travel-distance' && floor.zones.some((z) => z.id === f.where.elementIds[0]));
    assert.deepEqual(travel(findings).map((f) => f.where.elementIds[0]).sort(), floor.zones.map((z) => z.id).sort(), 'one travel-distance finding per room');
    assert.deepEqual(travel(findings).filter((f) => f.status === 'fail').map((f) => f.where.elementIds[0]).sort(), closedIn);
    assert.ok(travel(findings).filter((f) => f.status === 'fail').every((f) => f.measured.value === null), 'no way out: no walking distance');
    // the panel shows this floor's result, for this revision
    const revision = await page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().revision);
    assert.equal(await page.getByTestId('rule-panel').getAttribute('data-revision'), String(revision));
    assert.equal(await page.getByTestId('rule-counts-fail').innerText(), String(findings.filter((f) => f.status === 'fail').length));
    assert.equal(await page.getByTestId('rule-counts-pass').innerText(), String(findings.filter((f) => f.status === 'pass').length));
    // the two rooms are one row (one rule, one cause); opened, it names them
    const group = page.locator('[data-testid="finding-group"][data-rule="fire.travel-distance"][data-status="fail"]');
    assert.equal(await group.getAttribute('data-count'), '2');
    await group.getByTestId('finding-group-head').click();
    const messages = (await group.getByTestId('finding-message').allInnerTexts()).join(' | ');
    assert.ok(messages.includes('机房') && messages.includes(lang === 'en' ? 'Room 1' : '房间 1'), messages);
    await group.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, `checks-${lang}`);

    // 10. fix it with the normal tools: a door from the corridor into each room
    await page.keyboard.press('d');
    await clickAt(page, toPlan(u, [3000, 7800]));
    await clickAt(page, toPlan(u, [18000, 7800]));
    await page.keyboard.press('v');
    floor = await floorOf(page);
    const corridorWall = floor.walls.find((w) => Math.abs(w.a[1] - toPlan(u, [0, 7800])[1]) < 1e-6 && Math.abs(w.b[1] - w.a[1]) < 1e-6)!;
    const added = floor.doors.slice(6);
    assert.equal(added.length, 2);
    assert.ok(added.every((d) => d.wall === corridorWall.id), 'both doors on the corridor wall');
    findings = await checked(page, floorId);
    assert.deepEqual(travel(findings).map((f) => f.status), Array(8).fill('pass'), 'every room has a way out now');
    assert.equal(await page.getByTestId('rule-panel').getAttribute('data-revision'), String(await page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().revision)));
    await page.getByTestId('area-fire').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, `fixed-${lang}`);

    // 11. back to CAD: the floor as DXF from the Export dialog, in millimetres, rooms named
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-kind').selectOption('floor-dxf');
    await shot(page, `export-${lang}`, page.getByTestId('export-menu'));
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-run').click()]);
    assert.match(download.suggestedFilename(), /\.dxf$/);
    const exported = readFileSync(await download.path(), 'utf8');
    assert.match(exported, /\$INSUNITS\s*\n\s*70\s*\n\s*4\s*\n/, 'millimetres');
    for (const name of floor.zones.map((z) => z.name)) assert.ok(exported.includes(name), `room ${name} is labelled in the DXF`);

    assert.deepEqual(errors, []);
    console.log(`cadWorkflow ${lang}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await page.close();
  });
}
