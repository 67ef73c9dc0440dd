/** One lesson page: a Markdown file under `content/`, in a unit. */
export interface Lesson {
  readonly id: string;
  readonly unit: number;
  readonly title: string;
  /** Path relative to `content/`, e.g. `unit-1/01-linear-map.md`. */
  readonly file: string;
}

/** The canvas views a lesson may place with a `::: canvas <view>` directive. */
export const CANVAS_VIEWS = [
  "three-boxes",
  "jacobian-map",
  "path-tracing",
  "tiny-network",
  "two-way",
] as const;

/** The name of one canvas view. */
export type CanvasView = (typeof CANVAS_VIEWS)[number];

/** Every lesson in course order; each file starts with `# ` and its title. */
export const LESSONS: readonly Lesson[] = [
  { id: "welcome", unit: 0, title: "How this course works", file: "unit-0/01-welcome.md" },
  {
    id: "linear-map",
    unit: 1,
    title: "The derivative as a linear map",
    file: "unit-1/01-linear-map.md",
  },
  { id: "linearize", unit: 1, title: "Predicting small changes", file: "unit-1/02-linearize.md" },
  { id: "shape-table", unit: 1, title: "The shape table", file: "unit-1/03-shape-table.md" },
  {
    id: "big-picture",
    unit: 2,
    title: "Derivatives multiply along a composition",
    file: "unit-2/01-big-picture.md",
  },
  {
    id: "chain-rule",
    unit: 2,
    title: "The chain rule, and how to read it",
    file: "unit-2/02-chain-rule.md",
  },
  { id: "proof", unit: 2, title: "Why the chain rule holds", file: "unit-2/03-proof.md" },
  {
    id: "example-jacobian-product",
    unit: 2,
    title: "Worked example: multiplying Jacobians",
    file: "unit-2/04-example-jacobian-product.md",
  },
  {
    id: "coordinate-form",
    unit: 3,
    title: "The chain rule in coordinates",
    file: "unit-3/01-coordinate-form.md",
  },
  { id: "path-tracing", unit: 3, title: "Summing over paths", file: "unit-3/02-path-tracing.md" },
  {
    id: "example-path-tracing",
    unit: 3,
    title: "Worked example: one entry by path tracing",
    file: "unit-3/03-example-path-tracing.md",
  },
  {
    id: "jacobian-vs-gradient",
    unit: 4,
    title: "Jacobians, gradients and our convention",
    file: "unit-4/01-jacobian-vs-gradient.md",
  },
  { id: "pullback", unit: 4, title: "Pulling gradients back", file: "unit-4/02-pullback.md" },
  {
    id: "forward-reverse",
    unit: 4,
    title: "Forward and reverse through a chain",
    file: "unit-4/03-forward-reverse.md",
  },
  {
    id: "example-both-directions",
    unit: 4,
    title: "Worked example: both directions at one point",
    file: "unit-4/04-example-both-directions.md",
  },
  {
    id: "local-jacobians",
    unit: 5,
    title: "Local Jacobians of network blocks",
    file: "unit-5/01-local-jacobians.md",
  },
  {
    id: "tiny-network",
    unit: 5,
    title: "Backprop through a tiny network",
    file: "unit-5/02-tiny-network.md",
  },
  {
    id: "tiny-network-numbers",
    unit: 5,
    title: "The tiny network, with numbers",
    file: "unit-5/03-tiny-network-numbers.md",
  },
  {
    id: "parameter-gradients",
    unit: 5,
    title: "Gradients with respect to the parameters",
    file: "unit-5/04-parameter-gradients.md",
  },
  {
    id: "jvp-vjp-cost",
    unit: 5,
    title: "JVPs, VJPs and what they cost",
    file: "unit-5/05-jvp-vjp-cost.md",
  },
  { id: "rehearsal", unit: 5, title: "Rehearsing the picture", file: "unit-5/06-rehearsal.md" },
  { id: "exercises", unit: 6, title: "Capstone exercises", file: "unit-6/01-exercises.md" },
  { id: "takeaways", unit: 6, title: "Key takeaways", file: "unit-6/02-takeaways.md" },
  {
    id: "mistakes",
    unit: 6,
    title: "Common mistakes, all in one place",
    file: "unit-6/03-mistakes.md",
  },
  {
    id: "next-steps",
    unit: 6,
    title: "Next: backprop in real networks",
    file: "unit-6/04-next-steps.md",
  },
];

/** The lesson with this id, or undefined when there is none (ids come from URLs). */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
