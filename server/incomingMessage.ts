// Reads what the server needs to judge an incoming Hocuspocus message before it is handled: the
// message type and, for a Yjs update (sync step 2 or update), its bytes. The wire format is
// y-protocols' with Hocuspocus's document name in front: varString name, varUint type, then for
// a sync message varUint sync type and varUint8Array payload (lib0 variable-length integers).

/** Hocuspocus message types (@hocuspocus/server types.ts) */
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
/** y-protocols sync message types */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type InspectedMessage =
  | { readonly kind: 'update'; readonly update: Uint8Array }
  | { readonly kind: 'other' }
  | { readonly kind: 'malformed' };

export function inspectMessage(data: Uint8Array): InspectedMessage {
  const reader = new Reader(data);
  try {
    reader.skipBytes(); // the document name
    const type = reader.varUint();
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return { kind: 'other' };
    const syncType = reader.varUint();
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return { kind: 'other' };
    return { kind: 'update', update: reader.bytes() };
  } catch {
    return { kind: 'malformed' };
  }
}

class Reader {
  private position = 0;

  constructor(private readonly data: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      if (this.position >= this.data.length) throw new RangeError('message ends inside a number');
      const byte = this.data[this.position++] as number;
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
      if (multiplier > Number.MAX_SAFE_INTEGER) throw new RangeError('number too large');
    }
  }

  bytes(): Uint8Array {
    const length = this.varUint();
    const end = this.position + length;
    if (end > this.data.length) throw new RangeError('message ends inside a byte array');
    const bytes = this.data.subarray(this.position, end);
    this.position = end;
    return bytes;
  }

  skipBytes(): void {
    this.bytes();
  }
}
