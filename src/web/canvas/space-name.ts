const SUPERSCRIPTS = ["⁰", "¹", "²", "³"];

/** "x ∈ ℝ²": the name of a box and the space it draws. */
export const spaceName = (letter: string, dim: number): string =>
  `${letter} ∈ ℝ${SUPERSCRIPTS[dim] ?? `^${dim}`}`;
