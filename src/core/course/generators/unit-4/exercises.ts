import type { Draft, Generator } from "../../generator";
import { fixedGenerator } from "../unit-3/fixed-generator";
import { symbolicPullbackDraft, type PullbackWording } from "./symbolic-pullback-draft";

/** A fixed pullback item from the lesson: g and f as texts over x1… and u1…, the lesson's words. */
function lessonPullback(gTexts: readonly string[], fText: string, wording: PullbackWording): Draft {
  const g = { name: "g", variables: ["x1", "x2"], components: [...gTexts] };
  const f = { name: "f", variables: gTexts.map((_, k) => `u${k + 1}`), components: [fText] };
  const draft = symbolicPullbackDraft(g, f, wording, { strict: false, simplify: true });
  if (!draft) throw new Error("a lesson exercise cannot be degenerate");
  return draft;
}

/** S8: the lesson's Exercise 1 (Section 13), ∇(f∘g)(x) = (4x₁ + x₂, x₁ + 4x₂). */
export const exercise1: Generator = fixedGenerator("exercise-1", () =>
  lessonPullback(["x1 + x2", "x1 - x2", "x1*x2"], "u1^2 + u2^2 + u3", {
    prompt:
      "Let $g:\\mathbb{R}^2\\to\\mathbb{R}^3$ be\n\n" +
      "$$g(x_1,x_2) = \\begin{bmatrix} x_1 + x_2 \\\\ x_1 - x_2 \\\\ x_1x_2 \\end{bmatrix}$$\n\n" +
      "and let $f:\\mathbb{R}^3\\to\\mathbb{R}$ be\n\n$$f(u_1,u_2,u_3) = u_1^2 + u_2^2 + u_3.$$\n\n" +
      "Compute $\\nabla(f\\circ g)(\\mathbf{x})$. Give it as a column vector in terms of $x_1,x_2$.",
    hints: [
      "What are the shapes of $Dg(\\mathbf{x})$ and of $\\nabla f(\\mathbf{u})$, and which product of them is $2\\times 1$?",
      "Compute $Dg(\\mathbf{x})$ ($3\\times 2$) and $\\nabla f(\\mathbf{u})$ ($3\\times 1$). Then use $\\nabla(f\\circ g)(\\mathbf{x}) = Dg(\\mathbf{x})^\\top\\,\\nabla f\\bigl(g(\\mathbf{x})\\bigr)$.",
    ],
  }),
);

/** S8: the lesson's Exercise 3 (Section 13), ∇ₓy = (2x₁ sin x₂, x₁² cos x₂). */
export const exercise3: Generator = fixedGenerator("exercise-3", () =>
  lessonPullback(["x1^2", "sin(x2)"], "u1*u2", {
    prompt:
      "Let $\\mathbf{u} = g(\\mathbf{x})$ with $g:\\mathbb{R}^2\\to\\mathbb{R}^2$ given by $u_1 = x_1^2$, $u_2 = \\sin x_2$. " +
      "Let scalar $y = f(\\mathbf{u})$ with $f(\\mathbf{u}) = u_1u_2$. Compute $\\nabla_{\\mathbf{x}}\\,y$. " +
      "Give it as a column vector in terms of $x_1,x_2$.",
    hints: [
      "Which object do you pull back first, and through which matrix?",
      "Compute $\\nabla_{\\mathbf{u}}\\,y$ first, then multiply by $Dg(\\mathbf{x})^\\top$. Remember $Dg(\\mathbf{x})$ is $2\\times 2$ and diagonal here.",
    ],
  }),
);
