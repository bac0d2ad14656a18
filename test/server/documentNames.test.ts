import { describe, expect, it } from 'vitest';
import { floorDocGuid, rootDocGuid } from '../../src/collab/docLayout.ts';
import { parseDocumentName, rootDocGuidFor } from '../../server/documentNames.ts';

describe('document names', () => {
  it('reads the names the app gives its documents (src/collab/docLayout.ts)', () => {
    for (const project of ['park-1', '园区 A/二期', 'a%b']) {
      expect(rootDocGuidFor(project)).toBe(rootDocGuid(project));
      expect(parseDocumentName(rootDocGuid(project))).toEqual({ kind: 'project', projectId: project });
      expect(parseDocumentName(floorDocGuid(project, 'A-3F/东'))).toEqual({ kind: 'floor', projectId: project, floorId: 'A-3F/东' });
    }
  });

  it('knows no other name', () => {
    for (const name of ['', 'callfloor/', 'callfloor//floor/x', 'callfloor/p/floor/', 'callfloor/p/room/x', 'callfloor/p/floor/x/y', 'other/p', 'callfloor/a b', 'callfloor/%E0%A4%A', `callfloor/${'x'.repeat(600)}`]) {
      expect(parseDocumentName(name), name).toBeNull();
    }
  });
});
