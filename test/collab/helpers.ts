// Shared by the collaboration tests: plans to map, and two peers kept in step by hand (what a
// provider does over the wire: root and floor documents exchanged as Yjs updates).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { floorDocFor, projectIdOf, type PlanDocs } from '../../src/collab/planDoc.ts';

/** The samples every round trip must keep: the shared ones and the app's own. */
export const SAMPLE_DIRS = [fileURLToPath(new URL('../../../shared/samples/', import.meta.url)), fileURLToPath(new URL('../../public/samples/', import.meta.url))];

export function sampleFiles(): string[] {
  return SAMPLE_DIRS.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => `${dir}${name}`));
}

export function parseFile(path: string): PlanDocument {
  const parsed = parsePlan(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse: ${parsed.problems.map((p) => p.message.en).join('; ')}`);
  return parsed.plan;
}

/**
 * A second peer loading the documents `from` holds, as a provider would: the root first, then
 * every floor document by guid.
 */
export function loadPeer(from: PlanDocs): PlanDocs {
  const root = new Y.Doc({ guid: from.root.guid });
  Y.applyUpdate(root, Y.encodeStateAsUpdate(from.root), 'provider');
  const peer: PlanDocs = { root, floors: new Map() };
  projectIdOf(root);
  for (const [floorId, doc] of from.floors) Y.applyUpdate(floorDocFor(peer, floorId), Y.encodeStateAsUpdate(doc), 'provider');
  return peer;
}

/** Exchanges what each of two peers lacks, root and floors, both ways. */
export function syncPeers(a: PlanDocs, b: PlanDocs): void {
  const pairs: [Y.Doc, Y.Doc][] = [[a.root, b.root]];
  const floorIds = new Set([...a.floors.keys(), ...b.floors.keys()]);
  for (const floorId of floorIds) pairs.push([floorDocFor(a, floorId), floorDocFor(b, floorId)]);
  for (const [x, y] of pairs) {
    const toY = Y.encodeStateAsUpdate(x, Y.encodeStateVector(y));
    const toX = Y.encodeStateAsUpdate(y, Y.encodeStateVector(x));
    Y.applyUpdate(y, toY, 'provider');
    Y.applyUpdate(x, toX, 'provider');
  }
}
