import { num } from "../../../math";
import type { Draft, Generator } from "../../generator";

const DRAFT: Draft = {
  prompt:
    "Let $g:\\mathbb{R}^2\\to\\mathbb{R}^2$ and $f:\\mathbb{R}^2\\to\\mathbb{R}$ be\n\n" +
    "$$\ng(x_1,x_2) = \\begin{bmatrix} x_1^2 + x_2 \\\\ x_1x_2 \\end{bmatrix},\n\\qquad\nf(u_1,u_2) = u_1 + u_2^2.\n$$\n\n" +
    "Define $h = f\\circ g$. Compute $Dh(\\mathbf{x})$ and $\\nabla h(\\mathbf{x})$ at a general point, then evaluate at " +
    "$\\mathbf{x} = (1,2)$. Give $\\nabla h(1,2)$, choosing its shape.",
  data: {
    ask: "gradient-of-composition-at-point",
    functions: [
      { name: "g", variables: ["x1", "x2"], components: ["x1^2 + x2", "x1*x2"] },
      { name: "f", variables: ["u1", "u2"], components: ["u1 + u2^2"] },
    ],
    point: { x1: 1, x2: 2 },
  },
  key: {
    kind: "matrix",
    spec: { kind: "matrix", rows: 2, cols: 1, variables: [], chooseShape: true },
    solution: [[num(10)], [num(5)]],
    // Df at x instead of at g(x) gives the same numbers here (u₂ = x₁x₂ = 2 = x₂), so M5 is not listed.
    mistakes: [{ mistake: "M2b", answer: [[num(10), num(5)]] }],
  },
  hints: [
    "Compute the two local Jacobians first, with their shapes.",
    "$Dh(\\mathbf{x}) = Df\\bigl(g(\\mathbf{x})\\bigr)\\,Dg(\\mathbf{x})$, and for scalar $h$, $\\nabla h = Dh^\\top$.",
    "Substitute $\\mathbf{u} = g(\\mathbf{x})$, multiply, transpose, then put in $(1,2)$.",
  ],
  steps: [
    {
      text: "**Step 1: Compute $Dg(\\mathbf{x})$ ($2\\times 2$).**",
      latex: "Dg(\\mathbf{x}) = \\begin{bmatrix} 2x_1 & 1 \\\\ x_2 & x_1 \\end{bmatrix}",
    },
    {
      text: "**Step 2: Compute $Df(\\mathbf{u})$ ($1\\times 2$).**",
      latex: "Df(\\mathbf{u}) = \\begin{bmatrix} 1 & 2u_2 \\end{bmatrix}",
    },
    {
      text: "**Step 3: Apply the Jacobian chain rule.** Substitute $\\mathbf{u} = g(\\mathbf{x})$, so $u_2 = x_1x_2$, and multiply.",
      latex:
        "Dh(\\mathbf{x}) = \\begin{bmatrix} 1 & 2x_1x_2 \\end{bmatrix}\\begin{bmatrix} 2x_1 & 1 \\\\ x_2 & x_1 \\end{bmatrix} " +
        "= \\begin{bmatrix} 2x_1 + 2x_1x_2^2 & 1 + 2x_1^2x_2 \\end{bmatrix}",
    },
    {
      text: "**Step 4: Convert to gradient (column vector).** Since $h$ is scalar, $Dh(\\mathbf{x})$ is $1\\times 2$ and",
      latex:
        "\\nabla h(\\mathbf{x}) = Dh(\\mathbf{x})^\\top = \\begin{bmatrix} 2x_1 + 2x_1x_2^2 \\\\ 1 + 2x_1^2x_2 \\end{bmatrix}",
    },
    {
      text: "**Step 5: Evaluate at (1,2).**",
      latex:
        "\\nabla h(1,2) = \\begin{bmatrix} 2\\cdot 1 + 2\\cdot 1\\cdot 2^2 \\\\ 1 + 2\\cdot 1^2\\cdot 2 \\end{bmatrix} = \\begin{bmatrix} 10 \\\\ 5 \\end{bmatrix}",
    },
  ],
};

/** S5, fixed: worked example 1 of the lesson (Section 10): Dh and ∇h for h = f∘g, at (1, 2). */
export const workedExample1: Generator = {
  id: "worked-example-1",
  fixed: true,
  draw: () => DRAFT,
};
