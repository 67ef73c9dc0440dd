/** The variants of the simulated population: the default, and one change each. */
export const VARIANT_NAMES = [
  "default",
  "exponential-forgetting",
  "wide-learning-rates",
  "high-guess",
  "no-transfer",
] as const;

/** A variant's name. */
export type VariantName = (typeof VARIANT_NAMES)[number];

/** What a variant sets in the simulated learners' truth. */
export interface Variant {
  readonly name: VariantName;
  /** The shape of the true forgetting curve: power law (FSRS-like) or exponential. */
  readonly forgetting: "power" | "exponential";
  /** Ratio of the fastest to the slowest learner's learning rate (log-uniform in between). */
  readonly rateSpread: number;
  /** P(right | not recalled) is at least this (0 keeps each skill's own guess rate). */
  readonly guessFloor: number;
  /** P(a prerequisite is exercised, per unit of edge weight) when a dependent skill is recalled. */
  readonly transfer: number;
}

const DEFAULT: Variant = {
  name: "default",
  forgetting: "power",
  rateSpread: 2,
  guessFloor: 0,
  transfer: 0.5,
};

/** The settings of a variant. */
export function variant(name: VariantName): Variant {
  switch (name) {
    case "default":
      return DEFAULT;
    case "exponential-forgetting":
      return { ...DEFAULT, name, forgetting: "exponential" };
    case "wide-learning-rates":
      return { ...DEFAULT, name, rateSpread: 4 };
    case "high-guess":
      return { ...DEFAULT, name, guessFloor: 0.3 };
    case "no-transfer":
      return { ...DEFAULT, name, transfer: 0 };
  }
}
