// Uses the package the way a bundled app does: the API, the auto-initialised entry and
// the element.
import init, { extract, version } from "zhextract";
import { extract as extractAuto } from "zhextract/auto";
import "zhextract/element";

await init();
const text = document.getElementById("src").textContent;
const x = extract(text);
document.getElementById("out").textContent = JSON.stringify({
  version: version(),
  money: x.money.map((m) => ({ pasted: text.slice(m.start, m.end), amount: m.amount, currency: m.currency })),
  autoSame: JSON.stringify(extractAuto(text)) === JSON.stringify(x),
});
document.body.dataset.done = "1";
