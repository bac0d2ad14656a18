// The editor's drawings: a new one is hashed with Web Crypto, kept in memory and stored once; a
// referenced one is fetched from storage by hash (one request however many ask); one storage
// does not have is reported missing; a plan file gets its drawings inline.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { keepDrawing, loadDrawingSource, planWithDrawings, setDrawingBackend, type DrawingBackend } from '../../src/editor/drawingLibrary.ts';
import type { DrawingRef, Underlay } from '../../src/floorplan/types.ts';
import { DXF_MIME } from '../../src/floorplan/underlay/drawingContent.ts';
import { clearKeptDrawings, isDrawingPinned, keptDrawingSource } from '../../src/floorplan/underlay/keptDrawings.ts';
import { examplePlan } from '../fixtures/plans.ts';

const DXF = '0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n墙\n10\n0\n20\n0\n11\n1\n21\n0\n0\nENDSEC\n0\nEOF\n';
const sha = (s: string) => `sha256:${createHash('sha256').update(s).digest('hex')}`;

function memoryBackend(initial: Record<string, string> = {}, failStore = false) {
  const stored = new Map(Object.entries(initial));
  const calls = { load: 0, store: 0 };
  const backend: DrawingBackend = {
    async load(hash) {
      calls.load++;
      return stored.get(hash);
    },
    async store(ref, kind, bytes) {
      calls.store++;
      if (failStore) throw new Error('QuotaExceededError');
      expect(kind).toBe('dxf');
      stored.set(ref.hash, new TextDecoder().decode(bytes));
    },
  };
  return { backend, stored, calls };
}

afterEach(() => {
  setDrawingBackend(null);
  clearKeptDrawings();
});

describe('keepDrawing', () => {
  it('names the drawing by the SHA-256 of its bytes, keeps it in memory and stores it', async () => {
    const { backend, stored, calls } = memoryBackend();
    setDrawingBackend(backend);
    const ref = await keepDrawing({ kind: 'dxf', name: '3F.dxf', mime: DXF_MIME, source: DXF });
    expect(ref).toEqual({ hash: sha(DXF), bytes: Buffer.byteLength(DXF), name: '3F.dxf', mime: DXF_MIME });
    expect(stored.get(ref.hash)).toBe(DXF);
    expect(calls.store).toBe(1);
    expect(keptDrawingSource(ref.hash)).toBe(DXF);
    expect(isDrawingPinned(ref.hash)).toBe(false);
  });

  it('a failed store keeps the drawing pinned in memory (the next save stores it)', async () => {
    setDrawingBackend(memoryBackend({}, true).backend);
    const ref = await keepDrawing({ kind: 'dxf', name: '3F.dxf', mime: DXF_MIME, source: DXF });
    expect(isDrawingPinned(ref.hash)).toBe(true);
    expect(keptDrawingSource(ref.hash)).toBe(DXF);
  });
});

describe('loading by hash', () => {
  it('asks storage once however many ask, then answers from memory', async () => {
    const { backend, calls } = memoryBackend({ [sha(DXF)]: DXF });
    setDrawingBackend(backend);
    const [a, b] = await Promise.all([loadDrawingSource(sha(DXF)), loadDrawingSource(sha(DXF))]);
    expect(a).toBe(DXF);
    expect(b).toBe(DXF);
    expect(await loadDrawingSource(sha(DXF))).toBe(DXF);
    expect(calls.load).toBe(1);
  });

  it('a drawing storage does not have is undefined, and a plan file lists it as missing', async () => {
    const { backend } = memoryBackend({ [sha(DXF)]: DXF });
    setDrawingBackend(backend);
    const absent: DrawingRef = { hash: sha('other'), bytes: 5, name: '4F.dxf', mime: DXF_MIME };
    expect(await loadDrawingSource(absent.hash)).toBeUndefined();
    const place = { origin: [0, 0] as [number, number], scale: 1, rotation: 0, opacity: 1, locked: false, visible: true };
    const plan = examplePlan();
    plan.site.buildings[0]!.floors[0]!.underlay = { kind: 'dxf', drawing: { hash: sha(DXF), bytes: 1, name: '3F.dxf', mime: DXF_MIME }, ...place } satisfies Underlay;
    const proposalSite = structuredClone(plan.site);
    proposalSite.buildings[0]!.floors[0]!.underlay = { kind: 'dxf', drawing: absent, ...place };
    plan.proposals = [{ id: 'b', name: 'B', site: proposalSite }];
    const out = await planWithDrawings(plan);
    expect(out.plan.site.buildings[0]!.floors[0]!.underlay!.source).toBe(DXF);
    expect(out.plan.proposals![0]!.site.buildings[0]!.floors[0]!.underlay!.source).toBeUndefined();
    expect(out.missing).toEqual([absent]);
  });

  it('without storage, only memory answers', async () => {
    expect(await loadDrawingSource(sha(DXF))).toBeUndefined();
    const ref = await keepDrawing({ kind: 'dxf', name: '3F.dxf', mime: DXF_MIME, source: DXF });
    expect(await loadDrawingSource(ref.hash)).toBe(DXF);
    expect(isDrawingPinned(ref.hash)).toBe(true);
  });
});
