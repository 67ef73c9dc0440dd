import { matVec, transpose } from "../../../math";
import type { Draft, Generator } from "../../generator";
import type { SolutionStep } from "../../item";
import { fixedGenerator } from "../unit-3/fixed-generator";
import { chainAt, type ChainAtPoint } from "./chain-at-point";
import { chainData } from "./chain-steps";
import { pairingSteps } from "./pairing-check";
import { pullSteps } from "./pullback";
import { pushSteps } from "./pushforward";

/** The lesson's Example 2 (Section 10): g linear, f(u) = u₁e^{u₂}, at x₀ = (1, 1), Δx = (0.01, 0.02). */
const chain = (): ChainAtPoint => chainAt(["x1 + 2*x2", "x1 - x2"], ["u1*exp(u2)"], [1, 1]);
/** Δx in hundredths. */
const DELTA = [1, 2] as const;

const SETUP =
  "Let $\\mathbf{x}\\in\\mathbb{R}^2$. Define $\\mathbf{u} = g(\\mathbf{x})$ where\n\n" +
  "$$g(\\mathbf{x}) = \\begin{bmatrix} x_1 + 2x_2 \\\\ x_1 - x_2 \\end{bmatrix}$$\n\n" +
  "and the scalar output $y = f(\\mathbf{u})$ where\n\n$$f(\\mathbf{u}) = u_1\\,e^{u_2}.$$\n\n" +
  "At $\\mathbf{x}_0 = (1,1)$, compute ";

const FORWARD_VALUES: SolutionStep = {
  text: "Compute the forward values at $\\mathbf{x}_0 = (1,1)$.",
  latex:
    "\\mathbf{u}_0 = g(1,1) = \\begin{bmatrix} 1 + 2 \\\\ 1 - 1 \\end{bmatrix} = \\begin{bmatrix} 3 \\\\ 0 \\end{bmatrix}, \\qquad y_0 = f(\\mathbf{u}_0) = 3\\,e^{0} = 3.",
};

const JACOBIANS: SolutionStep = {
  text: "$g$ is linear, so $Dg$ is the same at every point; $Df(\\mathbf{u}) = \\begin{bmatrix} e^{u_2} & u_1e^{u_2} \\end{bmatrix}$, evaluated at $\\mathbf{u}_0 = (3, 0)$.",
  latex:
    "Dg(\\mathbf{x}) = \\begin{bmatrix} 1 & 2 \\\\ 1 & -1 \\end{bmatrix}, \\qquad Df(\\mathbf{u}_0) = \\begin{bmatrix} 1 & 3 \\end{bmatrix}",
};

const data = (ask: string, c: ChainAtPoint) => ({
  ask,
  ...chainData(c),
  delta: DELTA.map((d) => d / 100),
});

function fixed(result: { key: Draft["key"]; steps: readonly SolutionStep[] } | undefined) {
  if (!result) throw new Error("worked example 2 is degenerate");
  return result;
}

/** S7: Example 2's pushforward, the linear prediction Δy = 0.02. */
export const workedExample2Push: Generator = fixedGenerator("worked-example-2", () => {
  const c = chain();
  const m5 = matVec(c.dfAtX ?? [], matVec(c.dg, [...DELTA])).map((v) => v / 100);
  const { key, steps } = fixed(pushSteps(c.dg, c.df, [...DELTA], [{ mistake: "M5", values: m5 }]));
  return {
    prompt:
      SETUP +
      "the linear prediction of $\\Delta y$ for the small input move $\\Delta\\mathbf{x} = (0.01,\\,0.02)$, by pushing it forward with Jacobians.",
    data: data("pushforward", c),
    key,
    hints: [
      "Run the forward pass first: $Df$ is evaluated at $\\mathbf{u}_0 = g(\\mathbf{x}_0)$.",
      "Push $\\Delta\\mathbf{x}$ through $Dg$ to get $\\Delta\\mathbf{u}$, then through $Df(\\mathbf{u}_0)$ to get $\\Delta y$.",
    ],
    steps: [FORWARD_VALUES, JACOBIANS, ...steps],
  };
});

/** S8: Example 2's pullback, ∇ₓy = Dgᵀ ∇ᵤy = (4, −1). */
export const workedExample2Pull: Generator = fixedGenerator("worked-example-2", () => {
  const c = chain();
  const gradU = c.df[0] ?? [];
  const mistakes = [
    { mistake: "M2c" as const, values: matVec(c.dg, gradU) },
    { mistake: "M5" as const, values: matVec(transpose(c.dg), c.dfAtX?.[0] ?? []) },
  ];
  const { key, steps } = fixed(pullSteps(c.dg, gradU, mistakes));
  return {
    prompt: SETUP + "the gradient $\\nabla_{\\mathbf{x}}\\,y$, by pulling back with transposes.",
    data: data("pullback", c),
    key,
    hints: [
      "Because $y$ is scalar, start with $\\nabla_{\\mathbf{u}}\\,y = Df(\\mathbf{u}_0)^\\top$.",
      "Then pull back through $g$ with $Dg^\\top$, not $Dg$.",
    ],
    steps: [
      FORWARD_VALUES,
      JACOBIANS,
      {
        text: "Because $y$ is scalar, $\\nabla_{\\mathbf{u}}\\,y = Df(\\mathbf{u})^\\top$; at $\\mathbf{u}_0 = (3,0)$:",
        latex:
          "\\nabla_{\\mathbf{u}}\\,y = \\begin{bmatrix} e^{u_2} \\\\ u_1e^{u_2} \\end{bmatrix} = \\begin{bmatrix} 1 \\\\ 3 \\end{bmatrix}",
      },
      ...steps,
    ],
  };
});

/** S12: Example 2's consistency check, ⟨∇ₓy, Δx⟩ = Df Dg Δx = 0.02. */
export const workedExample2Check: Generator = fixedGenerator("worked-example-2", () => {
  const c = chain();
  const { key, steps } = fixed(pairingSteps(c.df, c.dg, [...DELTA]));
  return {
    prompt:
      SETUP +
      "the gradient $\\nabla_{\\mathbf{x}}\\,y$ by pulling back with transposes, and the linear prediction of $\\Delta y$ for the small input move $\\Delta\\mathbf{x} = (0.01,\\,0.02)$ by pushing it forward with Jacobians. " +
      "Check that the two agree: give the common value of $\\langle \\nabla_{\\mathbf{x}}\\,y, \\Delta\\mathbf{x}\\rangle$ and $\\Delta y$.",
    data: data("pairing", c),
    key,
    hints: [
      "The linear prediction should satisfy $\\Delta y \\approx \\langle \\nabla_{\\mathbf{x}}\\,y, \\Delta\\mathbf{x}\\rangle = (\\nabla_{\\mathbf{x}}\\,y)^\\top\\Delta\\mathbf{x}$.",
      "Compute both sides separately; if they disagree, look for a missing transpose.",
    ],
    steps: [FORWARD_VALUES, JACOBIANS, ...steps],
  };
});
