// The floor's text labels over the canvas: exit badges and, in plan, zone names.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { centroid } from '../floorplan/geometry/polygon.ts';
import type { Floor } from '../floorplan/types.ts';
import type { CameraMode } from '../editor/session.ts';
import { toWorld } from './coords.ts';
import { Labels, type SceneLabel } from './Labels.tsx';

export function FloorLabels({ floor, camera }: { floor: Floor; camera: CameraMode }) {
  const { t } = useTranslation();
  const { exits, zones } = floor;
  const labels = useMemo(
    () => [
      ...exits.map((e): SceneLabel => ({ key: e.id, position: toWorld(e.at, 2.4), title: `⇦ ${t('view.exit')}`, className: 'scene-label--exit' })),
      ...(camera === 'plan'
        ? zones.map((z): SceneLabel => ({ key: z.id, position: toWorld(centroid(z.polygon), 0.1), title: z.name, className: 'scene-label--zone' }))
        : []),
    ],
    [exits, zones, camera, t],
  );
  return <Labels labels={labels} />;
}
