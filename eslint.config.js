// Lint rules, including the one-way import direction of CONVENTIONS.md: each folder may import
// only the folders before it, so a wrong-direction import fails `npm run lint`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// Tests and the helpers only tests import may use test libraries (vitest, katex) and the clock.
const TEST_FILES = ["**/*.test.ts", "**/*.test-support.ts"];
const FOLDERS = ["shared", "math", "grading", "course", "learner"];
const coreFolderPatterns = (name) => [
  `**/core/${name}`,
  `**/core/${name}/**`,
  `../${name}`,
  `../${name}/**`,
];
const outerLayers = ["api", "server", "web", "cli"].flatMap((n) => [`**/${n}`, `**/${n}/**`]);
const hostModules = [
  "react",
  "react-dom",
  "react-dom/*",
  "fastify",
  "@fastify/*",
  "kysely",
  "better-sqlite3",
  "pg",
  "katex",
  "node:*",
  "fs",
  "path",
  "crypto",
];

/** Rules for src/core/<name>: nothing from later core folders, outer layers, or host libraries. */
const coreFolderRule = (name, index) => ({
  files: [`src/core/${name}/**/*.ts`],
  ignores: TEST_FILES,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: [...FOLDERS.slice(index + 1).flatMap(coreFolderPatterns), ...outerLayers],
            message: `core/${name} may import only the core folders before it (${FOLDERS.slice(0, index).join(", ") || "none"}).`,
          },
          ...(index > 0
            ? [
                {
                  group: FOLDERS.slice(0, index).flatMap((f) => [`../${f}/*`, `../../${f}/*`]),
                  message:
                    "Import another core folder through its index (e.g. '../math'), not its files.",
                },
              ]
            : []),
          { group: hostModules, message: "core is pure: no DOM, I/O, server or UI libraries." },
        ],
      },
    ],
  },
});

/** Imports from outside core go through each core folder's index. */
const throughCoreIndexes = {
  group: ["**/core/*/*", "!**/core/*/index"],
  message: "Import a core folder through its index (e.g. '../core/math').",
};

export default tseslint.config(
  { ignores: ["dist", "node_modules", "data", "content"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "no-restricted-exports": ["error", { restrictDefaultExports: { direct: true } }] },
  },
  ...FOLDERS.map(coreFolderRule),
  {
    files: ["src/core/**/*.ts"],
    ignores: TEST_FILES,
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "core takes the clock as an argument." },
        {
          object: "Math",
          property: "random",
          message: "core takes a seeded random source as an argument.",
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "core takes the clock as an argument.",
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "process", "localStorage", "fetch"],
    },
  },
  {
    files: ["src/api/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server", "**/server/**", "**/web", "**/web/**", "**/cli", "**/cli/**"],
              message: "api imports only core's public types.",
            },
            throughCoreIndexes,
          ],
        },
      ],
    },
  },
  {
    files: ["src/server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/web", "**/web/**", "**/cli", "**/cli/**", "react", "react-dom"],
              message: "server uses core and api only.",
            },
            throughCoreIndexes,
          ],
        },
      ],
    },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/server",
                "**/server/**",
                "**/cli",
                "**/cli/**",
                "fastify",
                "kysely",
                "better-sqlite3",
                "node:*",
              ],
              message: "web talks to the server only through api.",
            },
            throughCoreIndexes,
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/web", "**/web/**"], message: "cli uses core and server." },
            throughCoreIndexes,
          ],
        },
      ],
    },
  },
);
