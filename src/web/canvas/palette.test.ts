import { describe, expect, it } from "vitest";
import { PALETTES, type Palette } from "./palette";

type Rgb = readonly [number, number, number];
type Matrix3 = readonly [Rgb, Rgb, Rgb];

/** Machado, Oliveira and Fernandes (2009), full severity, on linear RGB. */
const DEFICIENCIES: Readonly<Record<string, Matrix3>> = {
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
  "normal vision": [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [linear((n >> 16) / 255), linear(((n >> 8) & 255) / 255), linear((n & 255) / 255)];
};
const apply = (m: Matrix3, c: Rgb): Rgb =>
  m.map((row) =>
    Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2])),
  ) as unknown as Rgb;

/** CIE L*a*b* under D65 from linear sRGB. */
function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const TONES = ["linear", "true", "gradient"] as const;
const cases = Object.entries(PALETTES).flatMap(([scheme, palette]) =>
  Object.entries(DEFICIENCIES).map(([deficiency, matrix]) => ({
    scheme,
    palette,
    deficiency,
    matrix,
  })),
);

/** A ΔE of 20 or more reads as a different colour at a glance; 10 is just noticeable side by side. */
const APART = 20;

describe("canvas palette", () => {
  it.each(cases)(
    "keeps the tones apart in the $scheme scheme with $deficiency",
    ({ palette, matrix }) => {
      const seen = (tone: keyof Palette) => lab(apply(matrix, rgb(palette[tone])));
      for (const [i, a] of TONES.entries()) {
        for (const b of TONES.slice(i + 1))
          expect(deltaE(seen(a), seen(b)), `${a} vs ${b}`).toBeGreaterThan(APART);
        expect(deltaE(seen(a), seen("background")), `${a} vs background`).toBeGreaterThan(APART);
      }
    },
  );
});
