// A DXF drawing's texts (room names, labels) as one mesh: every text is written once into a
// canvas atlas and drawn as a quad at its place, height and rotation in drawing units, so
// thousands of labels cost one draw call. Texts sit on their baseline from the insertion point.
import * as THREE from 'three';
import type { DrawingText } from '../../floorplan/underlay/drawingEntities.ts';

/** Atlas glyph size in pixels, and the atlas' largest size. */
const FONT_PX = 32;
const ATLAS_WIDTH = 2048;
const ATLAS_MAX_HEIGHT = 4096;
const LINE_GAP = 1.4;
const FONT = `${FONT_PX}px "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif`;

export interface TextMesh {
  geometry: THREE.BufferGeometry;
  texture: THREE.CanvasTexture;
  /** texts left out when the atlas was full */
  dropped: number;
}

/** Builds the mesh of the visible texts (in drawing x, y → local x, 0, −y), or null without a DOM canvas. */
export function buildTextMesh(texts: readonly DrawingText[], color: string): TextMesh | null {
  if (typeof document === 'undefined' || texts.length === 0) return null;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.font = FONT;
  const rowHeight = Math.ceil(FONT_PX * 1.3);
  // place every line of every text in rows
  const placed: { text: DrawingText; line: string; index: number; x: number; y: number; w: number }[] = [];
  let x = 0;
  let y = 0;
  let dropped = 0;
  for (const t of texts) {
    const lines = t.text.split('\n');
    let fits = true;
    for (let index = 0; index < lines.length && fits; index++) {
      const line = lines[index]!;
      if (!line.trim()) continue;
      const w = Math.min(ATLAS_WIDTH, Math.ceil(ctx.measureText(line).width) + 2);
      if (x + w > ATLAS_WIDTH) {
        x = 0;
        y += rowHeight;
      }
      if (y + rowHeight > ATLAS_MAX_HEIGHT) {
        fits = false;
        break;
      }
      placed.push({ text: t, line, index, x, y, w });
      x += w;
    }
    if (!fits) dropped++;
  }
  const height = Math.max(rowHeight, THREE.MathUtils.ceilPowerOfTwo(y + rowHeight));
  canvas.width = ATLAS_WIDTH;
  canvas.height = height;
  ctx.font = FONT;
  ctx.fillStyle = color;
  ctx.textBaseline = 'alphabetic';
  const baseline = FONT_PX;
  const positions = new Float32Array(placed.length * 12);
  const uvs = new Float32Array(placed.length * 8);
  const index = new Uint32Array(placed.length * 6);
  placed.forEach((p, i) => {
    ctx.fillText(p.line, p.x + 1, p.y + baseline);
    const h = p.text.height > 0 ? p.text.height : 1;
    // the quad in the text's own frame: from (0, −descent) to (w, ascent), lines stacked downwards
    const scale = h / (FONT_PX * 0.8);
    const w = p.w * scale;
    const top = rowHeight * scale - (rowHeight - baseline) * scale;
    const bottom = -(rowHeight - baseline) * scale;
    const down = -p.index * h * LINE_GAP;
    const cos = Math.cos(p.text.rotation);
    const sin = Math.sin(p.text.rotation);
    const corner = (u: number, v: number, k: number) => {
      const px = p.text.x + u * cos - (v + down) * sin;
      const py = p.text.y + u * sin + (v + down) * cos;
      positions[i * 12 + k * 3] = px;
      positions[i * 12 + k * 3 + 1] = 0;
      positions[i * 12 + k * 3 + 2] = -py;
    };
    corner(0, bottom, 0);
    corner(w, bottom, 1);
    corner(w, top, 2);
    corner(0, top, 3);
    const u0 = p.x / ATLAS_WIDTH;
    const u1 = (p.x + p.w) / ATLAS_WIDTH;
    const v0 = 1 - (p.y + rowHeight) / height;
    const v1 = 1 - p.y / height;
    uvs.set([u0, v0, u1, v0, u1, v1, u0, v1], i * 8);
    index.set([i * 4, i * 4 + 1, i * 4 + 2, i * 4, i * 4 + 2, i * 4 + 3], i * 6);
  });
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  geometry.setAttribute('uv', new THREE.BufferAttribute(uvs, 2));
  geometry.setIndex(new THREE.BufferAttribute(index, 1));
  geometry.computeBoundingSphere();
  const texture = new THREE.CanvasTexture(canvas);
  texture.colorSpace = THREE.SRGBColorSpace;
  texture.anisotropy = 4;
  return { geometry, texture, dropped };
}
