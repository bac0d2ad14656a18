// React access to the live check results: useChecks((s) => s.result).
import { useStore } from 'zustand';
import { checksStore, type ChecksState } from '../../editor/checks.ts';

export function useChecks<T>(selector: (state: ChecksState) => T): T {
  return useStore(checksStore, selector);
}
