// The floor's text labels over the canvas: each zone's name, area and seats at its pole of
// inaccessibility, a small badge beside each exit and each stair's enclosure. The label layer
// keeps them apart: exits first, then stairs, then larger zones; a zone label that does not fit drops its figures, shrinks, then hides
// (it shows again while the pointer is over its zone).
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useEditorState } from '../editor/EditorContext.tsx';
import type { CameraMode } from '../editor/session.ts';
import { findFloor } from '../floorplan/queries/lookup.ts';
import { floorSeats } from '../floorplan/queries/seats.ts';
import { SEATING_USES, zoneLocator } from '../floorplan/queries/zones.ts';
import type { Floor, Point } from '../floorplan/types.ts';
import { toWorld } from './coords.ts';
import { exitBadgeSides, zoneLabelAnchor } from './labelAnchors.ts';
import { Labels, type SceneLabel } from './Labels.tsx';
import { samePlain, useStable } from './sameContent.ts';
import { stairLabels } from './StairLabels.tsx';
import './labelStrings.ts';

/** Exits place before every zone. */
const EXIT_PRIORITY = 1e12;
/** The smallest a zone's name may shrink to (of its 12 px) before it hides. */
const ZONE_MIN_SCALE = 0.75;
const ZONE_LABEL_HEIGHT = 0.1;

/** m² as it reads best: whole above 100 m², one decimal below (without a trailing .0). */
function formatArea(area: number): string {
  return area >= 100 ? String(Math.round(area)) : String(Number(area.toFixed(1)));
}

/** An arrow the way out, in plan (north up): the badge's side of the door. */
function arrowOf(side: Point): string {
  if (Math.abs(side[0]) >= Math.abs(side[1])) return side[0] >= 0 ? '⇨' : '⇦';
  return side[1] >= 0 ? '⇧' : '⇩';
}

function zoneDetail(t: TFunction, area: number, seats: number, seating: boolean): string {
  const parts = [t('sceneLabels.area', { value: formatArea(area) })];
  if (seats > 0 || seating) parts.push(t('nav.seatsCount', { count: seats }));
  return parts.join(' · ');
}

export function FloorLabels({ floor, camera }: { floor: Floor; camera: CameraMode }) {
  const { t } = useTranslation();
  const building = useEditorState((s) => findFloor(s.plan, floor.id)?.building);
  const { exits, zones, outline, cores } = floor;

  // geometry that depends on the zones only, not on desks or the language
  const anchors = useMemo(() => zones.map((z) => zoneLabelAnchor(z.polygon)), [zones]);
  const exitSides = useMemo(() => exits.map((e) => exitBadgeSides({ outline, cores, zones }, e.at)), [exits, outline, cores, zones]);
  const figures = useMemo(() => new Map(building ? floorSeats(building, floor).zones.map((z) => [z.zoneId, z]) : []), [building, floor]);

  const fresh = useMemo(() => {
    const badgeHeight = camera === 'plan' ? ZONE_LABEL_HEIGHT : 2.1;
    const exitLabels = exits.map((e, i): SceneLabel => {
      const sides = exitSides[i]!;
      return {
        key: e.id,
        kind: 'exit',
        position: toWorld(e.at, badgeHeight),
        sides: sides.map((d) => toWorld(d, 0)),
        title: `${arrowOf(sides[0] ?? [0, 1])} ${t('sceneLabels.exitBadge')}`,
        className: 'scene-label--exit',
        priority: EXIT_PRIORITY - i,
      };
    });
    const zoneLabels = zones.map((z, i): SceneLabel => {
      const { at, room } = anchors[i]!;
      const figure = figures.get(z.id);
      return {
        key: z.id,
        kind: 'zone',
        position: toWorld(at, ZONE_LABEL_HEIGHT),
        within: [
          toWorld([room.minX, room.minY], ZONE_LABEL_HEIGHT),
          toWorld([room.maxX, room.minY], ZONE_LABEL_HEIGHT),
          toWorld([room.maxX, room.maxY], ZONE_LABEL_HEIGHT),
          toWorld([room.minX, room.maxY], ZONE_LABEL_HEIGHT),
        ],
        title: z.name,
        ...(figure ? { detail: zoneDetail(t, figure.area, figure.seats, SEATING_USES.includes(z.use)) } : {}),
        className: 'scene-label--zone',
        priority: figure?.area ?? 0,
        minScale: ZONE_MIN_SCALE,
      };
    });
    return [...exitLabels, ...stairLabels(cores, t), ...zoneLabels];
  }, [exits, exitSides, zones, anchors, figures, camera, cores, t]);
  // an edit that changes no label's text or place (a desk nudged) keeps the label layer as it is
  const labels = useStable(fresh, samePlain);

  const locator = useMemo(() => zoneLocator(floor), [floor]);
  const hoverAt = useCallback((p: Point) => locator.zoneAt(p)?.id ?? null, [locator]);
  return <Labels labels={labels} hoverAt={hoverAt} />;
}
