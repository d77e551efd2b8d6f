// Per-component breakdown of a wasm module (issue 8) from `twiggy top --format json`,
// run on the module BEFORE wasm-opt (it still has its "name" section).
// Usage: node scripts/bench/size-breakdown.mjs MODULE.wasm [OPTIMISED.wasm]
// Groups functions by crate, and zhextract's own code by module (zhextract::text,
// zhextract::extract::money, ...). With LTO much code is inlined into its callers, so a
// crate's share counts the code compiled in its own functions, not every byte it caused.
// Data (.rodata: tables, word lists, string constants) is one segment and is shown apart;
// the data/ files that feed it are listed by scripts/size.sh.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";

const [wasm, optimised] = process.argv.slice(2);
const items = JSON.parse(execFileSync("twiggy", ["top", "-n", "1000000", "--format", "json", wasm], { maxBuffer: 1 << 28 }));

function component(name) {
  if (name.includes("names\" subsection") || name === '"module name" subsection') return "name section (removed by wasm-opt)";
  if (name.startsWith("data segment")) return "data segments (.rodata: tables, strings)";
  if (name.startsWith("custom section")) return "custom sections";
  if (/^(type\[|export |import |elem\[|table\[|code section|global\[|memory\[)/.test(name)) return "wasm structure (types, imports, exports, tables)";
  if (/^(__wbg|__wbindgen|__externref)|externref shim|multivalue shim/.test(name)) return "wasm-bindgen glue";
  if (/^__(multi|[lu]?ashl|lshr|[ui]?div|[ui]?mod)/.test(name) || /^(memcmp|memcpy|memset|memmove|fmod|bcmp)$/.test(name)) return "compiler builtins";
  // A Rust path: <A as B>::f counts for A; strip references, generics and hashes.
  let path = name.replace(/^(<|&|mut |dyn )+/, "");
  path = path.replace(/\[[0-9a-f]+\]/g, "");
  const segs = path.split("::").map((s) => s.replace(/[<>].*$/, "").trim());
  const crate = segs[0] || name;
  if (crate === "zhextract") {
    const mod = segs.slice(0, segs[1] === "extract" || segs[1] === "text" || segs[1] === "layout" ? 3 : 2);
    // Drop a trailing function name (lower-case fn, hash suffix).
    const last = mod[mod.length - 1] || "";
    if (mod.length > 2 && /^h[0-9a-f]{16}$/.test(segs[mod.length] || "") && !/^[a-z_0-9]+$/.test(last)) mod.pop();
    return mod.join("::");
  }
  if (crate === "core" && segs[1] === "slice" && segs[2] === "sort") return "rust std: slice sorting (one copy per sorted type)";
  if (["core", "alloc", "std"].includes(crate)) return "rust std (core/alloc/std), other";
  if (crate === "serde_wasm_bindgen" || crate === "wasm_bindgen" || crate === "js_sys") return "wasm-bindgen, js-sys, serde-wasm-bindgen";
  if (crate.startsWith("serde")) return "serde, serde_json";
  if (crate.startsWith("regex")) return "regex (regex, regex-automata, regex-syntax)";
  if (crate.startsWith("aho_corasick")) return "aho-corasick";
  if (crate === "dlmalloc") return "allocator (dlmalloc)";
  return /^[a-z_][a-z0-9_]*$/.test(crate) ? crate : "other";
}

const groups = new Map();
let total = 0;
for (const it of items) {
  if (it.name.startsWith("Σ") || it.name.startsWith("...")) continue;
  const c = component(it.name);
  groups.set(c, (groups.get(c) || 0) + it.shallow_size);
  total += it.shallow_size;
}
const rows = [...groups.entries()].sort((a, b) => b[1] - a[1]);
const pad = (s, n) => String(s).padStart(n);
console.log(`${"component".padEnd(52)}${pad("bytes", 9)}${pad("share", 8)}`);
for (const [c, n] of rows) console.log(`${c.padEnd(52)}${pad(n, 9)}${pad(((100 * n) / total).toFixed(1) + "%", 8)}`);
console.log(`${"total (before wasm-opt)".padEnd(52)}${pad(total, 9)}`);
if (optimised) {
  const o = statSync(optimised).size;
  console.log(`after wasm-opt: ${o} bytes (${((100 * o) / total).toFixed(0)}% of the module above); shares above are of the unoptimised module`);
}
