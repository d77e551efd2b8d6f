// <zh-extract>: shows its text content with every mention highlighted, no JS needed by
// the host page beyond loading this module.
//
//   <script type="module" src="zhextract/element.js"></script>
//   <zh-extract kinds="people money dates" reference-date="2025-01-22">…article…</zh-extract>
//
// Attributes: kinds (space-separated subset of people organizations locations dates money
// quantities works events quotes credits repairs; default all but repairs), convert
// (none|simplified|traditional), reference-date (YYYY-MM-DD).
// Styling: custom properties --zh-<kind> (background of that kind), --zh-mark-radius,
// --zh-line-height, --zh-paragraph-gap; parts: text, paragraph, mark, and the kind name on
// each mark (zh-extract::part(money) { … }).
// Property `result` holds the last Extraction; event `zh-extract` (detail: the Extraction)
// fires after each render; event `zh-extract-error` (detail: message) on failure.
import init, { extract } from "./pkg/zhextract.js";
import { KINDS, marks, repairedMapper, mapMarks, renderText } from "./render.js";

let ready = null;
/** Loads the wasm module once for every element on the page. */
export function load(moduleOrPath) {
  ready ||= init(moduleOrPath === undefined ? undefined : { module_or_path: moduleOrPath });
  return ready;
}

const DEFAULT_KINDS = KINDS.map(([k]) => k).filter((k) => k !== "repairs");
const COLORS = {
  people: "#ffc9d4", organizations: "#ddd0ff", locations: "#bfeee6", dates: "#c4e3ff", money: "#ffe394",
  quantities: "#d3f2c2", works: "#ffd7ad", events: "#efe7a0", credits: "#e3e3e3",
};
const CSS = `
:host { display: block; line-height: var(--zh-line-height, 1.8); }
:host([hidden]) { display: none; }
.text { overflow-wrap: anywhere; }
.para { white-space: pre-wrap; margin: 0 0 var(--zh-paragraph-gap, .6em); }
.para:last-child { margin-bottom: 0; }
mark { color: inherit; background: none; border-radius: var(--zh-mark-radius, 3px); padding: 0 1px; }
${Object.entries(COLORS).map(([k, c]) => `mark.k-${k} { background: var(--zh-${k}, ${c}); }`).join("\n")}
mark.k-quotes { text-decoration: underline 2px var(--zh-quotes, #6b4fbb); text-underline-offset: .3em; }
mark.k-repairs { text-decoration: underline dotted 2px var(--zh-repairs, #d93025); text-underline-offset: .25em; }
`;
let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS); // a constructed sheet: works under a CSP without 'unsafe-inline'
  }
  return sheet;
}

export class ZhExtractElement extends HTMLElement {
  static observedAttributes = ["kinds", "convert", "reference-date"];

  constructor() {
    super();
    this.result = null;
    this._root = this.attachShadow({ mode: "open" });
    this._root.adoptedStyleSheets = [styles()];
    this._out = document.createElement("div");
    this._out.className = "text";
    this._out.setAttribute("part", "text");
    this._root.append(this._out);
    this._observer = new MutationObserver(() => this._schedule());
    this._queued = false;
  }

  connectedCallback() {
    // Until the module is ready, show the text plainly rather than nothing.
    if (!this.result) this._out.textContent = this.textContent;
    this._observer.observe(this, { childList: true, characterData: true, subtree: true });
    this._schedule();
  }

  disconnectedCallback() {
    this._observer.disconnect();
  }

  attributeChangedCallback() {
    if (this.isConnected) this._schedule();
  }

  /** The text to analyse (the element's text content). */
  get text() {
    return this.textContent;
  }
  set text(v) {
    this.textContent = String(v ?? "");
  }

  _schedule() {
    if (this._queued) return;
    this._queued = true;
    queueMicrotask(() => load().then(() => {
      this._queued = false;
      this._render();
    }, (e) => {
      this._queued = false;
      this._fail(`could not load the WebAssembly module: ${e && e.message}`);
    }));
  }

  _fail(message) {
    this._out.replaceChildren(this.textContent);
    this.dispatchEvent(new CustomEvent("zh-extract-error", { detail: message, bubbles: true }));
  }

  _render() {
    const input = this.textContent;
    const options = {};
    const convert = this.getAttribute("convert");
    if (convert && convert !== "none") options.convert = convert;
    const ref = this.getAttribute("reference-date");
    if (ref) options.referenceDate = ref;
    let x;
    try {
      x = extract(input, options);
    } catch (e) {
      return this._fail(String(e && e.message));
    }
    const want = new Set((this.getAttribute("kinds") || DEFAULT_KINDS.join(" ")).split(/\s+/).filter(Boolean));
    const keep = (m) => m.layer === 0 || want.has(m.kind);
    let source = input;
    let items = marks(x, { repairs: want.has("repairs") }).filter(keep);
    if (options.convert) {
      const map = repairedMapper(input, x);
      if (map) {
        source = x.text;
        items = mapMarks(marks(x, { repairs: false }).filter(keep), map);
      }
    }
    this._out.replaceChildren();
    for (const _ of renderText(this._out, source, items, { part: true, doc: document }));
    this.result = x;
    this.dispatchEvent(new CustomEvent("zh-extract", { detail: x, bubbles: true }));
  }
}

if (!customElements.get("zh-extract")) customElements.define("zh-extract", ZhExtractElement);
