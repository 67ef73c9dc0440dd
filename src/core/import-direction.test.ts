import { ESLint } from "eslint";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The lint rules of eslint.config.js that keep dependencies pointing one way (CONVENTIONS.md):
// each case lints a line as if it were in the given file and expects the rule to fire or not.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function restricted(file: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).some((m) =>
    ["no-restricted-imports", "no-restricted-properties"].includes(m.ruleId ?? ""),
  );
}

describe("the import-direction lint rules", () => {
  it.each([
    [
      "src/core/math/x.ts",
      'import { gradeAnswer } from "../grading";\nexport const x = gradeAnswer;',
    ],
    ["src/core/shared/x.ts", 'import { Expr } from "../math";\nexport type X = Expr;'],
    ["src/core/grading/x.ts", 'import { ok } from "../shared/result";\nexport const x = ok;'],
    [
      "src/core/course/x.ts",
      'import { readFileSync } from "node:fs";\nexport const x = readFileSync;',
    ],
    ["src/core/learner/x.ts", "export const now = Date.now();"],
    ["src/api/x.ts", 'import { buildApp } from "../server";\nexport const x = buildApp;'],
    ["src/web/x.ts", 'import { buildApp } from "../server";\nexport const x = buildApp;'],
    [
      "src/server/x.ts",
      'import { parseAnswer } from "../core/math/parse-answer";\nexport const x = parseAnswer;',
    ],
  ])("refuses what %s must not import: %s", async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ["src/core/grading/x.ts", 'import { ok } from "../shared";\nexport const x = ok;'],
    [
      "src/server/x.ts",
      'import { parseAnswer } from "../core/math";\nexport const x = parseAnswer;',
    ],
    ["src/web/x.ts", 'import type { Me } from "../api";\nexport type X = Me;'],
  ])("allows %s to import through an index: %s", async (file, code) => {
    expect(await restricted(file, code)).toBe(false);
  });
});
