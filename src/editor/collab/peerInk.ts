// The text colour that reads on a person's colour (their avatar, their name tag on the drawing):
// white or near-black by WCAG contrast. Shared by the header's avatars (ui) and the scene's
// pointers (view3d), which may not import each other.

function channels(color: string): [number, number, number] | null {
  const c = color.trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/u.exec(c);
  if (m) return [...m[1]!].map((h) => parseInt(h + h, 16)) as [number, number, number];
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/u.exec(c);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1]!.slice(i, i + 2), 16)) as [number, number, number];
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/u.exec(c);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /^hsla?\(\s*([\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%/u.exec(c);
  if (m) {
    const h = Number(m[1]) / 360;
    const s = Number(m[2]) / 100;
    const l = Number(m[3]) / 100;
    const k = (n: number) => (n + h * 12) % 12;
    const a = s * Math.min(l, 1 - l);
    const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
    return [f(0) * 255, f(8) * 255, f(4) * 255];
  }
  return null;
}

/** White or near-black, whichever reads better on `color` (WCAG relative luminance); white for a colour it cannot read. */
export function inkOn(color: string): '#ffffff' | '#1f2a33' {
  const rgb = channels(color);
  if (!rgb) return '#ffffff';
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // contrast with white (1.05 / (L + 0.05)) against contrast with the dark ink (L ≈ 0.022)
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.072 ? '#ffffff' : '#1f2a33';
}
