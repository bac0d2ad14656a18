// Typed arrays lent for one piece of work and taken back for the next. A distance field's Dijkstra
// works in some thirty arrays of about the node count, and a re-check builds several fields over
// much the same nodes: allocating (and collecting) them for each field cost more than filling
// arrays kept from the last one.

export class ScratchArrays {
  private readonly float64s: Float64Array[] = [];
  private readonly int32s: Int32Array[] = [];
  private readonly uint8s: Uint8Array[] = [];
  private usedFloat64 = 0;
  private usedInt32 = 0;
  private usedUint8 = 0;
  private lent = false;

  /**
   * These arrays for a piece of work, or null when they are lent already (work begun inside
   * another's: it takes arrays of its own). Every array handed out until giveBack() is a fresh
   * one's equal (its length, every element the value asked for) and shares no memory with another.
   */
  lend(): ScratchArrays | null {
    if (this.lent) return null;
    this.lent = true;
    return this;
  }

  /** The work is done: every array handed out since lend() may be handed out again. */
  giveBack(): void {
    this.lent = false;
    this.usedFloat64 = this.usedInt32 = this.usedUint8 = 0;
  }

  float64(length: number, value = 0): Float64Array {
    const slot = this.usedFloat64++;
    let kept = this.float64s[slot];
    if (!kept || kept.length < length) kept = this.float64s[slot] = new Float64Array(roomFor(length));
    return kept.subarray(0, length).fill(value);
  }

  int32(length: number, value = 0): Int32Array {
    const slot = this.usedInt32++;
    let kept = this.int32s[slot];
    if (!kept || kept.length < length) kept = this.int32s[slot] = new Int32Array(roomFor(length));
    return kept.subarray(0, length).fill(value);
  }

  uint8(length: number, value = 0): Uint8Array {
    const slot = this.usedUint8++;
    let kept = this.uint8s[slot];
    if (!kept || kept.length < length) kept = this.uint8s[slot] = new Uint8Array(roomFor(length));
    return kept.subarray(0, length).fill(value);
  }
}

/** Room for a length, with some to spare: the next floor's nodes are often a few more. */
function roomFor(length: number): number {
  return length + (length >> 3) + 16;
}
