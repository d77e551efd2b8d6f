// Summary of a `make bench` run against the targets of issue 8, as a Markdown table.
// Reads target/bench/{native.txt,cli.txt,node.json,chromium.json,jionlp.json}.
import { readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const B = join(root, "target", "bench");
const read = (f) => (existsSync(join(B, f)) ? readFileSync(join(B, f), "utf8") : "");
const json = (f) => (existsSync(join(B, f)) ? JSON.parse(read(f)) : null);

// divan: the throughput line follows the benchmark's line; columns fastest|slowest|median|mean.
function divanMBps(name) {
  const lines = read("native.txt").split("\n");
  const i = lines.findIndex((l) => new RegExp(`[─ ]${name}\\s`).test(l));
  if (i < 0) return null;
  const cols = lines[i + 1].split("│").map((c) => c.trim()).filter(Boolean);
  const m = /([\d.]+)\s*([KMGT]?)B\/s/.exec(cols[2] || "");
  if (!m) return null;
  return Number(m[1]) * { "": 1e-6, K: 1e-3, M: 1, G: 1e3, T: 1e6 }[m[2]];
}
const nativeWall = divanMBps("pipeline_articles");
const cpuLine = /([\d.]+) MB per CPU-second/.exec(read("native.txt"));
const nativeCpu = cpuLine ? Number(cpuLine[1]) : null;
// The one-core figure: CPU time when measured (the machine is shared), else wall clock.
const native = nativeCpu ?? nativeWall;
const nativeDoc = divanMBps("pipeline_one_document");
const cli = [...read("cli.txt").matchAll(/^(.*?)\s+\d+ ms\s+([\d.]+) MB\/s/gm)].map((m) => [m[1].trim(), Number(m[2])]);
const node = json("node.json");
const chr = json("chromium.json");
const jio = json("jionlp.json");
let size = null;
try {
  size = execFileSync("bash", [join(root, "scripts", "check-size.sh"), "--no-build"], { encoding: "utf8" }).split("\n")[0];
} catch (e) {
  size = String(e.stdout || "").split("\n")[0];
}
const gz = /total gzip (\d+)/.exec(size || "");

const f1 = (x) => (x == null ? "n/a" : x.toFixed(1));
const f3 = (x) => (x == null ? "n/a" : x.toFixed(3));
const ok = (b) => (b == null ? "?" : b ? "yes" : "**no**");
const rows = [
  ["whole pipeline, native, one core (~3 KB articles)", "≥ 20 MB/s", `${f3(nativeCpu)} MB per CPU-second (wall ${f3(nativeWall)} MB/s)`, ok(native && native >= 20)],
  ["wasm / native throughput, Node, CPU time", "≥ 0.5×", node?.corpusCpu && nativeCpu ? `${(node.corpusCpu.mbPerCpuSecond / nativeCpu).toFixed(2)}× (${f3(node.corpusCpu.mbPerCpuSecond)} MB per CPU-second)` : "n/a", ok(node?.corpusCpu && nativeCpu && node.corpusCpu.mbPerCpuSecond / nativeCpu >= 0.5)],
  ["wasm / native throughput, Chromium, wall clock", "≥ 0.5×", chr && nativeWall ? `${(chr.corpusArticles.mbPerS / nativeWall).toFixed(2)}× (${f3(chr.corpusArticles.mbPerS)} MB/s)` : "n/a", ok(chr && nativeWall && chr.corpusArticles.mbPerS / nativeWall >= 0.5)],
  ["JioNLP (4 functions) time / zhextract time, same articles, CPU time", "≥ 100×", jio ? `${f1(jio.ratio_total)}×` : "n/a", ok(jio && jio.ratio_total >= 100)],
  ["3 KB article, headless Chromium, median", "≤ 0.5 ms", chr ? `${f3(chr.article3k.median)} ms (p95 ${f3(chr.article3k.p95)})` : "n/a", ok(chr && chr.article3k.median <= 0.5)],
  ["cold start, Chromium (fetch+compile+instantiate+first call)", "≤ 50 ms", chr ? `${f1(chr.cold.total.median)} ms (p95 ${f1(chr.cold.total.p95)})` : "n/a", ok(chr && chr.cold.total.median <= 50)],
  ["module + glue, gzip -9", "≤ 300 KB", gz ? `${(gz[1] / 1024).toFixed(1)} KB` : "n/a", ok(gz && gz[1] <= 300 * 1024)],
];
console.log("| measure | target | reached | met |\n|---|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
console.log("\nOther figures:");
console.log(`- native, corpus as one ~1 MB document: ${f1(nativeDoc)} MB/s`);
for (const [k, v] of cli) console.log(`- ${k}: ${f1(v)} MB/s`);
if (node) console.log(`- Node: 3 KB median ${f3(node.article3k.median)} ms, p95 ${f3(node.article3k.p95)} ms; first call ${f3(node.firstCallMs)} ms; cold start ${f1(node.cold.total.median)} ms`);
if (chr) console.log(`- Chromium: first call after instantiation ${f3(chr.firstCallMs)} ms (${f1(chr.firstOverMedian)}× the median); one 1 MB document ${f1(chr.oneDocument.mbPerS)} MB/s`);
if (jio) console.log(`- JioNLP ratios per function: ${Object.entries(jio.ratio_each).map(([k, v]) => `${k} ${f1(v)}×`).join(", ")} (${jio.articles} articles, ${jio.bytes} bytes)`);
console.log(`- ${size}`);
