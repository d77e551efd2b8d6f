// The extraction worker: loads the wasm module once, extracts, and keeps the last result.
// The page receives only what it draws (panels, one chunk of text at a time) and asks
// for exports by message, so a 5 MB article never crosses to the main thread whole.
import init, { extract, version } from "./pkg/zhextract.js";
import { prepare, chunk } from "./model.js";
import { toCSV, toJSON } from "./export.js";

const ready = init().then(
  () => {
    postMessage({ type: "ready", version: version() });
    // While the user is pasting: V8 compiles each wasm function on its first call (lazy
    // compilation, ~10 KB of code a millisecond) and some tables are built on first use.
    // A short text that reaches what most articles reach (a headline, a dateline and
    // credits, traditional chars, Chinese numerals, a quote, money, a work, a future date)
    // leaves 14 KB of the 588 KB of code a 3 KB article runs to compile on the user's first
    // extract (one sentence with a date, money and a quote left 39 KB: BENCHMARKS.md).
    try {
      extract(
        "鞍钢集团今年完成十五个项目\n新华社北京1月22日电（记者王军）鞍钢集团董事长王军22日在北京表示：" +
          "“今年投入1830万元，完成项目十五个。”他說，預計明年三月底前完工。据《人民日报》报道，" +
          "活动将于下周举行，约三千人参加。（编辑：李明）",
      );
    } catch {}
  },
  (e) => postMessage({ type: "fatal", error: String((e && e.message) || e) }),
);

let last = null; // { id, input, x, view }

const handlers = {
  extract({ id, text, options }) {
    const t0 = performance.now();
    let x;
    try {
      x = extract(text, options);
    } catch (err) {
      last = null;
      // A trap (a panic in the module) may leave its memory inconsistent: the page then
      // starts a fresh worker.
      return { type: "error", id, error: String((err && err.message) || err), trap: err instanceof WebAssembly.RuntimeError };
    }
    const ms = performance.now() - t0;
    const view = prepare(text, x, options && options.convert);
    last = { id, input: text, x, view };
    return { type: "result", id, ms, panels: view.panels, chunk: chunk(view, 0) };
  },
  chunk({ id, from }) {
    if (!last || last.id !== id) return { type: "stale", for: "chunk", id };
    return { type: "chunk", id, chunk: chunk(last.view, from) };
  },
  export({ id, format }) {
    if (!last || last.id !== id) return { type: "stale", for: "export", id };
    const blob = format === "csv"
      ? new Blob(["\ufeff", toCSV(last.x, last.input)], { type: "text/csv;charset=utf-8" })
      : new Blob([toJSON(last.x)], { type: "application/json" });
    return { type: "export", id, format, blob };
  },
};

self.onmessage = async (e) => {
  await ready;
  const h = handlers[e.data && e.data.type];
  if (h) postMessage(h(e.data));
};
