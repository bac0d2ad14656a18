// The check findings of one floor, read from the live checks store.
import { useMemo } from 'react';
import { useChecksState } from '../../editor/EditorContext.tsx';
import type { Finding } from '../../rules/types.ts';

const NONE: readonly Finding[] = [];

export function useFloorFindings(floorId: string): readonly Finding[] {
  const result = useChecksState((s) => s.result);
  return useMemo(() => (result ? result.findings.filter((f) => f.where.floorId === floorId) : NONE), [result, floorId]);
}
