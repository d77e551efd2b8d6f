// The API from a plain module script: init once, then extract() synchronously.
import init, { extract } from "./pkg/zhextract.js";

await init();
const input = document.getElementById("in");
const out = document.getElementById("out");
function run() {
  const text = input.value;
  const x = extract(text);
  out.textContent = x.money.map((m) => `${text.slice(m.start, m.end)} → ${m.amount} ${m.currency}`).join("\n") || "(no money)";
  out.dataset.done = "1";
}
input.addEventListener("input", run);
run();
