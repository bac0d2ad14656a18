// Two peers' documents wired as a provider would: every update of one applied to the other at
// once, or queued while paused (offline) and delivered on resume.
import * as Y from 'yjs';
import type { PlanDocs } from '../../../src/collab/planDoc.ts';

export /** Two docs sets wired like a provider: every update of one is applied to the other at once. */
function wire(a: PlanDocs, b: PlanDocs): { pause(): void; resume(): void } {
  let paused = false;
  const queued: (() => void)[] = [];
  const link = (from: Y.Doc, to: () => Y.Doc) => {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'wire') return;
      const send = () => Y.applyUpdate(to(), update, 'wire');
      if (paused) queued.push(send);
      else send();
    });
  };
  link(a.root, () => b.root);
  link(b.root, () => a.root);
  const floorIds = new Set([...a.floors.keys(), ...b.floors.keys()]);
  for (const id of floorIds) {
    link(a.floors.get(id)!, () => b.floors.get(id)!);
    link(b.floors.get(id)!, () => a.floors.get(id)!);
  }
  return {
    pause: () => void (paused = true),
    resume() {
      paused = false;
      for (const send of queued.splice(0)) send();
    },
  };
}

