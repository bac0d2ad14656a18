// A small label on each stair core that says how the stair is enclosed (敞开 / 封闭 / 防烟楼梯间)
// and its flight width, the two things the stair rules read; cores that state neither get none.
// FloorLabels lays them out with the exits and zones, so none overlaps another.
import type { TFunction } from 'i18next';
import { centroid, pointInPolygon } from '../floorplan/geometry/polygon.ts';
import type { Core } from '../floorplan/types.ts';
import { toWorld } from './coords.ts';
import type { SceneLabel } from './Labels.tsx';
import '../ui/editor/safetyMessages.ts';
import './stairLabels.css';

const LABEL_HEIGHT = 0.1;
/** After the exits, before the zones: a stair's enclosure matters more than a room's figures. */
const STAIR_PRIORITY = 1e11;

export function stairLabels(cores: readonly Core[], t: TFunction): SceneLabel[] {
  return cores
    .filter((c) => c.kind === 'stair' && (c.enclosure !== undefined || c.flightWidth !== undefined))
    .map((c): SceneLabel => {
      const middle = centroid(c.polygon);
      const at = pointInPolygon(middle, c.polygon) ? middle : c.polygon[0]!;
      const xs = c.polygon.map((p) => p[0]);
      const ys = c.polygon.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      // short words, kept inside the core: where the core is too small on screen the label hides
      const title = c.enclosure ? t(`safetyPlan.enclosure.${c.enclosure}`) : t('editor.enums.coreKind.stair');
      return {
        key: `stair:${c.id}`,
        kind: 'stair',
        position: toWorld(at, LABEL_HEIGHT),
        within: [toWorld([x0, y0], LABEL_HEIGHT), toWorld([x1, y0], LABEL_HEIGHT), toWorld([x1, y1], LABEL_HEIGHT), toWorld([x0, y1], LABEL_HEIGHT)],
        title,
        ...(c.flightWidth !== undefined ? { detail: t('safetyPlan.flight', { value: c.flightWidth }) } : {}),
        className: 'scene-label--stair',
        priority: STAIR_PRIORITY,
        minScale: 0.8,
      };
    });
}
