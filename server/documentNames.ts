// The names of the Yjs documents the server will host: one root document per project and one per
// floor. The format is the one src/collab/docLayout.ts gives its documents' guids
// (`callfloor/<project>` and `callfloor/<project>/floor/<floor>`, each id URI-encoded); it is
// repeated here rather than imported so the server never depends on the app's sources, and
// test/server/documentNames.test.ts checks that the two agree.

export type DocumentName =
  | { readonly kind: 'project'; readonly projectId: string }
  | { readonly kind: 'floor'; readonly projectId: string; readonly floorId: string };

/** Longer names are refused before any parsing: no id in a plan comes near this. */
const MAX_NAME_LENGTH = 512;
const PREFIX = 'callfloor/';

/** The document a name stands for, or null when it is not one of ours (refused as 'unknown-document'). */
export function parseDocumentName(name: string): DocumentName | null {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || !name.startsWith(PREFIX)) return null;
  const parts = name.slice(PREFIX.length).split('/');
  const projectId = decodedSegment(parts[0]);
  if (projectId === null) return null;
  if (parts.length === 1) return { kind: 'project', projectId };
  if (parts.length === 3 && parts[1] === 'floor') {
    const floorId = decodedSegment(parts[2]);
    if (floorId === null) return null;
    return { kind: 'floor', projectId, floorId };
  }
  return null;
}

/** A segment as encodeURIComponent wrote it: non-empty and decoding back to the same text. */
function decodedSegment(segment: string | undefined): string | null {
  if (!segment) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return encodeURIComponent(decoded) === segment ? decoded : null;
}

/** The root document's name for a project (as src/collab/docLayout.ts's rootDocGuid). */
export function rootDocGuidFor(projectId: string): string {
  return `${PREFIX}${encodeURIComponent(projectId)}`;
}
