// Cold start in headless Chromium, split into its parts (issue 8): a fresh browser context
// per sample (empty HTTP and code caches). Extra Chromium flags from CHROMIUM_FLAGS (for
// experiments only, e.g. "--js-flags=--no-wasm-lazy-compilation").
// Usage: node scripts/bench/cold.mjs [PKG_DIR] [RUNS]
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCorpus } from "./corpus.mjs";
import { stats } from "./measure.mjs";
import { serve, launch } from "./browser.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkg = resolve(process.argv[2] || join(root, "www", "pkg"));
const RUNS = Number(process.argv[3] || 15);
const article = ensureCorpus()[0].text;
const { server, base } = await serve(pkg);
const browser = await launch((process.env.CHROMIUM_FLAGS || "").split(" ").filter(Boolean));
const parts = { import: [], init: [], first: [], second: [], total: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(base + "/");
    const r = await page.evaluate(async (article) => {
      const t0 = performance.now();
      const m = await import("/pkg/zhextract.js");
      const t1 = performance.now();
      await m.default({ module_or_path: "/pkg/zhextract_bg.wasm" });
      const t2 = performance.now();
      m.extract(article);
      const t3 = performance.now();
      m.extract(article);
      const t4 = performance.now();
      return { import: t1 - t0, init: t2 - t1, first: t3 - t2, second: t4 - t3, total: t3 - t0 };
    }, article);
    for (const k of Object.keys(parts)) parts[k].push(r[k]);
    await ctx.close();
  }
} finally {
  await browser.close();
  server.close();
}
const line = Object.entries(parts).map(([k, v]) => `${k} ${stats(v).median.toFixed(1)}`).join(", ");
console.log(`cold start medians over ${RUNS} contexts (ms): ${line}`);
