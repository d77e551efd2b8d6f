// A/B of wasm builds in one Node process (issue 8): the same corpus through each build in
// turn, several rounds, so machine load hits every build alike.
// Usage: node scripts/bench/ab.mjs LABEL=PKG_DIR LABEL=PKG_DIR ...   (nodejs-target builds)
import { createRequire } from "node:module";
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { ensureCorpus } from "./corpus.mjs";

const require = createRequire(import.meta.url);
const builds = process.argv.slice(2).map((a) => {
  const [label, dir] = a.split("=");
  const pkg = resolve(dir);
  return { label, pkg, m: require(join(pkg, "zhextract.js")), runs: [], small: [], bytes: statSync(join(pkg, "zhextract_bg.wasm")).size };
});
const articles = ensureCorpus().map((a) => a.text);
const total = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
for (const b of builds) for (let i = 0; i < 2; i++) for (const a of articles) b.m.extract(a);
for (let round = 0; round < 7; round++) {
  for (const b of builds) {
    let t = performance.now();
    for (const a of articles) b.m.extract(a);
    b.runs.push(performance.now() - t);
    t = performance.now();
    for (let i = 0; i < 200; i++) b.m.extract(articles[0]);
    b.small.push((performance.now() - t) / 200);
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const b of builds) {
  console.log(`${b.label.padEnd(12)} wasm ${String(b.bytes).padStart(7)} B   corpus ${(total / 1e3 / med(b.runs)).toFixed(1).padStart(5)} MB/s   3 KB article ${med(b.small).toFixed(3)} ms`);
}
