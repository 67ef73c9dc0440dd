import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The web app lives in src/web and is built into dist/web, which the server serves.
export default defineConfig({
  root: "src/web",
  plugins: [react()],
  // The manifest lets scripts/check-bundle-budget.ts find what a page loads.
  build: { outDir: "../../dist/web", emptyOutDir: true, sourcemap: true, manifest: true },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
