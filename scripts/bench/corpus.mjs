// Builds the benchmark corpus: about 1 MiB of Chinese news as ~3 KB articles.
//
// Source: the People's Daily sentences in ../shared/eval/ner/*.jsonl (read here, at bench
// time; never copied into the repository), in file order, grouped three sentences to a
// paragraph and into articles of at least 3,000 UTF-8 bytes; every tenth article is the
// seed article (traditional script, inline pinyin, GBK mojibake, credits), so the repair
// stage has real work. The sentence stream is cycled until the corpus reaches 1 MiB.
// Without ../shared/eval the corpus is the seed shipped in www/examples, repeated.
//
// Output (deterministic): target/bench/corpus.jsonl, one {"id","text"} per article,
// and target/bench/corpus-meta.json. Usage: node scripts/bench/corpus.mjs [--quiet]
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TARGET_BYTES = 1 << 20;
const ARTICLE_BYTES = 3000;
const SEED_EVERY = 10;

const bytes = (s) => Buffer.byteLength(s, "utf8");

export function buildCorpus() {
  const evalDir = join(root, "..", "shared", "eval", "ner");
  const seedPath = join(root, "www", "examples", "seed.txt");
  const seed = readFileSync(seedPath, "utf8");
  const files = ["people_daily_zjy_dev.jsonl", "people_daily_time_nerpy_dev.jsonl"];
  const sentences = [];
  for (const f of files) {
    const p = join(evalDir, f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const t = JSON.parse(line).text;
      if (typeof t === "string" && t.trim()) sentences.push(t.trim());
    }
  }
  const source = sentences.length ? "../shared/eval/ner (People's Daily 1998) + seed" : "seed only";
  const articles = [];
  let total = 0;
  let i = 0;
  while (total < TARGET_BYTES) {
    let text;
    if (!sentences.length || articles.length % SEED_EVERY === SEED_EVERY - 1) {
      text = seed;
    } else {
      const paras = [];
      let para = [];
      let n = 0;
      while (n < ARTICLE_BYTES) {
        const s = sentences[i++ % sentences.length];
        para.push(s);
        n += bytes(s);
        if (para.length === 3) {
          paras.push(para.join(""));
          para = [];
        }
      }
      if (para.length) paras.push(para.join(""));
      text = paras.join("\n");
    }
    articles.push({ id: `a${String(articles.length).padStart(4, "0")}`, text });
    total += bytes(text);
  }
  return { articles, total, source };
}

export function corpusPath() {
  return join(root, "target", "bench", "corpus.jsonl");
}

/** Writes the corpus files if missing; returns the parsed articles. */
export function ensureCorpus({ quiet = true } = {}) {
  const out = corpusPath();
  const { articles, total, source } = buildCorpus();
  mkdirSync(dirname(out), { recursive: true });
  const body = articles.map((a) => JSON.stringify(a)).join("\n") + "\n";
  if (!existsSync(out) || readFileSync(out, "utf8") !== body) writeFileSync(out, body);
  const meta = { articles: articles.length, bytes: total, source, first3k: bytes(articles[0].text) };
  writeFileSync(join(dirname(out), "corpus-meta.json"), JSON.stringify(meta, null, 1) + "\n");
  if (!quiet) console.log(`corpus: ${articles.length} articles, ${total} bytes (${source}) -> ${out}`);
  return articles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureCorpus({ quiet: process.argv.includes("--quiet") });
}
