import type { CSSProperties } from "react";

/** The colours the canvas draws with, for each colour scheme. */
export interface Palette {
  /** Δx and its linear images (Dg Δx, Df Dg Δx): one colour, as they are one arrow pushed on. */
  readonly linear: string;
  /** The true nonlinear images, also dashed. */
  readonly true: string;
  /** Gradients, also dotted. */
  readonly gradient: string;
  /** The box background they are drawn on. */
  readonly background: string;
}

/**
 * Blue and vermillion (or orange) from the Okabe–Ito palette, and a violet (or pink) for
 * gradients chosen to stay apart from both under simulated protanopia, deuteranopia and
 * tritanopia, as `palette.test.ts` checks; every colour has 4.5:1 contrast with its background.
 */
export const PALETTES: { readonly light: Palette; readonly dark: Palette } = {
  light: { linear: "#0072b2", true: "#b85000", gradient: "#8a2be2", background: "#ffffff" },
  dark: { linear: "#56b4e9", true: "#e69f00", gradient: "#f06090", background: "#202126" },
};

/** The palettes as CSS custom properties, so the stylesheet picks one per colour scheme. */
export const paletteStyle = {
  "--tone-linear-light": PALETTES.light.linear,
  "--tone-true-light": PALETTES.light.true,
  "--tone-gradient-light": PALETTES.light.gradient,
  "--tone-linear-dark": PALETTES.dark.linear,
  "--tone-true-dark": PALETTES.dark.true,
  "--tone-gradient-dark": PALETTES.dark.gradient,
} as CSSProperties;
