import { defineConfig } from "vitest/config";

// Browser tests start their own server and Chromium; one file at a time keeps two cores calm.
export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
