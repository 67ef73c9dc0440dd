import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const modelFiles = readdirSync(HERE).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts",
);

describe("learner model", () => {
  it.each(modelFiles)(
    "%s does not import the simulator, so it cannot read the simulated truth",
    (file) => {
      expect(readFileSync(HERE + file, "utf8")).not.toMatch(/from "\.\/sim/);
    },
  );
});
