// Colour key of the floor view (DOM). Lives beside the palette so the two cannot drift apart.
import { useTranslation } from 'react-i18next';
import { WALL_KINDS, ZONE_USES, type Floor } from '../floorplan/types.ts';
import { COLORS, WALL_COLORS, ZONE_COLORS } from './palette.ts';

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <li>
      <span className="swatch" style={{ background: color }} />
      {label}
    </li>
  );
}

export function Legend({ floor }: { floor: Floor }) {
  const { t } = useTranslation();
  const uses = ZONE_USES.filter((u) => floor.zones.some((z) => z.use === u));
  const kinds = WALL_KINDS.filter((k) => floor.walls.some((w) => w.kind === k));
  return (
    <aside className="legend panel" aria-label={t('legend.title')}>
      <h3>{t('legend.title')}</h3>
      {uses.length > 0 && (
        <>
          <h4>{t('legend.zones')}</h4>
          <ul>
            {uses.map((u) => (
              <Swatch key={u} color={ZONE_COLORS[u]} label={t(`use.${u}`)} />
            ))}
          </ul>
        </>
      )}
      {kinds.length > 0 && (
        <>
          <h4>{t('legend.walls')}</h4>
          <ul>
            {kinds.map((k) => (
              <Swatch key={k} color={WALL_COLORS[k]} label={t(`wall.${k}`)} />
            ))}
          </ul>
        </>
      )}
      <h4>{t('legend.other')}</h4>
      <ul>
        <Swatch color={COLORS.exit} label={t('legend.exit')} />
        <Swatch color={COLORS.core} label={t('legend.core')} />
        <Swatch color={COLORS.selected} label={t('legend.selectedDesk')} />
        <Swatch color={COLORS.window} label={t('legend.window')} />
        <Swatch color={COLORS.extinguisher} label={t('legend.extinguisher')} />
        <Swatch color={COLORS.luminaire} label={t('legend.luminaire')} />
        <Swatch color={COLORS.airTerminal} label={t('legend.airTerminal')} />
      </ul>
    </aside>
  );
}
