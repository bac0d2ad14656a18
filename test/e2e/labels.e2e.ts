// Browser tests of the scene's labels: on every distinct zoned floor of the sample park (floors
// that repeat another's zones and exits are opened once), in plan, at three window sizes, the shown labels never overlap, most zones are labelled (inside their
// zone, with area and seats where there is room), every exit has a small badge beside (not on)
// its door, a hidden zone label shows while the pointer is over its zone, and the building and
// park views still label their floors and buildings.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/labels.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, clientPoint, launch, nextFrame, openApp, screenshot, waitForView } from './helpers.ts';

type Pt = [number, number];
type XY = { x: number; y: number };
interface PlanFloor {
  id: string;
  outline: Pt[];
  zones: { id: string; name: string; polygon: Pt[] }[];
  exits: { id: string; at: Pt }[];
  workstations: { id: string; at: Pt }[];
}
interface Plan {
  site: { buildings: { id: string; floors: PlanFloor[] }[] };
}

interface LabelBox {
  key: string;
  kind: string;
  text: string;
  compact: boolean;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

let browser: Browser;
let plan: Plan;
let floors: PlanFloor[];

before(async () => {
  browser = await launch();
  const response = await fetch(`${BASE_URL}/samples/sample-park.callfloor.json`);
  plan = (await response.json()) as Plan;
  floors = distinctFloors(plan.site.buildings.flatMap((b) => b.floors).filter((f) => f.zones.length > 0));
});

/**
 * One floor per layout: floors whose zones and exits are the same relative to the outline's
 * corner (the office buildings' 12 storeys are one layout) draw the same labels. A-3F, the
 * floor of the issue, stands for its group.
 */
function distinctFloors(all: readonly PlanFloor[]): PlanFloor[] {
  const groups = new Map<string, PlanFloor[]>();
  for (const f of all) {
    const x0 = Math.min(...f.outline.map((p) => p[0]));
    const y0 = Math.min(...f.outline.map((p) => p[1]));
    const rel = (p: Pt) => [+(p[0] - x0).toFixed(2), +(p[1] - y0).toFixed(2)];
    const key = JSON.stringify([f.zones.map((z) => z.polygon.map(rel)), f.exits.map((e) => rel(e.at))]);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((g) => g.find((f) => f.id === 'A-3F') ?? g[0]!);
}

after(async () => {
  await browser?.close();
});

type Win = { __callfloor: { store: { getState(): { openFloor(id: string): void; openBuilding(id: string): void; openPark(): void } } } };

/** The labels that show: displayed, visible, and inside the canvas. */
function shownLabels(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.scene canvas')!.getBoundingClientRect();
    const out: LabelBox[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.scene-labels > .scene-label')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility !== 'visible') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.left < canvas.left - 0.5 || r.right > canvas.right + 0.5 || r.top < canvas.top - 0.5 || r.bottom > canvas.bottom + 0.5) continue;
      out.push({
        key: el.dataset['label'] ?? '',
        kind: el.dataset['kind'] ?? '',
        text: el.innerText.replace(/\s+/g, ' '),
        compact: el.classList.contains('scene-label--compact'),
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      });
    }
    return out;
  });
}

function overlapping(labels: readonly LabelBox[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`${a.text} × ${b.text}`);
    }
  }
  return pairs;
}

function inPolygon(p: XY, polygon: readonly XY[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** The floor's zone corners and exits on the page, in one round trip. */
function toClient(page: Page, floor: PlanFloor): Promise<{ zones: XY[][]; exits: XY[] }> {
  return page.evaluate(
    ([zones, exits]) => {
      // no named helper in here: the bundler would wrap it in a __name() the page does not have
      const probe = (window as unknown as { __callfloor: { planToClient(p: Pt, h: number): XY | null } }).__callfloor;
      return {
        zones: zones.map((z) => z.map((p) => probe.planToClient(p, 0.1) ?? { x: NaN, y: NaN })),
        exits: exits.map((p) => probe.planToClient(p, 0.1) ?? { x: NaN, y: NaN }),
      };
    },
    [floor.zones.map((z) => z.polygon), floor.exits.map((e) => e.at)] as const,
  );
}

async function openFloor(page: Page, id: string): Promise<void> {
  await page.evaluate((f) => (window as unknown as Win).__callfloor.store.getState().openFloor(f), id);
  await waitForView(page, `floor:${id}|plan`);
  await nextFrame(page);
}

/** Zone labels need room: the narrowest zone labelled must be at least this share of the zones. */
const MIN_ZONE_SHARE = 0.6;

for (const viewport of VIEWPORTS) {
  test(`labels never overlap and label most zones at ${viewport.width}×${viewport.height}`, async () => {
    const { page, errors } = await openApp(browser, { floor: floors[0]!.id, camera: 'plan', lang: 'zh-CN' }, viewport);
    try {
      assert.ok(floors.some((f) => f.id === 'A-3F') && floors.some((f) => f.id.startsWith('C-')), 'the sample has zoned floors in A and C');
      for (const floor of floors) {
        await openFloor(page, floor.id);
        const labels = await shownLabels(page);
        assert.deepEqual(overlapping(labels), [], `${floor.id}: overlapping labels`);

        const zones = labels.filter((l) => l.kind === 'zone');
        assert.ok(zones.length >= Math.ceil(floor.zones.length * MIN_ZONE_SHARE), `${floor.id}: only ${zones.length} of ${floor.zones.length} zones labelled`);
        const screen = await toClient(page, floor);
        for (const label of zones) {
          const zone = floor.zones.find((z) => z.id === label.key);
          assert.ok(zone, `${floor.id}: label ${label.key} names a zone`);
          assert.ok(label.text.startsWith(zone.name), `${floor.id}: ${label.text} starts with ${zone.name}`);
          const polygon = screen.zones[floor.zones.indexOf(zone)]!;
          const centre = { x: (label.left + label.right) / 2, y: (label.top + label.bottom) / 2 };
          assert.ok(inPolygon(centre, polygon), `${floor.id}: ${zone.name}'s label is inside the zone`);
        }

        // every exit has its badge, small, beside the door and not on it
        const badges = labels.filter((l) => l.kind === 'exit');
        assert.equal(badges.length, floor.exits.length, `${floor.id}: every exit has a badge`);
        for (const exit of floor.exits) {
          const badge = badges.find((b) => b.key === exit.id);
          assert.ok(badge, `${floor.id}: badge of ${exit.id}`);
          assert.ok(badge.bottom - badge.top <= 18 && badge.right - badge.left <= 64, `${floor.id}: ${exit.id}'s badge is small (${badge.right - badge.left}×${badge.bottom - badge.top})`);
          const door = screen.exits[floor.exits.indexOf(exit)]!;
          const dx = Math.max(badge.left - door.x, 0, door.x - badge.right);
          const dy = Math.max(badge.top - door.y, 0, door.y - badge.bottom);
          assert.ok(dx + dy > 1, `${floor.id}: ${exit.id}'s badge does not sit on the door`);
          assert.ok(Math.hypot(dx, dy) <= 6, `${floor.id}: ${exit.id}'s badge is beside the door (${Math.hypot(dx, dy).toFixed(1)} px away)`);
        }
      }
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}

test('a zone label shows its area and seats, hand-counted', async () => {
  const { page } = await openApp(browser, { floor: 'A-3F', camera: 'plan', lang: 'zh-CN' }, { width: 1440, height: 900 });
  try {
    const labels = await shownLabels(page);
    const floor = floors.find((f) => f.id === 'A-3F')!;
    const hall = floor.zones.find((z) => z.name === '话务二区')!;
    const label = labels.find((l) => l.key === hall.id);
    assert.ok(label, 'the call floor is labelled');
    // 106 × 27 m less the two 6 × 6 m stair notches: 2862 − 72 = 2790 m²; 466 desks, 10 of them in 业务管理区
    assert.equal(label.text, '话务二区 2790 m² · 456 座');
    const management = labels.find((l) => l.text.startsWith('业务管理区'));
    // 14 × 8 m = 112 m², 10 seats (466 − 456)
    assert.ok(management && (management.text === '业务管理区 112 m² · 10 座' || (management.compact && management.text === '业务管理区')), management?.text);
  } finally {
    await page.close();
  }
});

test('a hidden zone label shows while the pointer is over its zone', async () => {
  const { page } = await openApp(browser, { floor: 'A-3F', camera: 'plan', lang: 'zh-CN' }, { width: 1280, height: 720 });
  try {
    const floor = floors.find((f) => f.id === 'A-3F')!;
    const shown = new Set((await shownLabels(page)).map((l) => l.key));
    // the narrow plant rooms (6 m) cannot hold their names at this size
    const hidden = floor.zones.find((z) => !shown.has(z.id) && z.name === '综合布线机房');
    assert.ok(hidden, `综合布线机房 is hidden at 1280×720 (shown: ${[...shown].join(', ')})`);
    const xs = hidden.polygon.map((p) => p[0]);
    const ys = hidden.polygon.map((p) => p[1]);
    const centre = await clientPoint(page, [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2]);
    await page.mouse.move(centre.x, centre.y);
    await nextFrame(page);
    const hovered = await shownLabels(page);
    assert.ok(hovered.some((l) => l.key === hidden.id), 'the hovered zone is labelled');
    assert.deepEqual(overlapping(hovered), [], 'still no overlap');
    await page.mouse.move(5, 700);
    await nextFrame(page);
    assert.ok(!(await shownLabels(page)).some((l) => l.key === hidden.id), 'hidden again when the pointer leaves');
  } finally {
    await page.close();
  }
});

test('the building and park views still label their floors and buildings, without overlap', async () => {
  const { page, errors } = await openApp(browser, { lang: 'zh-CN' }, { width: 1440, height: 900 });
  try {
    await page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().openPark());
    await waitForView(page, 'park');
    await nextFrame(page);
    const park = await shownLabels(page);
    assert.equal(park.length, plan.site.buildings.length, `a label per building: ${park.map((l) => l.text).join(' | ')}`);
    assert.deepEqual(overlapping(park), []);
    await page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().openBuilding('A'));
    await waitForView(page, 'building:A');
    await nextFrame(page);
    const building = await shownLabels(page);
    assert.ok(building.length >= 1, 'floors are labelled');
    assert.ok(building.every((l) => /F/.test(l.text)), building.map((l) => l.text).join(' | '));
    assert.deepEqual(overlapping(building), []);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('screenshots of labelled floors in both languages (1440×900)', async () => {
  for (const lang of ['zh-CN', 'en']) {
    for (const floor of ['A-3F', 'C-3F', 'C-1F']) {
      const { page } = await openApp(browser, { floor, camera: 'plan', lang }, { width: 1440, height: 900 });
      await nextFrame(page);
      await screenshot(page, `labels-${floor}-${lang}`);
      await page.close();
    }
  }
});
