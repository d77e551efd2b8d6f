// Headless Chromium benchmark of the wasm module (issue 8): Playwright (playwright-core)
// drives Debian's /usr/bin/chromium; a local static server on 127.0.0.1 serves the page
// build (www/pkg, `make build`) and the measurement code.
// Usage: node scripts/bench/chromium.mjs [PKG_DIR]   (default www/pkg)
// Cold start: a fresh browser context (empty HTTP and code caches) per sample; in the page,
// import of the glue + fetch/compile/instantiate of the .wasm (init) + the first extract().
import { createServer } from "node:http";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve, dirname, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCorpus } from "./corpus.mjs";
import { report, stats } from "./measure.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkg = resolve(process.argv[2] || join(root, "www", "pkg"));
if (!existsSync(join(pkg, "zhextract_bg.wasm"))) {
  console.error(`missing ${pkg}/zhextract_bg.wasm: run make build`);
  process.exit(2);
}
// playwright-core is the end-to-end tests' (tests/e2e, installed by scripts/setup.sh).
const { chromium } = await import(join(root, "tests", "e2e", "node_modules", "playwright-core", "index.mjs")).catch(() => {
  console.error("playwright-core missing: run bash scripts/setup.sh (npm ci in tests/e2e)");
  process.exit(2);
});

const articles = ensureCorpus().map((a) => a.text);
const seed = readFileSync(join(root, "www", "examples", "seed.txt"), "utf8");
const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".html": "text/html", ".json": "application/json" };
// Cross-origin isolation: performance.now() then has microsecond resolution (100 µs without).
const ISOLATE = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://x").pathname;
  for (const [k, v] of Object.entries(ISOLATE)) res.setHeader(k, v);
  let file;
  if (url === "/") {
    res.writeHead(200, { "content-type": "text/html" });
    return res.end("<!doctype html><meta charset=utf-8><title>bench</title>");
  } else if (url === "/corpus.json") {
    res.writeHead(200, { "content-type": "application/json" });
    return res.end(JSON.stringify({ articles, seed }));
  } else if (url.startsWith("/pkg/")) file = join(pkg, normalize(url.slice(5)));
  else if (url === "/measure.mjs") file = join(here, "measure.mjs");
  if (!file || !existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});
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
