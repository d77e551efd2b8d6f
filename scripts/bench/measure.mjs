// The wasm measurements, shared by the Node (node.mjs) and Chromium (chromium.mjs)
// benchmarks: plain JS, no Node or DOM APIs, so the same code runs in both.

export function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, min: s[0], median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

const utf8Bytes = (t) => new TextEncoder().encode(t).length;

/**
 * extract(): the first call after instantiation, then `calls` timed calls on a ~3 KB
 * article and on the seed, then the whole corpus article by article and as one document.
 * `now` is performance.now.
 */
export function measure(extract, { article, seed, articles, now, calls = 2000, rounds = 5 }) {
  const out = {};
  let t = now();
  extract(article);
  out.firstCallMs = now() - t;

  const timed = (text, n) => {
    for (let i = 0; i < 20; i++) extract(text);
    const ms = [];
    for (let i = 0; i < n; i++) {
      const t0 = now();
      extract(text);
      ms.push(now() - t0);
    }
    return { bytes: utf8Bytes(text), ...stats(ms) };
  };
  out.article3k = timed(article, calls);
  out.seed = timed(seed, Math.max(100, calls >> 2));
  out.firstOverMedian = out.firstCallMs / out.article3k.median;

  const corpusBytes = articles.reduce((n, a) => n + utf8Bytes(a), 0);
  const perArticle = [];
  for (let r = 0; r < rounds; r++) {
    t = now();
    for (const a of articles) extract(a);
    perArticle.push(now() - t);
  }
  const s = stats(perArticle);
  out.corpusArticles = { bytes: corpusBytes, articles: articles.length, ...s, mbPerS: corpusBytes / 1e6 / (s.median / 1e3) };

  const doc = articles.join("\n\n");
  const docBytes = utf8Bytes(doc);
  const one = [];
  for (let r = 0; r < rounds; r++) {
    t = now();
    extract(doc);
    one.push(now() - t);
  }
  const o = stats(one);
  out.oneDocument = { bytes: docBytes, ...o, mbPerS: docBytes / 1e6 / (o.median / 1e3) };
  return out;
}

export function report(name, r, cold) {
  const f = (x) => x.toFixed(3);
  const lines = [
    `${name}: 3 KB article (${r.article3k.bytes} B): median ${f(r.article3k.median)} ms, p95 ${f(r.article3k.p95)} ms over ${r.article3k.n} calls`,
    `${name}: seed article (${r.seed.bytes} B): median ${f(r.seed.median)} ms, p95 ${f(r.seed.p95)} ms`,
    `${name}: first call after instantiation ${f(r.firstCallMs)} ms (${r.firstOverMedian.toFixed(1)}x the median)`,
    `${name}: corpus, ${r.corpusArticles.articles} articles (${r.corpusArticles.bytes} B): ${r.corpusArticles.mbPerS.toFixed(1)} MB/s (median of ${r.corpusArticles.n})`,
    `${name}: corpus as one document (${r.oneDocument.bytes} B): ${r.oneDocument.mbPerS.toFixed(1)} MB/s`,
  ];
  if (cold) {
    lines.push(
      `${name}: cold start (load+compile+instantiate, then first call) median ${f(cold.total.median)} ms ` +
        `[load ${f(cold.load.median)} + first call ${f(cold.first.median)}], p95 ${f(cold.total.p95)} ms over ${cold.total.n} fresh ${cold.what}`,
    );
  }
  return lines.join("\n");
}
