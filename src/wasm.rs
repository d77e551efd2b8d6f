//! The JS boundary: options in, a plain camelCase object out. No extraction logic here.

use crate::model::OffsetUnit;
use crate::options::{Error, Options, MAX_INPUT_BYTES};
use serde::Serialize;
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
  kind: "pinyinAnnotation" | "mojibake" | "width" | "whitespace" | "controlChar";
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
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    x.serialize(&ser)
        .map_err(|e| JsError::new(&format!("could not build the result: {e}")))
}

#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    crate::VERSION.to_string()
}
