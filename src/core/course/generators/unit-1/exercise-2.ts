import type { Draft, Generator } from "../../generator";

/** Each option: the shape of D(f∘g)(x), then the shape of ∇(f∘g)(x) when p = 1. */
const OPTIONS = [
  {
    id: "nxp-nx1",
    label:
      "$D(f\\circ g)(\\mathbf{x})$ is $n\\times p$; $\\nabla(f\\circ g)(\\mathbf{x})$ is $n\\times 1$",
  },
  {
    id: "pxn-nx1",
    label:
      "$D(f\\circ g)(\\mathbf{x})$ is $p\\times n$; $\\nabla(f\\circ g)(\\mathbf{x})$ is $n\\times 1$",
  },
  {
    id: "mxn-nx1",
    label:
      "$D(f\\circ g)(\\mathbf{x})$ is $m\\times n$; $\\nabla(f\\circ g)(\\mathbf{x})$ is $n\\times 1$",
  },
  {
    id: "pxn-1xn",
    label:
      "$D(f\\circ g)(\\mathbf{x})$ is $p\\times n$; $\\nabla(f\\circ g)(\\mathbf{x})$ is $1\\times n$",
  },
  {
    id: "pxm-mx1",
    label:
      "$D(f\\circ g)(\\mathbf{x})$ is $p\\times m$; $\\nabla(f\\circ g)(\\mathbf{x})$ is $m\\times 1$",
  },
] as const;

const DRAFT: Draft = {
  prompt:
    "Suppose $g:\\mathbb{R}^n\\to\\mathbb{R}^m$ and $f:\\mathbb{R}^m\\to\\mathbb{R}^p$. You are told $Dg(\\mathbf{x})$ is " +
    "$m\\times n$ and $Df(\\mathbf{u})$ is $p\\times m$. What is the shape of $D(f\\circ g)(\\mathbf{x})$? Also, if $p = 1$, " +
    "what is the shape of $\\nabla(f\\circ g)(\\mathbf{x})$ (as a column vector)?",
  data: { ask: "composition-shapes", dimensions: ["n", "m", "p"] },
  key: {
    kind: "choice",
    spec: { kind: "choice", options: OPTIONS },
    solution: "pxn-nx1",
    mistakes: [
      { mistake: "M2a", answer: "nxp-nx1" },
      { mistake: "M2b", answer: "pxn-1xn" },
    ],
  },
  hints: [
    "Write the product in chain-rule order and cancel the inner dimension.",
    "Use matrix multiplication shapes. For $p = 1$, the Jacobian is $1\\times n$ and the gradient is its transpose.",
  ],
  steps: [
    {
      text: "$D(f\\circ g)(\\mathbf{x}) = Df(\\mathbf{u})\\,Dg(\\mathbf{x})$ has shape",
      latex: "(p\\times m)(m\\times n) = p\\times n.",
    },
    {
      text:
        "If $p = 1$, then $D(f\\circ g)(\\mathbf{x})$ is $1\\times n$, so the gradient (column) " +
        "$\\nabla(f\\circ g)(\\mathbf{x}) = D(f\\circ g)(\\mathbf{x})^\\top$ has shape $n\\times 1$.",
    },
  ],
};

/** S3, fixed: exercise 2 of the lesson (Section 13), the shapes of D(f∘g) and ∇(f∘g) in general. */
export const exercise2: Generator = {
  id: "exercise-2",
  fixed: true,
  draw: () => DRAFT,
};
