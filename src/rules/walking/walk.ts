// A measured way out, shared by the egress analysis (egress.ts) and the limits it is judged
// against (egressLimits.ts), which import it from here rather than from each other.
export interface Walk {
  /** Infinity when unreachable */
  walking: number;
  straight: number;
  targetId: string | null;
}

/** Where a point lies: in an enclosed room (its doors first), or on the open floor. */
export type EgressKind = 'room' | 'open';
