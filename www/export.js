// Exports of an Extraction: JSON as returned by extract(), and CSV with one row per mention.
import { dateLabel, moneyLabel, quantityLabel, roleLabel } from "./render.js";

export const CSV_COLUMNS = ["kind", "start", "end", "pasted", "text", "name", "value", "detail"];

/** One row per mention: dates, money, quantities, each mention of each entity, quotes, credits. */
export function mentionRows(x, input) {
  const rows = [];
  const pasted = (s) => input.slice(s.start, s.end);
  const row = (kind, s, text, name, value, detail) =>
    rows.push({ kind, start: s.start, end: s.end, pasted: pasted(s), text: text ?? pasted(s), name: name ?? "", value: value ?? "", detail: detail ?? "" });
  for (const d of x.dates) row("date", d, d.text, "", dateLabel(d), [d.yearInferred && "yearInferred", d.relative && "relative"].filter(Boolean).join(" "));
  for (const m of x.money) row("money", m, m.text, "", m.amountMax != null ? `${m.amount}-${m.amountMax}` : String(m.amount), `${m.currency}${m.approximate ? " approximate" : ""}`);
  for (const q of x.quantities) row("quantity", q, q.text, q.subject, q.valueMax != null ? `${q.value}-${q.valueMax}` : String(q.value), `${q.kind} ${q.unit}`);
  for (const p of x.people) for (const s of p.mentions) row("person", s, null, p.name, "", p.roles.map(roleLabel).join("; "));
  for (const [kind, key] of [["organization", "organizations"], ["location", "locations"], ["work", "works"], ["event", "events"]]) {
    for (const e of x[key]) for (const s of e.mentions) row(kind, s, null, e.name, "", (e.aliases || []).join("; "));
  }
  for (const q of x.quotes) row("quote", q, q.text, q.speaker, "", q.verb);
  for (const c of x.credits) row("credit", c, null, c.names.join("; "), c.role, [c.label, c.organization].filter(Boolean).join(" "));
  rows.sort((a, b) => a.start - b.start || a.end - b.end);
  return rows;
}

// RFC 4180 quoting; a cell a spreadsheet would read as a formula gets a leading apostrophe.
function cell(v) {
  let s = String(v ?? "");
  if (/^[=+\-@\t\r]/.test(s) && typeof v === "string" && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCSV(x, input) {
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of mentionRows(x, input)) lines.push(CSV_COLUMNS.map((c) => cell(r[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}

export const toJSON = (x) => JSON.stringify(x, null, 2) + "\n";

/** Totals of money per currency: [[currency, sum of amounts, count, approximate?]], largest first. */
export function moneyTotals(money) {
  const t = new Map();
  for (const m of money) {
    const e = t.get(m.currency) || { sum: 0, n: 0, approx: false };
    e.sum += m.amount;
    e.n += 1;
    e.approx ||= m.approximate || m.amountMax != null;
    t.set(m.currency, e);
  }
  return [...t].sort((a, b) => b[1].sum - a[1].sum).map(([c, e]) => [c, e.sum, e.n, e.approx]);
}

export { moneyLabel, quantityLabel };
