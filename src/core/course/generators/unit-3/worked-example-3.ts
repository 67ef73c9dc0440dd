import type { Generator } from "../../generator";
import { fixedGenerator } from "./fixed-generator";
import { pathSumDraft } from "./path-sum-partial";

/**
 * S9: the lesson's Example 3 (Section 10), ∂y₂/∂x₃ = 2x₁x₂x₃ by path tracing, where the only
 * live path runs through u₂ (u₁ = x₁x₂ does not use x₃).
 */
export const workedExample3: Generator = fixedGenerator("worked-example-3", () =>
  pathSumDraft(
    {
      g: { name: "g", variables: ["x1", "x2", "x3"], components: ["x1*x2", "x3^2"] },
      f: { name: "f", variables: ["u1", "u2"], components: ["u1 + u2", "u1*u2"] },
      gDeps: [[0, 1], [2]],
      fDeps: [
        [0, 1],
        [0, 1],
      ],
    },
    { output: 1, input: 2, live: [1], dead: [0] },
    "Let $g:\\mathbb{R}^3\\to\\mathbb{R}^2$ and $f:\\mathbb{R}^2\\to\\mathbb{R}^2$ be\n\n" +
      "$$\\mathbf{u} = g(\\mathbf{x}) = \\begin{bmatrix} x_1x_2 \\\\ x_3^2 \\end{bmatrix},\n\\qquad\n" +
      "\\mathbf{y} = f(\\mathbf{u}) = \\begin{bmatrix} u_1 + u_2 \\\\ u_1u_2 \\end{bmatrix}.$$\n\n" +
      "Compute $\\dfrac{\\partial y_2}{\\partial x_3}$ at a general point using path-tracing. " +
      "Express the answer in terms of $x_1,x_2,x_3$ only.",
  ),
);
