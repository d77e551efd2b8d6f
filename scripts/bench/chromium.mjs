// Headless Chromium benchmark of the wasm module (issue 8): Playwright (playwright-core)
// drives Debian's /usr/bin/chromium; a local static server on 127.0.0.1 serves the page
// build (www/pkg, `make build`) and the measurement code.
// Usage: node scripts/bench/chromium.mjs [PKG_DIR]   (default www/pkg)
// Cold start: a fresh browser context (empty HTTP and code caches) per sample; in the page,
// import of the glue + fetch/compile/instantiate of the .wasm (init) + the first extract().
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCorpus } from "./corpus.mjs";
import { report, stats } from "./measure.mjs";
import { serve, launch } from "./browser.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkg = resolve(process.argv[2] || join(root, "www", "pkg"));
if (!existsSync(join(pkg, "zhextract_bg.wasm"))) {
  console.error(`missing ${pkg}/zhextract_bg.wasm: run make build`);
  process.exit(2);
}
const articles = ensureCorpus().map((a) => a.text);
const seed = readFileSync(join(root, "www", "examples", "seed.txt"), "utf8");
const { server, base } = await serve(pkg, {
  "/corpus.json": () => ["application/json", JSON.stringify({ articles, seed })],
  "/measure.mjs": join(here, "measure.mjs"),
});
const browser = await launch();
try {
  const version = browser.version();
  // Cold starts.
  const COLD_RUNS = 15;
  const cold = { load: [], first: [], total: [] };
  const article = articles[0];
  for (let i = 0; i < COLD_RUNS; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(base + "/");
    const r = await page.evaluate(async (article) => {
      const t0 = performance.now();
      const m = await import("/pkg/zhextract.js");
      await m.default({ module_or_path: "/pkg/zhextract_bg.wasm" });
      const t1 = performance.now();
      m.extract(article);
      const t2 = performance.now();
      return { load: t1 - t0, first: t2 - t1 };
    }, article);
    cold.load.push(r.load);
    cold.first.push(r.first);
    cold.total.push(r.load + r.first);
    await ctx.close();
  }
  const coldStats = { load: stats(cold.load), first: stats(cold.first), total: stats(cold.total), what: "browser contexts" };

  // Warm measurements in one page.
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  page.on("console", (m) => console.log("[page]", m.text()));
  await page.goto(base + "/");
  const r = await page.evaluate(async () => {
    const { articles, seed } = await (await fetch("/corpus.json")).json();
    const m = await import("/pkg/zhextract.js");
    await m.default({ module_or_path: "/pkg/zhextract_bg.wasm" });
    const { measure } = await import("/measure.mjs");
    const r = measure((t) => m.extract(t), { article: articles[0], seed, articles, now: () => performance.now() });
    r.crossOriginIsolated = self.crossOriginIsolated;
    return r;
  });
  console.log(report(`chromium ${version}`, r, coldStats));
  const out = { chromium: version, pkg, wasmBytes: readFileSync(join(pkg, "zhextract_bg.wasm")).length, ...r, cold: coldStats };
  writeFileSync(join(root, "target", "bench", "chromium.json"), JSON.stringify(out, null, 1) + "\n");
} finally {
  await browser.close();
  server.close();
}
