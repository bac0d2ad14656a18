// Which parts of a plan a role may change, checked on every update the server accepts.
//
// NOT ENFORCED YET: a facility manager may edit only the fire register, inspections and reviews.
// Those live in sections of the project's documents whose layout is being defined in src/collab;
// once it is fixed, this function decodes the update (Y.decodeUpdate) and refuses one that
// touches anything else. Until then every role but the viewer (refused earlier, as read-only) may
// change everything.
import type { DocumentName } from './documentNames.ts';
import type { Role } from './roles.ts';

export interface ScopeCheck {
  readonly role: Role;
  readonly document: DocumentName;
  /** the Yjs update about to be applied */
  readonly update: Uint8Array;
}

/** The reason to refuse the update ('out-of-role'), or null to let it through. */
export function refuseOutOfScopeUpdate(check: ScopeCheck): 'out-of-role' | null {
  void check;
  return null;
}
