// Why the server refuses a connection or a message. The reason travels to the client: for a
// connection in Hocuspocus's permission-denied message (the provider's onAuthenticationFailed),
// for a message in the close message of that document's connection (the provider's onClose,
// event.reason). The codes are WebSocket application codes (4000-4999), chosen to echo HTTP.

export type RefusalReason =
  | 'missing-token'
  | 'forged'
  | 'expired'
  | 'revoked'
  | 'unknown-document'
  | 'wrong-project'
  | 'read-only'
  | 'out-of-role'
  | 'update-too-large'
  | 'malformed-message'
  | 'malformed-update'
  | 'rate-limited'
  | 'storage-failed'
  | 'server-stopping';

const CODES: Record<RefusalReason, number> = {
  'missing-token': 4401,
  forged: 4401,
  expired: 4401,
  revoked: 4401,
  'unknown-document': 4404,
  'wrong-project': 4403,
  'read-only': 4403,
  'out-of-role': 4403,
  'update-too-large': 4413,
  'malformed-message': 4400,
  'malformed-update': 4400,
  'rate-limited': 4429,
  'storage-failed': 4500,
  'server-stopping': 4503,
};

/** What Hocuspocus reads from a rejected hook: `code` and `reason` close the connection. */
export interface Refusal {
  readonly code: number;
  readonly reason: RefusalReason;
}

export function refusal(reason: RefusalReason): Refusal {
  return { code: CODES[reason], reason };
}
