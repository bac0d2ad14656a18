// A colour per tenant, by its place in the tenant list (the stack bars and their legend).
const PALETTE = ['#2f6fb0', '#d9822b', '#3a9a5b', '#8e5bb5', '#c0464a', '#2b9aa6', '#a88a1f', '#6b7a8f'];

export function tenantColor(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

export const VACANT_COLOR = '#d8dbe0';
