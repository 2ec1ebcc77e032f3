/** Colour parsing for loaded files: CSS hex or rgb()/rgba() to '#rrggbb'. */

const HEX6 = /^#([0-9a-f]{6})$/i;
const HEX3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i;

/** '#rrggbb' (lower case) for a hex or rgb() colour, else null. */
export function normalizeColor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const hex6 = HEX6.exec(text);
  if (hex6) return `#${hex6[1].toLowerCase()}`;
  const hex3 = HEX3.exec(text);
  if (hex3) return `#${hex3[1]}${hex3[1]}${hex3[2]}${hex3[2]}${hex3[3]}${hex3[3]}`.toLowerCase();
  const rgb = RGB.exec(text);
  if (rgb) {
    const parts = [rgb[1], rgb[2], rgb[3]].map(Number);
    if (parts.some((part) => part > 255)) return null;
    return `#${parts.map((part) => part.toString(16).padStart(2, '0')).join('')}`;
  }
  return null;
}

/** The r, g, b components of a '#rrggbb' colour. */
export function colorToRgb(color: string): { r: number; g: number; b: number } {
  const hex = normalizeColor(color) ?? '#000000';
  return { r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) };
}
