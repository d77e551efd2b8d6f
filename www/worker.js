// The extraction worker: loads the wasm module once and answers {id, text, options}
// messages, so a long extraction never blocks the page.
import init, { extract, version } from "./pkg/zhextract.js";

const ready = init().then(
  () => postMessage({ type: "ready", version: version() }),
  (e) => postMessage({ type: "fatal", error: String((e && e.message) || e) }),
);

self.onmessage = async (e) => {
  await ready;
  const { id, text, options } = e.data;
  const t0 = performance.now();
  try {
    const x = extract(text, options);
    postMessage({ type: "result", id, x, ms: performance.now() - t0 });
  } catch (err) {
    postMessage({ type: "error", id, error: String((err && err.message) || err) });
  }
};
