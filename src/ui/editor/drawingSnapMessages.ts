// Strings of snapping to the underlay's drawing (the tool option, the snap kind "nearest", the
// "(drawing)" mark on a snap's name), merged into the app's bundle here so the shared i18n files
// stay untouched; and the one function that names a snap for the pointer's label boxes.
import type { TFunction } from 'i18next';
import type { SnapResult } from '../../editor/snapping.ts';
import { addMessages } from '../../i18n/index.ts';
import './dynamicInputMessages.ts';

addMessages('en', {
  editor: {
    options: {
      snapDrawing: 'Snap to drawing',
      snapDrawingTitle: "Snap to the underlay drawing's end points, crossings, mid points, perpendiculars and lines",
    },
    dynamicInput: {
      snap: { nearest: 'Nearest' },
      fromDrawing: '{{kind}} (drawing)',
    },
  },
});
addMessages('zh-CN', {
  editor: {
    options: {
      snapDrawing: '捕捉底图',
      snapDrawingTitle: '捕捉底图图形的端点、交点、中点、垂足和线上最近点',
    },
    dynamicInput: {
      snap: { nearest: '最近点' },
      fromDrawing: '{{kind}}（底图）',
    },
  },
});

/** What a snap landed on, e.g. "Endpoint" or "Endpoint (drawing)"; null for the grid or none. */
export function snapName(t: TFunction, snap: Pick<SnapResult, 'kind' | 'source'> | null): string | null {
  if (!snap || snap.kind === 'none' || snap.kind === 'grid') return null;
  const kind = t(`editor.dynamicInput.snap.${snap.kind}`);
  return snap.source === 'drawing' ? t('editor.dynamicInput.fromDrawing', { kind }) : kind;
}
