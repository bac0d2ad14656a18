// The label declutterer: collisions go to the higher priority, a label too big for its zone drops
// its detail, shrinks, then hides, a label beside its anchor keeps clear of it, and for random
// inputs no two shown labels overlap and every shown label stays in its zone and the viewport.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/floorplan/generate/random.ts';
import { layoutLabels, type LayoutLabel, type Rect } from '../../src/view3d/labelLayout.ts';

const VIEW: Rect = { left: 0, top: 0, right: 1000, bottom: 800 };

function label(x: number, y: number, priority: number, extra: Partial<LayoutLabel> = {}): LayoutLabel {
  return { x, y, full: { width: 80, height: 30 }, compact: { width: 60, height: 16 }, priority, within: null, minScale: 0.75, ...extra };
}

function disjoint(a: Rect, b: Rect): boolean {
  return a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
}

describe('layoutLabels', () => {
  it('shows a lone label at full size centred on its anchor', () => {
    const [p] = layoutLabels([label(100, 100, 1)], { viewport: VIEW });
    expect(p).toEqual({ shown: true, detail: true, scale: 1, rect: { left: 60, top: 85, right: 140, bottom: 115 } });
  });

  it('hides the lower priority of two labels on the same spot, whatever their order', () => {
    const labels = [label(100, 100, 5, { minScale: 1 }), label(105, 102, 50, { minScale: 1 })];
    const [low, high] = layoutLabels(labels, { viewport: VIEW });
    expect(high!.shown).toBe(true);
    expect(high!.detail).toBe(true);
    expect(low!.shown).toBe(false);
    // equal priorities: the earlier wins
    const [first, second] = layoutLabels([label(100, 100, 1, { minScale: 1 }), label(100, 100, 1, { minScale: 1 })], { viewport: VIEW });
    expect(first!.shown).toBe(true);
    expect(second!.shown).toBe(false);
  });

  it('lets a lower-priority neighbour drop its detail line to clear a collision', () => {
    // the high one spans y 85..115; the low one's full box (y 115..145) touches it within the 2 px
    // gap, its title alone (y 122..138) keeps clear
    const [high, low] = layoutLabels([label(100, 100, 9), label(100, 130, 1)], { viewport: VIEW, gap: 2 });
    expect(high!.detail).toBe(true);
    expect(low).toMatchObject({ shown: true, detail: false, scale: 1 });
    expect(low!.rect).toEqual({ left: 70, top: 122, right: 130, bottom: 138 });
  });

  it('shrinks a label to fit its zone, then hides it when even the smallest does not fit', () => {
    const zone = (width: number): Rect => ({ left: 100 - width / 2, top: 50, right: 100 + width / 2, bottom: 150 });
    // 100 px wide: the full 80 px label fits
    expect(layoutLabels([label(100, 100, 1, { within: zone(100) })], { viewport: VIEW })[0]).toMatchObject({ shown: true, detail: true, scale: 1 });
    // 70 px: the full label does not, the 60 px title does
    expect(layoutLabels([label(100, 100, 1, { within: zone(70) })], { viewport: VIEW })[0]).toMatchObject({ shown: true, detail: false, scale: 1 });
    // 50 px: the title at 0.75 (45 px) fits, at 0.875 (52.5 px) it does not
    expect(layoutLabels([label(100, 100, 1, { within: zone(50) })], { viewport: VIEW })[0]).toMatchObject({ shown: true, detail: false, scale: 0.75 });
    // 40 px: nothing fits
    expect(layoutLabels([label(100, 100, 1, { within: zone(40) })], { viewport: VIEW })[0]).toMatchObject({ shown: false, rect: null });
    // the same 40 px zone under the pointer: shown anyway, at full size
    expect(layoutLabels([label(100, 100, 1, { within: zone(40), forced: true })], { viewport: VIEW })[0]).toMatchObject({ shown: true, detail: true, scale: 1 });
  });

  it('places the forced (hovered) label first, even over a higher priority', () => {
    const [exit, hovered] = layoutLabels([label(100, 100, 1e12, { minScale: 1 }), label(100, 100, 1, { forced: true, minScale: 1 })], { viewport: VIEW });
    expect(hovered!.shown).toBe(true);
    expect(exit!.shown).toBe(false);
  });

  it('hides a label outside the viewport or with no anchor on screen', () => {
    const [off, behind] = layoutLabels([label(995, 100, 1), label(NaN, NaN, 1)], { viewport: VIEW });
    expect(off!.shown).toBe(false);
    expect(behind!.shown).toBe(false);
  });

  it('puts a side label beside its anchor, the gap away', () => {
    const badge = { full: { width: 40, height: 14 }, compact: { width: 40, height: 14 }, minScale: 1 };
    const [right, up] = layoutLabels(
      [label(200, 200, 1, { ...badge, sides: [{ dx: 1, dy: 0 }] }), label(500, 500, 1, { ...badge, sides: [{ dx: 0, dy: -1 }] })],
      { viewport: VIEW, sideGap: 3 },
    );
    expect(right!.rect).toEqual({ left: 203, top: 193, right: 243, bottom: 207 });
    expect(up!.rect).toEqual({ left: 480, top: 483, right: 520, bottom: 497 });
  });

  it('takes the next side where the first leaves the viewport or collides', () => {
    const badge = { full: { width: 40, height: 14 }, compact: { width: 40, height: 14 }, minScale: 1 };
    const sides = [{ dx: -1, dy: 0 }, { dx: 1, dy: 0 }, { dx: 0, dy: 1 }];
    // 20 px from the left edge: the left side would leave the canvas
    const [edge] = layoutLabels([label(20, 100, 1, { ...badge, sides })], { viewport: VIEW, sideGap: 3 });
    expect(edge!.rect).toEqual({ left: 23, top: 93, right: 63, bottom: 107 });
    // a higher label on the right: the badge goes below
    const [, below] = layoutLabels([label(90, 300, 9, { minScale: 1 }), label(20, 300, 1, { ...badge, sides })], { viewport: VIEW, sideGap: 3 });
    expect(below!.rect).toEqual({ left: 0, top: 303, right: 40, bottom: 317 });
  });

  it('never shows two overlapping labels, and keeps each in its zone and the viewport (random cases)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = seededRandom(seed);
      const n = random.int(5, 300);
      const labels: LayoutLabel[] = Array.from({ length: n }, () => {
        const x = random.next() * 1000;
        const y = random.next() * 800;
        const cw = 20 + random.next() * 100;
        const ch = 10 + random.next() * 10;
        const hasDetail = random.next() < 0.6;
        const zw = random.next() * 250;
        const zh = random.next() * 120;
        return {
          x,
          y,
          compact: { width: cw, height: ch },
          full: hasDetail ? { width: cw + random.next() * 40, height: ch * 2 } : { width: cw, height: ch },
          priority: random.int(0, 5),
          within: random.next() < 0.7 ? { left: x - zw / 2, right: x + zw / 2, top: y - zh / 2, bottom: y + zh / 2 } : null,
          minScale: random.pick([1, 0.75, 0.5]),
          ...(random.next() < 0.1 ? { sides: [{ dx: 0, dy: 1 }, { dx: -1, dy: 0 }] } : {}),
          ...(random.next() < 0.02 ? { forced: true } : {}),
        };
      });
      const out = layoutLabels(labels, { viewport: VIEW, gap: 0 });
      const shown = out.flatMap((p, i) => (p.shown && p.rect ? [{ rect: p.rect, label: labels[i]! }] : []));
      expect(shown.length, `seed ${seed}`).toBeGreaterThan(0);
      const problems: string[] = [];
      for (let a = 0; a < shown.length; a++) {
        const { rect, label: l } = shown[a]!;
        if (!(rect.left >= -0.5 && rect.right <= 1000.5 && rect.top >= -0.5 && rect.bottom <= 800.5)) problems.push(`${a} leaves the viewport`);
        if (l.within && !l.forced && !(rect.left >= l.within.left - 0.5 && rect.right <= l.within.right + 0.5 && rect.top >= l.within.top - 0.5 && rect.bottom <= l.within.bottom + 0.5)) {
          problems.push(`${a} leaves its zone`);
        }
        for (let b = a + 1; b < shown.length; b++) if (!disjoint(rect, shown[b]!.rect)) problems.push(`${a} and ${b} overlap`);
      }
      expect(problems, `seed ${seed}`).toEqual([]);
    }
  });

  it('lays out a thousand labels quickly', () => {
    const random = seededRandom(99);
    const labels = Array.from({ length: 1000 }, () => label(random.next() * 1000, random.next() * 800, random.int(0, 100)));
    const start = performance.now();
    for (let i = 0; i < 10; i++) layoutLabels(labels, { viewport: VIEW });
    // ten frames of a thousand labels: well under a frame each on any machine
    expect((performance.now() - start) / 10).toBeLessThan(16);
  });
});
