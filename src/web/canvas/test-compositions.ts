import { compileComposition, type CompiledComposition } from "./compiled-composition";
import { parseComposition, type CompositionText } from "./composition";

/** Compositions of every size the canvas draws, for tests: n, m, p from 1 to 3. */
export const TEST_COMPOSITIONS: readonly (CompositionText & { readonly name: string })[] = [
  { name: "lesson example 1 (2→2→1)", g: "[x1^2 + x2, x1*x2]", f: "u1 + u2^2", x: "1, 2" },
  { name: "lesson example 2 (2→2→1)", g: "[x1 + 2x2, x1 - x2]", f: "u1*e^u2", x: "1, 1" },
  { name: "scalar chain (1→1→1)", g: "sin(x1)", f: "exp(u1)", x: "0.7" },
  { name: "line to space (1→3→2)", g: "[cos(x1), sin(x1), x1]", f: "[u1*u3, u2 - u3^2]", x: "0.3" },
  {
    name: "space to plane (3→2→3)",
    g: "[x1*x2 + x3, tanh(x2 - x3)]",
    f: "[u1, u1*u2, sigma(u2)]",
    x: "0.5, -1, 2",
  },
  {
    name: "plane to space to line (2→3→1)",
    g: "[x1 + x2, x1 - x2, x1*x2]",
    f: "u1^2 + u2^2 + u3",
    x: "1, 2",
  },
];

/** Parses and compiles a test composition; a parse failure is a bug in the table above. */
export function compiled(text: CompositionText): CompiledComposition {
  const parsed = parseComposition(text);
  if (!parsed.ok) throw new Error(`test composition does not parse: ${parsed.error.message}`);
  return compileComposition(parsed.value);
}
