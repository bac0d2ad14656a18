// Project roles and what each may do with the documents (issue 19). The server enforces
// read-only for viewers on every update; the facility manager's narrower scope is a hook
// (roleScope.ts) that does not refuse anything yet.

export const ROLES = ['owner', 'planner', 'facility-manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A viewer reads, presents and exports: its connection is read-only. */
export function isReadOnlyRole(role: Role): boolean {
  return role === 'viewer';
}
