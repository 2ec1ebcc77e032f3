/** Colour-difference helpers for palette tests: CIELAB ΔE*ab, with dichromacy simulated by Machado et al. (2009), severity 1. */

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

/** Vision simulations, applied in linear sRGB. */
export const VISIONS: Readonly<Record<string, Matrix | null>> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** CIELAB (D65) of a '#rrggbb' colour as seen with the given vision. */
export function toLab(hex: string, vision: Matrix | null = null): [number, number, number] {
  let rgb = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16)));
  if (vision) rgb = vision.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
  const [r, g, b] = rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** Smallest ΔE*ab between any two colours, with the pair. */
export function closestPair(colors: Readonly<Record<string, string>>, vision: Matrix | null): { delta: number; pair: string } {
  const names = Object.keys(colors);
  const labs = names.map((name) => toLab(colors[name], vision));
  let best = { delta: Infinity, pair: '' };
  for (let i = 0; i < names.length; i += 1) {
    for (let j = i + 1; j < names.length; j += 1) {
      const delta = Math.hypot(labs[i][0] - labs[j][0], labs[i][1] - labs[j][1], labs[i][2] - labs[j][2]);
      if (delta < best.delta) best = { delta, pair: `${names[i]}/${names[j]}` };
    }
  }
  return best;
}
