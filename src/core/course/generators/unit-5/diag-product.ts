import type { Random } from "../../../shared";
import type { Difficulty, Draft, Generator } from "../../generator";
import { choiceKey, countLatex } from "./choice-key";

/** Sizes and pass direction by difficulty: small and forward first, then large, then the backward pass. */
const LEVELS: Readonly<
  Record<Difficulty, { sizes: readonly number[]; direction: "forward" | "reverse" }>
> = {
  1: { sizes: [3, 4, 5], direction: "forward" },
  2: { sizes: [100, 512, 1000], direction: "forward" },
  3: { sizes: [1000, 4096, 10000], direction: "reverse" },
};

/** S13: how to apply Diag(σ′(a)): as an elementwise product (M3: building a matrix). */
export const diagProduct: Generator = {
  id: "diag-product",
  draw(random: Random, difficulty: Difficulty): Draft {
    const { sizes, direction } = LEVELS[difficulty];
    const n = random.pick(sizes);
    const product =
      direction === "forward"
        ? "\\operatorname{Diag}(\\sigma'(\\mathbf{a}))\\,\\mathbf{v}"
        : "\\operatorname{Diag}(\\sigma'(\\mathbf{a}))^\\top\\,\\mathbf{w}";
    const vector = direction === "forward" ? "\\mathbf{v}" : "\\mathbf{w}";
    const context =
      direction === "forward"
        ? "pushing a perturbation $\\mathbf{v}$ forward"
        : "pulling the gradient $\\mathbf{w} = \\nabla_{\\mathbf{h}}\\,\\ell$ back in backprop";
    const options = [
      {
        id: "elementwise",
        label: `the elementwise product $\\sigma'(\\mathbf{a})\\odot ${vector}$`,
      },
      {
        id: "diag-matrix",
        label: `build the $${countLatex(n)}\\times ${countLatex(n)}$ matrix $\\operatorname{Diag}(\\sigma'(\\mathbf{a}))$, then multiply`,
      },
      { id: "full-jacobian", label: "build the Jacobian of the whole network, then multiply" },
    ];
    return {
      prompt: `A layer $\\mathbf{h} = \\sigma(\\mathbf{a})$ acts elementwise on $\\mathbf{a}\\in\\mathbb{R}^{${countLatex(n)}}$. When ${context}, how should $${product}$ be computed?`,
      data: { ask: "diag-product", size: n, direction },
      key: choiceKey(random, options, "elementwise"),
      hints: [
        "Which entries of $\\operatorname{Diag}(\\sigma'(\\mathbf{a}))$ are not zero?",
        `Multiplying by a diagonal matrix scales each entry of $${vector}$ by one number.`,
      ],
      steps: [
        {
          text: `A diagonal matrix is its own transpose, and it scales entry $i$ by $\\sigma'(a_i)$: $${product} = \\sigma'(\\mathbf{a})\\odot ${vector}$.`,
        },
        {
          text: `That takes $${countLatex(n)}$ multiplications; the matrix would take $${countLatex(n * n)}$, nearly all of them by zero, and the full Jacobian more still.`,
        },
      ],
    };
  },
};
