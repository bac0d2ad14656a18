// Colours of the fire-safety devices on screen (plan and 3D) and in the legend; the PDF and DXF
// use the same hues. Exit and evacuation signs are safety green (GB 2894 / GB 13495.1), fire
// equipment red, the smoke exhaust grey, an emergency luminaire's ring green.
export const SAFETY_COLORS = {
  sign: '#0a8f3c',
  signMark: '#ffffff',
  exhaust: '#e9edf1',
  exhaustLine: '#3c4650',
  hydrant: '#d42020',
  hydrantMark: '#ffffff',
  youAreHere: '#e0161b',
  youAreHereMark: '#ffffff',
  emergency: '#12a150',
  emergencyMark: '#ffffff',
  /** a stair core's enclosure label */
  stairLabel: '#262b30',
} as const;
