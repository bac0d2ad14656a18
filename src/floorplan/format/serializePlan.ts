// Writing a plan file: exactly what parsePlan reads back equal (round trip). The document in
// memory always has the current format's shape (parsing migrates older files), so it is written
// as the current version whatever version it was read as.
import type { PlanDocument } from '../types.ts';
import { CURRENT_VERSION } from './migrations.ts';

export interface SerializeOptions {
  /** spaces of indentation; 0 writes one compact line (big parks) */
  indent?: number;
}

export function serializePlan(plan: PlanDocument, options: SerializeOptions = {}): string {
  const indent = options.indent ?? 1;
  const current = plan.version === CURRENT_VERSION ? plan : { ...plan, version: CURRENT_VERSION };
  return JSON.stringify(current, null, indent > 0 ? indent : undefined) + '\n';
}
