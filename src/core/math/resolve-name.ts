import { err, ok } from "../shared";
import type { Result } from "../shared";
import { binary, FUNCTION_NAMES } from "./expr";
import type { Expr, FunctionName } from "./expr";
import { inputError } from "./input-error";
import type { InputError } from "./input-error";
import { splitIntoNames, suggestName } from "./suggest-name";

/** Other spellings a learner may use for a function; `ln` is the natural log, as `log` is. */
// A Map, not an object: a learner typing `constructor(x)` must not reach Object.prototype.
const FUNCTION_ALIASES: ReadonlyMap<string, FunctionName> = new Map([
  ["ln", "log"],
  ["sigmoid", "sigma"],
]);
const CONSTANTS = ["pi", "e"] as const;
const ALL_FUNCTION_SPELLINGS: readonly string[] = [...FUNCTION_NAMES, ...FUNCTION_ALIASES.keys()];

/** The function a name spells, counting aliases. */
function functionNamed(name: string): FunctionName | undefined {
  return FUNCTION_NAMES.find((fn) => fn === name) ?? FUNCTION_ALIASES.get(name);
}

/**
 * A name written as a value: a declared variable, a constant, or a run of them typed without
 * spaces (`x1x2`, `pix`), read as their product. Variables declared by the item come first.
 */
export function resolveSymbol(
  name: string,
  position: number,
  variables: readonly string[],
): Result<Expr, InputError> {
  const parts = variables.includes(name)
    ? [name]
    : splitIntoNames(name, [...variables, ...CONSTANTS]);
  if (parts !== undefined) return ok(productOf(parts, variables));
  const fn = ALL_FUNCTION_SPELLINGS.find((f) => name.startsWith(f));
  if (fn !== undefined) {
    return err(
      inputError(
        "syntax",
        position,
        `write ${fn} with brackets around its argument, like ${fn}(x)`,
      ),
    );
  }
  const use =
    variables.length === 0 ? "this answer has no variables" : `use ${variables.join(", ")}`;
  return err(
    inputError("unknown-variable", position, `${shorten(name)} is not a variable here; ${use}`),
  );
}

/**
 * A name written before brackets: a function, or a value times the bracket (`x1(x2+1)`), or a
 * run of values ending in a function (`x1sin(x2)`). Undefined `fn` means a plain product.
 */
export function resolveCallee(
  name: string,
  position: number,
  variables: readonly string[],
): Result<{ readonly factor?: Expr; readonly fn?: FunctionName }, InputError> {
  const fn = functionNamed(name);
  if (fn !== undefined) return ok({ fn });
  const value = resolveSymbol(name, position, variables);
  if (value.ok) return ok({ factor: value.value });
  for (const spelling of ALL_FUNCTION_SPELLINGS) {
    const prefix = name.slice(0, -spelling.length);
    const parts = name.endsWith(spelling)
      ? splitIntoNames(prefix, [...variables, ...CONSTANTS])
      : undefined;
    if (parts !== undefined && parts.length > 0) {
      return ok({ factor: productOf(parts, variables), fn: functionNamed(spelling) });
    }
  }
  const suggestion = suggestName(name, ALL_FUNCTION_SPELLINGS);
  const hint =
    suggestion === undefined
      ? `the functions are ${FUNCTION_NAMES.join(", ")}`
      : `did you mean ${suggestion}?`;
  return err(
    inputError("unknown-function", position, `unknown function '${shorten(name)}': ${hint}`),
  );
}

/** A name as quoted in a message: long hostile names are cut short. */
const shorten = (name: string): string => (name.length > 24 ? `${name.slice(0, 24)}…` : name);

/** The left-to-right product of variables and constants, as implicit multiplication reads it. */
function productOf(parts: readonly string[], variables: readonly string[]): Expr {
  const factors = parts.map((part): Expr =>
    !variables.includes(part) && (part === "pi" || part === "e")
      ? { kind: "constant", name: part }
      : { kind: "variable", name: part },
  );
  const [first, ...rest] = factors;
  if (first === undefined) throw new Error("productOf needs at least one factor");
  return rest.reduce((product, factor) => binary("*", product, factor), first);
}
