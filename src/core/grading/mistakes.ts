/**
 * The catalogue of mistakes the grader can name (the codes of seed-skills.md). Each entry says
 * what the learner did and how to fix it, in words a learner can act on.
 */
export const MISTAKE_IDS = ["M1", "M2a", "M2b", "M2c", "M3", "M4", "M5", "M6", "M7"] as const;
export type MistakeId = (typeof MISTAKE_IDS)[number];

/** What a mistake is called and what to do about it. */
export interface MistakeInfo {
  readonly id: MistakeId;
  readonly name: string;
  /** A few words that fit in a sentence, for feedback that names several mistakes at once. */
  readonly short: string;
  readonly fix: string;
}

/** Every mistake of the catalogue, by id. */
export const MISTAKES: { readonly [K in MistakeId]: MistakeInfo & { readonly id: K } } = {
  M1: {
    id: "M1",
    short: "factors in the wrong order",
    name: "The Jacobians are multiplied in the wrong order.",
    fix: "Put the outer derivative on the left: D(f∘g)(x) = Df(g(x)) Dg(x).",
  },
  M2a: {
    id: "M2a",
    short: "the Jacobian laid out transposed",
    name: "The Jacobian is laid out with one row per input instead of one row per output.",
    fix: "Row i holds the partials of output i; column j is the derivative with respect to input j (m×n for ℝⁿ→ℝᵐ).",
  },
  M2b: {
    id: "M2b",
    short: "a row in place of a column",
    name: "A row is given where a column is asked, or the other way round.",
    fix: "The gradient is a column, ∇f = Dfᵀ; the Jacobian of a scalar function is a row.",
  },
  M2c: {
    id: "M2c",
    short: "the missing transpose in the pullback",
    name: "The transpose is missing in the pullback.",
    fix: "Gradients flow back through transposes: ∇ₓ = Dgᵀ ∇ᵤ, not Dg ∇ᵤ.",
  },
  M3: {
    id: "M3",
    short: "a full Jacobian where a JVP or VJP is enough",
    name: "A full Jacobian is formed where a Jacobian–vector or vector–Jacobian product is enough.",
    fix: "Multiply vectors through the chain: a JVP for one input direction, a VJP for one output.",
  },
  M4: {
    id: "M4",
    short: "a path missing or added in the path sum",
    name: "A dependency path is missing or one is added in the path sum.",
    fix: "List every intermediate coordinate that depends on the input and that the output depends on; sum over exactly those.",
  },
  M5: {
    id: "M5",
    short: "a derivative evaluated at the wrong point",
    name: "A local derivative is evaluated at the wrong point.",
    fix: "Run the forward pass first: evaluate Dg at x, but Df at u = g(x) (and σ′ at a, not at h).",
  },
  M6: {
    id: "M6",
    short: "σ(a) in place of σ′(a)",
    name: "σ(a) is used where σ′(a) is needed.",
    fix: "The local Jacobian of h = σ(a) is Diag(σ′(a)); multiply by σ′(a) elementwise, not by σ(a).",
  },
  M7: {
    id: "M7",
    short: "the σ′ factor left out",
    name: "The σ′ factor (the Diag) is left out of the chain.",
    fix: "Between ∇ₕ and ∇ₐ comes the elementwise product with σ′(a): ∇ₐℓ = σ′(a) ⊙ ∇ₕℓ.",
  },
};
