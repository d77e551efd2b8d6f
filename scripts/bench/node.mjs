// Node benchmark of the wasm module (issue 8), over the `wasm-pack --target nodejs` build.
// Usage: node scripts/bench/node.mjs [PKG_DIR]   (default target/bench/pkg-node)
// Cold start is measured in fresh Node processes: require() of the glue (reads, compiles
// and instantiates the .wasm synchronously) plus the first extract().
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { writeFileSync, readFileSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { ensureCorpus } from "./corpus.mjs";
import { measure, report, stats } from "./measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = resolve(process.argv[2] || join(root, "target", "bench", "pkg-node"));
const glue = join(pkg, "zhextract.js");
if (!existsSync(glue)) {
  console.error(`missing ${glue}: build it with RUSTC_BOOTSTRAP=1 wasm-pack build --release --target nodejs --out-dir ${pkg} --no-pack -- --config .cargo/wasm-page.toml`);
  process.exit(2);
}
const articles = ensureCorpus().map((a) => a.text);
const seed = readFileSync(join(root, "www", "examples", "seed.txt"), "utf8");
const article = articles[0];

if (process.env.ZX_COLD_CHILD) {
  // One cold start: this process has not loaded the module yet.
  const require = createRequire(import.meta.url);
  const t0 = performance.now();
  const m = require(glue);
  const t1 = performance.now();
  m.extract(article);
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));
  process.exit(0);
}

const COLD_RUNS = 15;
const cold = { load: [], first: [], total: [] };
for (let i = 0; i < COLD_RUNS; i++) {
  const p = spawnSync(process.execPath, [fileURLToPath(import.meta.url), pkg], {
    env: { ...process.env, ZX_COLD_CHILD: "1" },
    encoding: "utf8",
  });
  if (p.status !== 0) throw new Error(`cold-start child failed: ${p.stderr}`);
  const r = JSON.parse(p.stdout);
  cold.load.push(r.load);
  cold.first.push(r.first);
  cold.total.push(r.load + r.first);
}
const coldStats = { load: stats(cold.load), first: stats(cold.first), total: stats(cold.total), what: "processes" };

const require = createRequire(import.meta.url);
const m = require(glue);
const r = measure((t) => m.extract(t), { article, seed, articles, now: () => performance.now() });
// The corpus again, timed in CPU seconds of this process (user + system, all its threads:
// V8's compiler and GC threads count too), comparable with the native CPU-time figure.
{
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const c0 = process.cpuUsage();
    for (const a of articles) m.extract(a);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  r.corpusCpu = { cpuSeconds: best, mbPerCpuSecond: bytes / 1e6 / best };
}
console.log(report(`node ${process.version}`, r, coldStats));
console.log(`node ${process.version}: corpus by CPU time: ${r.corpusCpu.cpuSeconds.toFixed(2)} CPU s = ${r.corpusCpu.mbPerCpuSecond.toFixed(2)} MB per CPU-second (best of 3)`);
const wasmBytes = readFileSync(join(pkg, "zhextract_bg.wasm")).length;
const out = { node: process.version, pkg, wasmBytes, ...r, cold: coldStats };
writeFileSync(join(root, "target", "bench", "node.json"), JSON.stringify(out, null, 1) + "\n");
