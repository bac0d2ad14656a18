// The conversion of a drawing being previewed over its floor (never part of the plan): the
// convert panel sets it, the plan view draws it, "Convert" or "Clear" ends it.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ConversionResult } from '../floorplan/underlay/convert/types.ts';

export interface ConversionPreviewState {
  preview: { floorId: string; result: ConversionResult; replaceOutline: boolean } | null;
  show(floorId: string, result: ConversionResult, replaceOutline: boolean): void;
  clear(): void;
}

export const conversionPreviewStore = createStore<ConversionPreviewState>()((set) => ({
  preview: null,
  show: (floorId, result, replaceOutline) => set({ preview: { floorId, result, replaceOutline } }),
  clear: () => set({ preview: null }),
}));

export function useConversionPreview<T>(selector: (state: ConversionPreviewState) => T): T {
  return useStore(conversionPreviewStore, selector);
}
