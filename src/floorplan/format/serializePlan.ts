// Writing a plan file: exactly what parsePlan reads back equal (round trip).
import type { PlanDocument } from '../types.ts';

export interface SerializeOptions {
  /** spaces of indentation; 0 writes one compact line (big parks) */
  indent?: number;
}

export function serializePlan(plan: PlanDocument, options: SerializeOptions = {}): string {
  const indent = options.indent ?? 1;
  return JSON.stringify(plan, null, indent > 0 ? indent : undefined) + '\n';
}
