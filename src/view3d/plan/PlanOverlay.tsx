// The plan's scale bar and north arrow, bottom-left over the canvas (plain DOM, like the scene
// labels, so the text uses the page's fonts). The bar is re-measured after every frame from the
// orthographic camera's zoom (pixels per metre) and always shows a round length 60–150 px long.
import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './plan.css';
import './planStrings.ts';
import { formatScaleLength, scaleBarLength } from './scale.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

function buildOverlay() {
  const root = document.createElement('div');
  root.className = 'plan-aids';

  const north = document.createElement('div');
  north.className = 'plan-north';
  north.setAttribute('data-testid', 'plan-north');
  north.setAttribute('role', 'img');
  const northLetter = document.createElement('span');
  northLetter.className = 'plan-north-letter';
  const arrow = svgElement('svg', { viewBox: '0 0 24 30', width: '20', height: '25', 'aria-hidden': 'true' });
  // the customary half-filled arrow: the left half dark, the right half open
  arrow.append(
    svgElement('polygon', { points: '12,1 12,22 3,29', fill: '#1f2327' }),
    svgElement('polygon', { points: '12,1 21,29 12,22', fill: '#ffffff', stroke: '#1f2327', 'stroke-width': '1.2', 'stroke-linejoin': 'round' }),
  );
  north.append(northLetter, arrow);

  const scale = document.createElement('div');
  scale.className = 'plan-scale';
  scale.setAttribute('data-testid', 'plan-scale');
  const bar = document.createElement('div');
  bar.className = 'plan-scale-bar';
  bar.setAttribute('data-testid', 'plan-scale-bar');
  bar.append(document.createElement('span'), document.createElement('span'));
  const ticks = document.createElement('div');
  ticks.className = 'plan-scale-ticks';
  const zero = document.createElement('span');
  zero.textContent = '0';
  const length = document.createElement('span');
  length.setAttribute('data-testid', 'plan-scale-label');
  ticks.append(zero, length);
  scale.append(ticks, bar);

  root.append(north, scale);
  return { root, north, northLetter, scale, bar, length };
}

export function PlanOverlay() {
  const { t } = useTranslation();
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const overlay = useMemo(buildOverlay, []);
  const shown = useRef({ zoom: 0, label: '' });

  useLayoutEffect(() => {
    gl.domElement.parentElement?.appendChild(overlay.root);
    return () => overlay.root.remove();
  }, [gl, overlay]);

  useLayoutEffect(() => {
    overlay.northLetter.textContent = t('planDrawing.north');
    overlay.north.setAttribute('aria-label', t('planDrawing.northArrow'));
    overlay.north.title = t('planDrawing.northArrow');
    shown.current.zoom = 0; // re-label the bar in the new language on the next frame
    invalidate();
  }, [overlay, t, invalidate]);

  useFrame(({ camera }) => {
    const zoom = camera.zoom;
    if (zoom === shown.current.zoom) return;
    const { metres, px } = scaleBarLength(zoom);
    const text = formatScaleLength(metres);
    overlay.bar.style.width = `${px}px`;
    overlay.length.textContent = text;
    overlay.scale.dataset['metres'] = String(metres);
    overlay.scale.dataset['px'] = px.toFixed(2);
    const label = t('planDrawing.scaleBar', { length: text });
    if (label !== shown.current.label) {
      overlay.scale.setAttribute('aria-label', label);
      overlay.scale.title = label;
    }
    shown.current = { zoom, label };
  });
  return null;
}
