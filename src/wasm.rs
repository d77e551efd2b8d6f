//! The JS boundary: options in, a plain camelCase object out. No extraction logic here.

use crate::model::{
    Credit, DateMention, Entity, Extraction, Keyword, Money, OffsetUnit, Paragraph, Person,
    Quantity, Quote, Repair, Role, Span,
};
use crate::options::{Error, Options, MAX_INPUT_BYTES};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of one extract() call. Unknown keys and wrong types are errors. */
export interface Options {
  /** "YYYY-MM-DD": resolves 今年, 昨天 and dates written without a year. */
  referenceDate?: string;
  /** Unit of every start/end. Default in JS: "utf16" (what String.prototype.slice counts). */
  offsets?: "utf16" | "char" | "byte";
  /** Script of the strings in the output. Default "none": as pasted. */
  convert?: "none" | "simplified" | "traditional";
}

/** A stretch of the input as passed in, end exclusive. */
export interface Span { start: number; end: number }

export interface Repair extends Span {
  kind: "pinyinAnnotation" | "mojibake" | "width" | "whitespace" | "controlChar" | "markup";
  original: string;
  replacement: string;
  confidence?: number;
}
export interface Paragraph extends Span {
  kind: "headline" | "lead" | "body" | "credit" | "disclaimer" | "promo" | "decoration";
  text: string;
}
export interface DateMention extends Span {
  text: string;
  value: string;
  end_value?: string;
  yearInferred: boolean;
  relative: boolean;
}
export interface Money extends Span {
  text: string;
  amount: number;
  amountMax?: number;
  currency: string;
  approximate: boolean;
}
export interface Quantity extends Span {
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  kind: "count" | "percent" | "ordinal" | "measure";
  subject?: string;
}
export interface Entity { name: string; mentions: Span[]; aliases?: string[] }
export interface Role { title: string; organization?: string }
export interface Person { name: string; mentions: Span[]; roles: Role[] }
export interface Quote extends Span { speaker?: string; verb: string; text: string }
export interface Credit extends Span {
  role: "author" | "reporter" | "editor" | "chiefEditor" | "photographer" | "contributor" | "source";
  label: string;
  names: string[];
  organization?: string;
}
export interface Keyword { word: string; score: number }

export interface Extraction {
  schemaVersion: 1;
  offsets: "utf16" | "char" | "byte";
  script: "simplified" | "traditional" | "mixed" | "none";
  text: string;
  repairs: Repair[];
  paragraphs: Paragraph[];
  sentences: Span[];
  dates: DateMention[];
  money: Money[];
  quantities: Quantity[];
  people: Person[];
  organizations: Entity[];
  locations: Entity[];
  works: Entity[];
  events: Entity[];
  quotes: Quote[];
  credits: Credit[];
  keywords: Keyword[];
  summary: string[];
  warnings: string[];
}

/**
 * Extracts everything from `text`. Throws an Error whose message names the problem
 * when `text` is not a string, an option is unknown or has a bad value, or the text is
 * over the size limit.
 */
export function extract(text: string, options?: Options): Extraction;
/** The zhextract version. */
export function version(): string;
"#;

fn js_type_name(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        let t = v.js_typeof().as_string().unwrap_or_default();
        match t.as_str() {
            "object" => "an object".into(),
            "undefined" => "undefined".into(),
            _ => format!("a {t}"),
        }
    }
}

#[wasm_bindgen]
extern "C" {
    // `Object.keys` that reports a throwing Proxy trap as an error instead of unwinding
    // through the wasm frames.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(o: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// The message of a thrown JS value.
fn thrown(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "an exception".into())
}

fn read_options(v: &JsValue) -> Result<Options, Error> {
    let mut o = Options {
        offsets: OffsetUnit::Utf16,
        ..Options::default()
    };
    if v.is_undefined() || v.is_null() {
        return Ok(o);
    }
    if !v.is_object() || js_sys::Array::is_array(v) || v.is_function() {
        return Err(Error::InvalidOption {
            name: "options".into(),
            message: format!("must be an object, got {}", js_type_name(v)),
        });
    }
    let keys = object_keys(v).map_err(|e| Error::InvalidOption {
        name: "options".into(),
        message: format!("its keys could not be read: {}", thrown(&e)),
    })?;
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        let value = js_sys::Reflect::get(v, &key).map_err(|e| Error::InvalidOption {
            name: name.clone(),
            message: format!("reading it threw: {}", thrown(&e)),
        })?;
        if value.is_undefined() {
            // {offsets: undefined} means "not set", as in most JS APIs; unknown names still fail.
            if !Options::NAMES.contains(&name.as_str()) {
                o.set(&name, "")?;
            }
            continue;
        }
        match value.as_string() {
            Some(s) => o.set(&name, &s)?,
            None => {
                return Err(Error::InvalidOption {
                    name,
                    message: format!("must be a string, got {}", js_type_name(&value)),
                })
            }
        }
    }
    Ok(o)
}

#[wasm_bindgen(js_name = extract, skip_typescript)]
pub fn extract_js(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let options = read_options(&options).map_err(|e| JsError::new(&e.to_string()))?;
    let Some(js) = text.dyn_ref::<js_sys::JsString>() else {
        let e = Error::InvalidText {
            message: format!("must be a string, got {}", js_type_name(&text)),
        };
        return Err(JsError::new(&e.to_string()));
    };
    // Refuse before copying: each UTF-16 unit is at least one UTF-8 byte.
    let units = js.length() as usize;
    if units > MAX_INPUT_BYTES {
        let e = Error::InputTooLarge {
            bytes: units,
            limit: MAX_INPUT_BYTES,
        };
        return Err(JsError::new(&e.to_string()));
    }
    let s = String::from(js);
    let x = crate::try_extract(&s, &options).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(extraction(&x))
}

// The result as a plain JS object, built by hand: the same objects serde-wasm-bindgen made
// from the serde derives of model.rs (keys in field order, fields skipped as serde skips
// them, numbers as f64, enums as their serde names), in a few small non-generic functions
// instead of a serializer instantiated per field type (issue 8: size).

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(extends = js_sys::Object)]
    type Obj;
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &Obj, key: &JsValue, value: JsValue);
}

thread_local! {
    // Keys and enum names made into JS strings once per module instance.
    static KEYS: RefCell<Vec<(usize, usize, JsValue)>> = const { RefCell::new(Vec::new()) };
}

#[inline(never)]
fn key(k: &'static str) -> JsValue {
    let (p, n) = (k.as_ptr() as usize, k.len());
    KEYS.with(|c| {
        let mut c = c.borrow_mut();
        if let Some((_, _, v)) = c.iter().find(|e| e.0 == p && e.1 == n) {
            return v.clone();
        }
        let v = JsValue::from_str(k);
        c.push((p, n, v.clone()));
        v
    })
}

struct O(Obj);

impl O {
    fn new() -> O {
        O(js_sys::Object::new().unchecked_into())
    }
    #[inline(never)]
    fn v(&self, k: &'static str, v: JsValue) -> &Self {
        self.0.set(&key(k), v);
        self
    }
    #[inline(never)]
    fn n(&self, k: &'static str, x: f64) -> &Self {
        self.v(k, JsValue::from_f64(x))
    }
    #[inline(never)]
    fn s(&self, k: &'static str, x: &str) -> &Self {
        self.v(k, JsValue::from_str(x))
    }
    fn b(&self, k: &'static str, x: bool) -> &Self {
        self.v(k, JsValue::from_bool(x))
    }
    fn e(&self, k: &'static str, name: &'static str) -> &Self {
        self.v(k, key(name))
    }
    #[inline(never)]
    fn os(&self, k: &'static str, x: &Option<String>) -> &Self {
        if let Some(x) = x {
            self.s(k, x);
        }
        self
    }
    #[inline(never)]
    fn on(&self, k: &'static str, x: Option<f64>) -> &Self {
        if let Some(x) = x {
            self.n(k, x);
        }
        self
    }
    #[inline(never)]
    fn span(start: usize, end: usize) -> O {
        let o = O::new();
        o.n("start", start as f64).n("end", end as f64);
        o
    }
    fn done(self) -> JsValue {
        self.0.into()
    }
}

fn arr<T>(xs: &[T], f: fn(&T) -> JsValue) -> JsValue {
    let a = js_sys::Array::new();
    for x in xs {
        a.push(&f(x));
    }
    a.into()
}

// &String: arr's item function for a Vec<String>.
#[allow(clippy::ptr_arg)]
fn string(s: &String) -> JsValue {
    JsValue::from_str(s)
}

fn span(s: &Span) -> JsValue {
    O::span(s.start, s.end).done()
}

fn repair(r: &Repair) -> JsValue {
    let o = O::span(r.start, r.end);
    o.e("kind", r.kind.as_str())
        .s("original", &r.original)
        .s("replacement", &r.replacement)
        .on("confidence", r.confidence);
    o.done()
}

fn paragraph(p: &Paragraph) -> JsValue {
    let o = O::span(p.start, p.end);
    o.e("kind", p.kind.as_str()).s("text", &p.text);
    o.done()
}

fn date(d: &DateMention) -> JsValue {
    let o = O::span(d.start, d.end);
    o.s("text", &d.text)
        .s("value", &d.value)
        .os("end_value", &d.end_value)
        .b("yearInferred", d.year_inferred)
        .b("relative", d.relative);
    o.done()
}

fn money(m: &Money) -> JsValue {
    let o = O::span(m.start, m.end);
    o.s("text", &m.text)
        .n("amount", m.amount)
        .on("amountMax", m.amount_max)
        .s("currency", &m.currency)
        .b("approximate", m.approximate);
    o.done()
}

fn quantity(q: &Quantity) -> JsValue {
    let o = O::span(q.start, q.end);
    o.s("text", &q.text)
        .n("value", q.value)
        .on("valueMax", q.value_max)
        .s("unit", &q.unit)
        .e("kind", q.kind.as_str())
        .os("subject", &q.subject);
    if q.approximate {
        o.b("approximate", true);
    }
    o.done()
}

fn entity(e: &Entity) -> JsValue {
    let o = O::new();
    o.s("name", &e.name).v("mentions", arr(&e.mentions, span));
    if !e.aliases.is_empty() {
        o.v("aliases", arr(&e.aliases, string));
    }
    o.done()
}

fn role(r: &Role) -> JsValue {
    let o = O::new();
    o.s("title", &r.title).os("organization", &r.organization);
    o.done()
}

fn person(p: &Person) -> JsValue {
    let o = O::new();
    o.s("name", &p.name)
        .v("mentions", arr(&p.mentions, span))
        .v("roles", arr(&p.roles, role));
    o.done()
}

fn quote(q: &Quote) -> JsValue {
    let o = O::span(q.start, q.end);
    o.os("speaker", &q.speaker)
        .s("verb", &q.verb)
        .s("text", &q.text);
    o.done()
}

fn credit(c: &Credit) -> JsValue {
    let o = O::span(c.start, c.end);
    o.e("role", c.role.as_str())
        .s("label", &c.label)
        .v("names", arr(&c.names, string))
        .os("organization", &c.organization);
    o.done()
}

fn keyword(k: &Keyword) -> JsValue {
    let o = O::new();
    o.s("word", &k.word).n("score", k.score);
    o.done()
}

fn extraction(x: &Extraction) -> JsValue {
    let o = O::new();
    o.n("schemaVersion", x.schema_version.into())
        .e("offsets", x.offsets.as_str())
        .e("script", x.script.as_str())
        .s("text", &x.text)
        .v("repairs", arr(&x.repairs, repair))
        .v("paragraphs", arr(&x.paragraphs, paragraph))
        .v("sentences", arr(&x.sentences, span))
        .v("dates", arr(&x.dates, date))
        .v("money", arr(&x.money, money))
        .v("quantities", arr(&x.quantities, quantity))
        .v("people", arr(&x.people, person))
        .v("organizations", arr(&x.organizations, entity))
        .v("locations", arr(&x.locations, entity))
        .v("works", arr(&x.works, entity))
        .v("events", arr(&x.events, entity))
        .v("quotes", arr(&x.quotes, quote))
        .v("credits", arr(&x.credits, credit))
        .v("keywords", arr(&x.keywords, keyword))
        .v("summary", arr(&x.summary, string))
        .v("warnings", arr(&x.warnings, string));
    o.done()
}

#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    crate::VERSION.to_string()
}
