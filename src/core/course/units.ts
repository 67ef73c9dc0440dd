/** One unit of the course: its number (0 is placement), title and a one-sentence summary. */
export interface Unit {
  readonly unit: number;
  readonly title: string;
  readonly summary: string;
}

/** The course's units in order, following the curriculum table of DESIGN.md. */
export const UNITS: readonly Unit[] = [
  {
    unit: 0,
    title: "Placement",
    summary:
      "A short check of the prerequisites (partials, gradients, matrix products, the 1-D chain rule) and how the course works.",
  },
  {
    unit: 1,
    title: "The derivative as a linear map",
    summary:
      "The best linear approximation near a point, the Jacobian matrix and its shape, and predicting small changes with it.",
  },
  {
    unit: 2,
    title: "The chain rule",
    summary:
      "The derivative of a composition is the product of Jacobians, outer on the left and evaluated at g(x), and why.",
  },
  {
    unit: 3,
    title: "Coordinates and paths",
    summary:
      "The chain rule one entry at a time: a sum over intermediate coordinates, traced as paths through a graph.",
  },
  {
    unit: 4,
    title: "Gradients and pullback",
    summary:
      "Jacobians versus gradients, pulling gradients back through transposes, and forward versus reverse mode.",
  },
  {
    unit: 5,
    title: "Backprop on a tiny network",
    summary:
      "Local Jacobians of affine, elementwise and dot blocks, the reverse pass, parameter gradients, and what JVPs and VJPs cost.",
  },
  {
    unit: 6,
    title: "Capstone",
    summary:
      "Mixed exercises without scaffolding, the key takeaways, every common mistake in one place, and what comes next.",
  },
];
