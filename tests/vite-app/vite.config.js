import { defineConfig } from "vite";

export default defineConfig({
  // The dev server's dependency pre-bundling would lose the wasm file next to the module.
  optimizeDeps: { exclude: ["zhextract"] },
  build: { target: "es2022" },
});
