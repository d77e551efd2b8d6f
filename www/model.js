// What the page shows, computed in the worker from the whole Extraction, so that the main
// thread only ever receives small pieces: the panels (each list cut to LIMIT rows, with
// the full counts), and the highlighted text one chunk at a time. No DOM here.
import { marks, repairedMapper, mapMarks, counts } from "./render.js";
import { moneyTotals } from "./export.js";

export const LIMIT = 200; // rows per panel list
export const CHUNK = 60_000; // UTF-16 units of text per rendered chunk (its layout is one long task)

/**
 * The view of `x` (the extraction of `input`): the panels, and what the text view needs
 * (`source`, the text shown, and `items`, its highlights in `source` coordinates). With a
 * script conversion the repaired text is shown, the mentions moved there through the
 * repairs.
 */
export function prepare(input, x, convert) {
  let source = input;
  let items = marks(x);
  let note = "";
  if (convert && convert !== "none") {
    const map = repairedMapper(input, x);
    if (map) {
      source = x.text;
      items = mapMarks(marks(x, { repairs: false }), map);
    } else note = "showing the text as pasted: the repairs do not line up with the converted text";
  }
  return { source, items, panels: panels(x, counts(items), note), blocks: blockEnds(items, source.length) };
}

const cut = (list) => list.slice(0, LIMIT);

function panels(x, kindCounts, note) {
  const dates = [...x.dates].sort((a, b) => {
    // In time order; dates without a year after those with one.
    const ka = a.value.startsWith("--") ? `~${a.value}` : a.value;
    const kb = b.value.startsWith("--") ? `~${b.value}` : b.value;
    return ka < kb ? -1 : ka > kb ? 1 : a.start - b.start;
  });
  const bySpeaker = new Map();
  for (const q of x.quotes) {
    const k = q.speaker || "";
    if (!bySpeaker.has(k)) bySpeaker.set(k, []);
    bySpeaker.get(k).push(q);
  }
  const quoteGroups = [...bySpeaker]
    .sort((a, b) => (a[0] === "") - (b[0] === "") || b[1].length - a[1].length)
    .slice(0, LIMIT)
    .map(([speaker, qs]) => ({ speaker, count: qs.length, quotes: cut(qs) }));
  const repairKinds = {};
  for (const r of x.repairs) repairKinds[r.kind] = (repairKinds[r.kind] || 0) + 1;
  const worksEvents = [...x.works.map((w) => ({ ...w, what: "work" })), ...x.events.map((e) => ({ ...e, what: "event" }))];
  const mentions = (e) => ({ name: e.name, aliases: e.aliases || [], n: e.mentions.length, what: e.what });
  return {
    counts: kindCounts,
    note,
    lengths: Object.fromEntries(["people", "organizations", "locations", "dates", "money", "quantities", "quotes", "credits", "repairs"].map((k) => [k, x[k].length])),
    script: x.script,
    paragraphs: x.paragraphs.length,
    sentences: x.sentences.length,
    warnings: x.warnings,
    summary: x.summary,
    keywords: x.keywords.slice(0, 30),
    people: cut(x.people).map((p) => ({ name: p.name, n: p.mentions.length, roles: p.roles })),
    organizations: cut(x.organizations).map(mentions),
    locations: cut(x.locations).map(mentions),
    worksEvents: { total: worksEvents.length, list: cut(worksEvents).map(mentions) },
    dates: cut(dates),
    money: cut(x.money),
    moneyTotals: moneyTotals(x.money),
    quantities: cut(x.quantities),
    quoteGroups,
    credits: cut(x.credits),
    repairs: cut(x.repairs),
    repairKinds,
  };
}

/** Ends of the paragraphs (layer-0 items), where a chunk of text may end. */
function blockEnds(items, length) {
  const ends = [];
  for (const m of items) if (m.layer === 0) ends.push(m.end);
  ends.push(length);
  return ends;
}

/**
 * The chunk of the view starting at `from`: at least CHUNK units, ending at a paragraph
 * end. Items are shifted to the chunk's own coordinates and cut at its end.
 */
export function chunk(view, from) {
  const { source, items, blocks } = view;
  let end = source.length;
  for (const e of blocks) {
    if (e >= from + CHUNK) {
      end = e;
      break;
    }
  }
  const out = [];
  // items are sorted by start: find the first one at or after `from`.
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < items.length && items[i].start < end; i++) {
    const m = items[i];
    out.push({ ...m, start: m.start - from, end: Math.min(m.end, end) - from });
  }
  return { from, end, total: source.length, text: source.slice(from, end), items: out };
}
