import { err, ok, type Result } from "../../core/shared";
import { evaluateExpr, parseAnswer, type Expr } from "../../core/math";

/** The most coordinates a canvas box draws (a 3-D box is drawn in projection). */
const MAX_DIMENSION = 3;

/** The composition x ↦ f(g(x)) on screen: g: Rⁿ → Rᵐ in x1…xn, f: Rᵐ → Rᵖ in u1…um, and a point. */
export interface Composition {
  readonly xNames: readonly string[];
  readonly uNames: readonly string[];
  readonly g: readonly Expr[];
  readonly f: readonly Expr[];
  readonly x0: readonly number[];
}

/** The texts a learner types, as they are carried in a URL. */
export interface CompositionText {
  readonly g: string;
  readonly f: string;
  readonly x: string;
}

/** Which field is wrong, where (a 0-based position, when there is one), and why, in words. */
export interface CompositionError {
  readonly field: keyof CompositionText;
  readonly position: number | null;
  readonly message: string;
}

/** The names x1…xn (or u1…um) of a space of dimension `count`. */
const coordinateNames = (letter: string, count: number): string[] =>
  Array.from({ length: count }, (_, k) => `${letter}${k + 1}`);

/** Reads g, f and the point with the same parser and whitelist as answers. */
export function parseComposition(text: CompositionText): Result<Composition, CompositionError> {
  const x = readList(text.x, [], "x");
  if (!x.ok) return x;
  const x0 = x.value.map((entry) => evaluateExpr(entry, {}));
  if (!x0.every(Number.isFinite)) {
    return err({ field: "x", position: null, message: "every coordinate must be a finite number" });
  }
  const xNames = coordinateNames("x", x0.length);
  const g = readList(text.g, xNames, "g");
  if (!g.ok) return g;
  const uNames = coordinateNames("u", g.value.length);
  const f = readList(text.f, uNames, "f");
  if (!f.ok) return f;
  return ok({ xNames, uNames, g: g.value, f: f.value, x0 });
}

/** A scalar or a vector `[a, b, c]` of one to three entries. */
function readList(
  text: string,
  variables: readonly string[],
  field: keyof CompositionText,
): Result<Expr[], CompositionError> {
  // A bare list "1, 2" reads as the vector [1, 2]: the brackets are optional where it is unambiguous.
  const bracketed = text.includes(",") && !text.trim().startsWith("[") ? `[${text}]` : text;
  const parsed = parseAnswer(bracketed, { variables, allowMatrices: true });
  if (!parsed.ok) {
    // The position counts in the text as typed, before the optional brackets were added.
    const shift = bracketed === text ? 0 : 1;
    const { position, message } = parsed.error;
    return err({ field, position: Math.max(0, position - shift), message });
  }
  const value = parsed.value;
  if (value.kind === "matrix") {
    return err({ field, position: null, message: "type one expression or a list [a, b, c]" });
  }
  const entries = value.kind === "scalar" ? [value.expr] : [...value.entries];
  if (entries.length > MAX_DIMENSION) {
    const message = `the canvas draws at most ${MAX_DIMENSION} coordinates; this has ${entries.length}`;
    return err({ field, position: null, message });
  }
  return ok(entries);
}
