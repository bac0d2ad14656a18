// Exact input while drawing, as CAD's dynamic input: once the first point is placed the user may
// type the next segment instead of clicking it — a length in metres ("7.25", or "7,25" with a
// decimal comma), optionally "<" and an angle in degrees counter-clockwise from east ("7.25<90"),
// or for a rectangle its width and depth ("6,4", "6.5;4"). This file parses what was typed,
// edits the typed text key by key, and places the point; the tools call it from keyDown.
import type { Point } from '../../floorplan/types.ts';
import { roundDecimal } from '../snapping.ts';
import type { ToolContext } from './types.ts';

/** 'polar': length and angle from the previous point; 'size': a rectangle's width and depth. */
export type TypedMode = 'polar' | 'size';

export type TypedValue =
  | { kind: 'polar'; length: number; /** degrees counter-clockwise from east; null: toward the pointer */ angle: number | null }
  | { kind: 'size'; width: number; depth: number };

/** Decimals a typed point keeps: nanometres, so a typed length reads back to 1e-9 m. */
const TYPED_DECIMALS = 9;
/** The longest text the field takes. */
const MAX_TYPED = 24;
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
const TYPING_CHARS: Record<TypedMode, RegExp> = { polar: /^[0-9.,<-]$/, size: /^[0-9.,;*-]$/ };

/** A decimal number with "." or "," as the decimal mark; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t)) return null;
  const v = Number(t.replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

/**
 * Parses typed text; null when it is incomplete or not valid.
 * polar: "L" or "L<A" with L > 0. size: "W;D" or "W*D" (each with either decimal mark), or
 * "W,D" when there is exactly one comma — so in a rectangle "6,4" is 6 × 4, and 6.5 × 4 is
 * typed "6.5,4" or "6,5;4".
 */
export function parseTyped(text: string, mode: TypedMode): TypedValue | null {
  const t = text.trim();
  if (mode === 'polar') {
    const parts = t.split('<');
    if (parts.length > 2) return null;
    const length = parseDecimal(parts[0]!);
    if (length === null || !(length > 0)) return null;
    if (parts.length === 1) return { kind: 'polar', length, angle: null };
    const angle = parseDecimal(parts[1]!);
    return angle === null ? null : { kind: 'polar', length, angle };
  }
  let parts = t.split(/[;*]/);
  if (parts.length === 1) parts = t.split(',');
  if (parts.length !== 2) return null;
  const width = parseDecimal(parts[0]!);
  const depth = parseDecimal(parts[1]!);
  if (width === null || depth === null || width === 0 || depth === 0) return null;
  return { kind: 'size', width, depth };
}

/** The separator Tab inserts to move to the second field. */
function nextField(text: string, mode: TypedMode): string | null {
  if (mode === 'polar') return text.includes('<') ? null : '<';
  if (/[;*]/.test(text)) return null;
  return text.includes(',') ? ';' : ',';
}

/**
 * The typed text after a key: a digit, a decimal mark, a separator or "-" appends, Tab moves to
 * the angle (or depth) field, Backspace deletes (an empty field is no field). undefined: the key
 * is not for the field (letters keep selecting tools; Enter and Esc are handled elsewhere).
 */
export function editTyped(current: string | null, key: string, mode: TypedMode): string | null | undefined {
  if (TYPING_CHARS[mode].test(key)) {
    const text = current ?? '';
    return text.length >= MAX_TYPED ? text : text + key;
  }
  if (current === null) return undefined;
  if (key === 'Backspace') return current.length > 1 ? current.slice(0, -1) : null;
  if (key === 'Tab') return current + (nextField(current, mode) ?? '');
  return undefined;
}

/** cos and sin of an angle in degrees, exact (0, ±1) on the axes. */
export function unitDirection(degrees: number): Point {
  const a = ((degrees % 360) + 360) % 360;
  if (a === 0) return [1, 0];
  if (a === 90) return [0, 1];
  if (a === 180) return [-1, 0];
  if (a === 270) return [0, -1];
  const r = (a * Math.PI) / 180;
  return [Math.cos(r), Math.sin(r)];
}

/** from + length × direction, without floating noise; an axis direction keeps from's x or y exactly. */
export function offsetPoint(from: Point, length: number, direction: Point): Point {
  const x = direction[0] === 0 ? from[0] : roundDecimal(from[0] + length * direction[0], TYPED_DECIMALS);
  const y = direction[1] === 0 ? from[1] : roundDecimal(from[1] + length * direction[1], TYPED_DECIMALS);
  return [x, y];
}

/** The unit vector from → toward; east when they coincide. */
export function directionTo(from: Point, toward: Point | null): Point {
  if (!toward) return [1, 0];
  const dx = toward[0] - from[0];
  const dy = toward[1] - from[1];
  if (dx === 0 && dy === 0) return [1, 0];
  // keep axis directions exact so the typed point copies from's other coordinate
  if (dy === 0) return [Math.sign(dx), 0];
  if (dx === 0) return [0, Math.sign(dy)];
  const length = Math.hypot(dx, dy);
  return [dx / length, dy / length];
}

/**
 * The point a typed length (and angle) gives from the previous point: in the typed angle, or
 * toward the (snapped) pointer when no angle was typed.
 */
export function typedPoint(from: Point, value: Extract<TypedValue, { kind: 'polar' }>, pointer: Point | null): Point {
  const direction = value.angle === null ? directionTo(from, pointer) : unitDirection(value.angle);
  return offsetPoint(from, value.length, direction);
}

/** The opposite corner of a typed width × depth from the first corner, on the pointer's side. */
export function typedCorner(first: Point, value: Extract<TypedValue, { kind: 'size' }>, pointer: Point | null): Point {
  const sx = pointer && pointer[0] < first[0] ? -1 : 1;
  const sy = pointer && pointer[1] < first[1] ? -1 : 1;
  return [roundDecimal(first[0] + sx * value.width, TYPED_DECIMALS), roundDecimal(first[1] + sy * value.depth, TYPED_DECIMALS)];
}

/** Length (m) and angle (degrees counter-clockwise from east, 0 ≤ a < 360) of a segment. */
export function segmentReading(from: Point, to: Point): { length: number; angle: number } {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  return { length: Math.hypot(dx, dy), angle: dx === 0 && dy === 0 ? 0 : ((angle % 360) + 360) % 360 };
}

/** What a tool does with typed input: where a value puts the next point, placing it, showing it. */
export interface TypedTarget {
  mode: TypedMode;
  /** the point a typed value gives (null: the value does not apply) */
  pointFor(value: TypedValue): Point | null;
  /** places the point; false when refused (the typed text stays, marked) */
  place(p: Point): boolean;
  /** shows where the point would go, before Enter */
  preview(p: Point): void;
}

/** A polar target's pointFor: the typed length from `from`, in the typed angle or toward the pointer. */
export function polarFrom(from: Point, pointer: Point | null): (value: TypedValue) => Point | null {
  return (value) => (value.kind === 'polar' ? typedPoint(from, value, pointer) : null);
}

/**
 * A tool's keyDown for the typed field: edits the text (previewing the point once the text reads
 * as a value), and on Enter places the typed point. True when the key was used. Enter with
 * nothing typed is left to the tool (it finishes the chain or shape as before).
 */
export function typingKeyDown(ctx: ToolContext, key: string, target: TypedTarget): boolean {
  if (key === 'Enter') {
    if (ctx.typed === null) return false;
    const value = parseTyped(ctx.typed, target.mode);
    const p = value && target.pointFor(value);
    if (p && target.place(p)) ctx.setTyped(null);
    else ctx.setTyped(ctx.typed, true);
    return true;
  }
  const next = editTyped(ctx.typed, key, target.mode);
  if (next === undefined) return false;
  ctx.setTyped(next);
  const value = next === null ? null : parseTyped(next, target.mode);
  const p = value && target.pointFor(value);
  if (p) target.preview(p);
  return true;
}
