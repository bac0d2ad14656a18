import { describe, expect, it } from 'vitest';
import { editTyped, parseDecimal, parseTyped, segmentReading, typedCorner, typedPoint, unitDirection } from '../../../src/editor/tools/typedInput.ts';

describe('parsing what was typed', () => {
  it('a length with "." or "," as decimal mark, and an angle after "<"', () => {
    expect(parseTyped('12.5', 'polar')).toEqual({ kind: 'polar', length: 12.5, angle: null });
    expect(parseTyped('12,5', 'polar')).toEqual({ kind: 'polar', length: 12.5, angle: null });
    expect(parseTyped('12.5<90', 'polar')).toEqual({ kind: 'polar', length: 12.5, angle: 90 });
    expect(parseTyped('7,25<-45', 'polar')).toEqual({ kind: 'polar', length: 7.25, angle: -45 });
    expect(parseTyped('.5<180', 'polar')).toEqual({ kind: 'polar', length: 0.5, angle: 180 });
    expect(parseTyped('3.', 'polar')).toEqual({ kind: 'polar', length: 3, angle: null });
  });

  it('junk, incomplete and non-positive lengths are rejected', () => {
    for (const junk of ['', 'abc', '12.5.3', '1,2,3', '1<2<3', '<90', '12.5<', '0', '-5', '5-', '1e3', ',', '.']) {
      expect(parseTyped(junk, 'polar'), junk).toBeNull();
    }
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('1.5.')).toBeNull();
  });

  it('a rectangle as width,depth (one comma), or with ";" or "*" when a decimal comma is used', () => {
    expect(parseTyped('6,4', 'size')).toEqual({ kind: 'size', width: 6, depth: 4 });
    expect(parseTyped('6.5,4', 'size')).toEqual({ kind: 'size', width: 6.5, depth: 4 });
    expect(parseTyped('6,5;4', 'size')).toEqual({ kind: 'size', width: 6.5, depth: 4 });
    expect(parseTyped('6*4,25', 'size')).toEqual({ kind: 'size', width: 6, depth: 4.25 });
    for (const junk of ['6', '6,', '6,0', '1,2,3', '6;4;2', 'x', '6<4']) expect(parseTyped(junk, 'size'), junk).toBeNull();
  });
});

describe('editing the typed text key by key', () => {
  it('digits, marks and "<" append; letters are left to the tool shortcuts', () => {
    let text: string | null = null;
    for (const key of ['1', '2', ',', '5', '<', '9', '0']) text = editTyped(text, key, 'polar') as string;
    expect(text).toBe('12,5<90');
    expect(editTyped(null, 'w', 'polar')).toBeUndefined();
    expect(editTyped('12', 'z', 'polar')).toBeUndefined();
    expect(editTyped(null, 'Enter', 'polar')).toBeUndefined();
  });

  it('Backspace deletes (the last character empties the field), Tab moves to the angle or depth', () => {
    expect(editTyped('12', 'Backspace', 'polar')).toBe('1');
    expect(editTyped('1', 'Backspace', 'polar')).toBeNull();
    expect(editTyped(null, 'Backspace', 'polar')).toBeUndefined();
    expect(editTyped('12', 'Tab', 'polar')).toBe('12<');
    expect(editTyped('12<', 'Tab', 'polar')).toBe('12<');
    expect(editTyped('6', 'Tab', 'size')).toBe('6,');
    expect(editTyped('6,5', 'Tab', 'size')).toBe('6,5;');
    // "<" is no rectangle separator
    expect(editTyped('6', '<', 'size')).toBeUndefined();
  });
});

describe('placing the typed point', () => {
  it('from (10, 10), 12.5<90 lands on (10, 22.5) exactly, and the other axes too', () => {
    const up = typedPoint([10, 10], { kind: 'polar', length: 12.5, angle: 90 }, null);
    expect(up).toEqual([10, 22.5]);
    expect(Object.is(up[0], 10) && Object.is(up[1], 22.5)).toBe(true);
    expect(typedPoint([10, 10], { kind: 'polar', length: 12.5, angle: 180 }, null)).toEqual([-2.5, 10]);
    expect(typedPoint([10, 10], { kind: 'polar', length: 12.5, angle: -90 }, null)).toEqual([10, -2.5]);
    expect(typedPoint([10, 10], { kind: 'polar', length: 12.5, angle: 360 }, null)).toEqual([22.5, 10]);
    expect(unitDirection(450)).toEqual([0, 1]);
  });

  it('without an angle it points at the pointer; the result carries no floating noise', () => {
    // toward (13, 14): the 3-4-5 direction; 12.5 × 0.6 is 7.499999999999999 in floating point
    expect(typedPoint([10, 10], { kind: 'polar', length: 12.5, angle: null }, [13, 14])).toEqual([17.5, 20]);
    expect(typedPoint([33.3, 27.8], { kind: 'polar', length: 7.25, angle: null }, [50, 27.8])).toEqual([40.55, 27.8]);
    // no pointer (or the pointer on the point): east
    expect(typedPoint([1, 1], { kind: 'polar', length: 2, angle: null }, null)).toEqual([3, 1]);
    expect(typedPoint([1, 1], { kind: 'polar', length: 2, angle: null }, [1, 1])).toEqual([3, 1]);
  });

  it('an oblique angle keeps the typed length to 1e-9 m', () => {
    const p = typedPoint([30, 25], { kind: 'polar', length: 10, angle: 30 }, null);
    expect(p).toEqual([38.660254038, 30]);
    expect(Math.abs(Math.hypot(p[0] - 30, p[1] - 25) - 10)).toBeLessThan(1e-9);
  });

  it('a rectangle opens toward the pointer', () => {
    expect(typedCorner([10, 10], { kind: 'size', width: 6, depth: 4 }, [20, 20])).toEqual([16, 14]);
    expect(typedCorner([10, 10], { kind: 'size', width: 6, depth: 4 }, [5, 15])).toEqual([4, 14]);
    expect(typedCorner([10, 10], { kind: 'size', width: 6, depth: 4 }, [12, 2])).toEqual([16, 6]);
  });

  it('reads a segment as length and angle counter-clockwise from east', () => {
    expect(segmentReading([0, 0], [0, -2])).toEqual({ length: 2, angle: 270 });
    expect(segmentReading([1, 1], [4, 5])).toMatchObject({ length: 5 });
    expect(segmentReading([0, 0], [-1, 0]).angle).toBe(180);
  });
});
