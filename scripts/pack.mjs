// Builds the npm package `zhextract` from wasm-pack's `--target web` output in www/pkg
// (made by `make build`) plus the <zh-extract> element, then runs `npm pack`.
//   node scripts/pack.mjs          -> target/npm/zhextract-<version>.tgz (path printed last)
// `make pack` runs the build first.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("../", import.meta.url));
const pkg = join(root, "www/pkg");
const out = join(root, "target/npm");
const dir = join(out, "package");

if (!existsSync(join(pkg, "zhextract_bg.wasm"))) {
  console.error("pack: www/pkg is missing; run `make build` (or `make pack`) first");
  process.exit(1);
}
const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const field = (name) => (cargo.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, "m")) || [])[1];
const version = field("version");

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

// wasm-pack's glue, unchanged.
for (const f of ["zhextract.js", "zhextract.d.ts", "zhextract_bg.wasm", "zhextract_bg.wasm.d.ts"]) {
  copyFileSync(join(pkg, f), join(dir, f));
}
// The element and its renderer: in www they sit next to pkg/, in the package beside the glue.
const www = (f) => readFileSync(join(root, "www", f), "utf8");
const element = www("zh-extract.js").replace(`from "./pkg/zhextract.js"`, `from "./zhextract.js"`);
if (element.includes("./pkg/")) throw new Error("pack: zh-extract.js imports something else from ./pkg/");
writeFileSync(join(dir, "element.js"), element);
writeFileSync(join(dir, "render.js"), www("render.js"));

writeFileSync(join(dir, "element.d.ts"), `import type { Extraction } from "./zhextract.js";
/** Loads the wasm module (once). By default from zhextract_bg.wasm next to this module. */
export function load(moduleOrPath?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<unknown>;
/** <zh-extract kinds="people money" convert="simplified" reference-date="2025-01-22">text</zh-extract> */
export class ZhExtractElement extends HTMLElement {
  /** The last Extraction of the element's text, or null before the first render. */
  result: Extraction | null;
  /** The text to analyse: the element's text content. */
  text: string;
}
declare global {
  interface HTMLElementTagNameMap { "zh-extract": ZhExtractElement }
  interface HTMLElementEventMap { "zh-extract": CustomEvent<Extraction>; "zh-extract-error": CustomEvent<string> }
}
`);

// An entry that is ready on import (top-level await), for code that prefers no init().
writeFileSync(join(dir, "auto.js"), `// zhextract, initialised on import: import { extract } from "zhextract/auto";
import init, { extract, version } from "./zhextract.js";
await init();
export { extract, version };
`);
writeFileSync(join(dir, "auto.d.ts"), `export { extract, version } from "./zhextract.js";
export type { Options, Extraction } from "./zhextract.js";
`);

const manifest = {
  name: "zhextract",
  version,
  description: field("description"),
  license: field("license"),
  keywords: ["chinese", "nlp", "extraction", "ner", "wasm", "webassembly", "web-component"],
  type: "module",
  main: "./zhextract.js",
  module: "./zhextract.js",
  types: "./zhextract.d.ts",
  exports: {
    ".": { types: "./zhextract.d.ts", default: "./zhextract.js" },
    "./auto": { types: "./auto.d.ts", default: "./auto.js" },
    "./element": { types: "./element.d.ts", default: "./element.js" },
    "./element.js": { types: "./element.d.ts", default: "./element.js" },
    "./zhextract_bg.wasm": "./zhextract_bg.wasm",
    "./package.json": "./package.json",
  },
  files: ["zhextract.js", "zhextract.d.ts", "zhextract_bg.wasm", "zhextract_bg.wasm.d.ts", "element.js", "element.d.ts", "render.js", "auto.js", "auto.d.ts", "README.md"],
  sideEffects: ["./element.js", "./auto.js"],
};
writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2) + "\n");

writeFileSync(join(dir, "README.md"), `# zhextract

Structured data from Chinese news and press article text, in the browser: people with
their roles, organisations, places, dates, money, quantities, quotes, credits, keywords, a
summary, and the repairs made to the pasted text (inline pinyin, mojibake). A Rust library
compiled to WebAssembly; nothing leaves the browser.

\`\`\`js
import init, { extract } from "zhextract";
await init();                       // fetches zhextract_bg.wasm next to the module
const x = extract(text, { referenceDate: "2025-01-22" });
for (const m of x.money) console.log(text.slice(m.start, m.end), m.amount, m.currency);
\`\`\`

- \`zhextract/auto\`: \`extract\` ready on import (top-level await).
- \`zhextract/element\`: defines \`<zh-extract>\`, which highlights its own text content;
  style it with \`--zh-<kind>\` custom properties and \`::part(<kind>)\`.

Under a Content-Security-Policy, allow \`script-src 'self' 'wasm-unsafe-eval'\`.
Types: \`Options\` and \`Extraction\` in \`zhextract.d.ts\`.
`);

const json = execFileSync("npm", ["pack", "--json", "--pack-destination", out], { cwd: dir, encoding: "utf8" });
const [info] = JSON.parse(json);
console.log(`pack: ${info.files.length} files, ${info.size} bytes packed, ${info.unpackedSize} unpacked`);
console.log(join(out, info.filename));
