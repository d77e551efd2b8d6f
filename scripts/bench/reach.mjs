// How much wasm code the first extract() compiles, and how much V8 then tiers up (issue 8,
// cold start): Node runs the page build (www/pkg, `make build`) with V8's compilation trace
// and sums the function bodies per phase. Deterministic, unlike a timing on a shared
// machine: V8 compiles each function on its first call (lazy compilation, Liftoff) and
// sends a function to TurboFan once it has run enough (dynamic tiering); Node 20 compiles
// the same functions for the first call as Chromium 156.
//
// Usage: node scripts/bench/reach.mjs [PKG_DIR] [WARM_UP_FILE]
//   the 3 KB bench article (target/bench/corpus.jsonl, first line) is the first call; with
//   WARM_UP_FILE, that text is extracted first, as the page's worker does (www/worker.js).
import { execFileSync } from "node:child_process";
import { readFileSync, writeSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureCorpus } from "./corpus.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

if (process.argv[2] === "--child") {
  // [--child, pkg, warm-up file or ""]
  const [, , , pkg, warmFile] = process.argv;
  const article = ensureCorpus()[0].text;
  const m = await import(pathToFileURL(join(pkg, "zhextract.js")).href);
  m.initSync({ module: readFileSync(join(pkg, "zhextract_bg.wasm")) });
  // written at once, in order with V8's trace (console.log to a pipe is asynchronous)
  const mark = (p) => writeSync(1, `PHASE ${p}\n`);
  mark("warm-up");
  if (warmFile) m.extract(readFileSync(warmFile, "utf8"));
  mark("first call");
  m.extract(article);
  mark("after");
  // TurboFan compiles in the background: give it time to report
  await new Promise((ok) => setTimeout(ok, 3000));
} else {
  const pkg = resolve(process.argv[2] || join(root, "www", "pkg"));
  const warm = process.argv[3] ? resolve(process.argv[3]) : "";
  const out = execFileSync(
    process.execPath,
    ["--trace-wasm-compilation-times", fileURLToPath(import.meta.url), "--child", pkg, warm],
    { encoding: "utf8", maxBuffer: 64 << 20 },
  );
  const sum = {};
  let phase = "load";
  for (const line of out.split("\n")) {
    if (line.startsWith("PHASE ")) {
      phase = line.slice(6);
      continue;
    }
    const m = line.match(/using (Liftoff|TurboFan).*bodysize (\d+)/);
    if (!m) continue;
    const k = m[1] === "TurboFan" ? "TurboFan (any phase)" : `Liftoff, ${phase}`;
    sum[k] ||= { functions: 0, bytes: 0 };
    sum[k].functions++;
    sum[k].bytes += Number(m[2]);
  }
  for (const [k, v] of Object.entries(sum)) console.log(`${k}: ${v.functions} functions, ${v.bytes} B`);
}
