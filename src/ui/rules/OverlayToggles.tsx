// What the checks draw on the open floor: markers, desk status colours, the longest escape route,
// one heat map.
import { useTranslation } from 'react-i18next';
import type { HeatMap, Overlays } from '../../editor/checks.ts';
import { useChecksState, useChecksStore } from '../../editor/EditorContext.tsx';

const SWITCHES: readonly (keyof Omit<Overlays, 'heat'>)[] = ['markers', 'deskStatus', 'egressPath'];
const HEATS: readonly HeatMap[] = ['none', 'walking', 'illuminance'];
const HEAT_LABEL: Record<HeatMap, string> = { none: 'heatNone', walking: 'heatWalking', illuminance: 'heatIlluminance' };

export function OverlayToggles() {
  const { t } = useTranslation();
  const overlays = useChecksState((s) => s.overlays);
  const set = useChecksStore().getState().setOverlays;
  return (
    <fieldset className="overlay-toggles" data-testid="overlay-toggles">
      <legend>{t('rulesUi.overlays.label')}</legend>
      {SWITCHES.map((key) => (
        <label key={key}>
          <input type="checkbox" data-testid={`overlay-${key}`} checked={overlays[key]} onChange={(e) => set({ [key]: e.target.checked })} />
          {t(`rulesUi.overlays.${key}`)}
        </label>
      ))}
      <label>
        {t('rulesUi.overlays.heat')}
        <select data-testid="overlay-heat" value={overlays.heat} onChange={(e) => set({ heat: e.target.value as HeatMap })}>
          {HEATS.map((h) => (
            <option key={h} value={h}>
              {t(`rulesUi.overlays.${HEAT_LABEL[h]}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
