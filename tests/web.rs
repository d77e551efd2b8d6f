//! Browser tests: `wasm-pack test --headless --chrome` runs these in Chromium, calling the
//! exported `extract` exactly as JS would.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/tests/web_helpers.js")]
extern "C" {
    /// Calls the module's extract through a JS closure and returns either the result or
    /// {error: message, name}.
    #[wasm_bindgen(js_name = callExtract)]
    fn call_extract(f: &JsValue, text: &JsValue, options: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = parse)]
    fn json(s: &str) -> JsValue;
}

const SEED: &str = include_str!("../../shared/seeds/000_59c3d2ef88811802.txt");

fn extract_fn() -> JsValue {
    Closure::wrap(Box::new(|t: JsValue, o: JsValue| zhextract_js(t, o)) as Box<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>>)
        .into_js_value()
}

fn zhextract_js(t: JsValue, o: JsValue) -> Result<JsValue, JsValue> {
    zhextract::wasm::extract_js(t, o).map_err(JsValue::from)
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |v, k| match k.parse::<u32>() {
        Ok(i) => js_sys::Reflect::get_u32(&v, i).unwrap_or(JsValue::UNDEFINED),
        Err(_) => js_sys::Reflect::get(&v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED),
    })
}

fn error_of(text: JsValue, options: JsValue) -> String {
    let r = call_extract(&extract_fn(), &text, &options);
    get(&r, "error").as_string().unwrap_or_else(|| panic!("expected an error, got {:?}", r))
}

#[wasm_bindgen_test]
fn seed_money_spans_slice_the_pasted_text_in_utf16() {
    let r = call_extract(&extract_fn(), &JsValue::from_str(SEED), &JsValue::UNDEFINED);
    assert!(get(&r, "error").is_undefined(), "{:?}", get(&r, "error"));
    assert_eq!(get(&r, "offsets").as_string().as_deref(), Some("utf16"));
    assert_eq!(js_sys::Array::from(&get(&r, "paragraphs")).length(), 16);
    let money = js_sys::Array::from(&get(&r, "money"));
    let amounts: Vec<f64> = money.iter().map(|m| get(&m, "amount").as_f64().unwrap()).collect();
    assert_eq!(amounts, vec![18_300_000.0, 27_790_000.0, 5_690_000.0]);
    let js_seed = js_sys::JsString::from(SEED);
    let first = money.get(0);
    let (s, e) = (get(&first, "start").as_f64().unwrap() as u32, get(&first, "end").as_f64().unwrap() as u32);
    assert_eq!(String::from(js_seed.slice(s, e)), "1830萬(wàn)元");
    assert_eq!(get(&first, "currency").as_string().as_deref(), Some("CNY"));
    // The result is a plain object: it survives JSON.
    let round = json(&js_sys::JSON::stringify(&r).unwrap().as_string().unwrap());
    assert_eq!(get(&round, "money.1.amount").as_f64(), Some(27_790_000.0));
}

#[wasm_bindgen_test]
fn astral_characters_count_as_two_utf16_units() {
    let text = "𠮷😀投入1830万元";
    let r = call_extract(&extract_fn(), &JsValue::from_str(text), &JsValue::UNDEFINED);
    // 𠮷 and 😀 are two UTF-16 units each, then 投入.
    assert_eq!(get(&r, "money.0.start").as_f64(), Some(6.0));
    let o = json(r#"{"offsets":"char"}"#);
    let r = call_extract(&extract_fn(), &JsValue::from_str(text), &o);
    assert_eq!(get(&r, "money.0.start").as_f64(), Some(4.0));
}

#[wasm_bindgen_test]
fn bad_options_and_text_are_named_errors() {
    let seed = JsValue::from_str("1830万元");
    assert!(error_of(seed.clone(), json(r#"{"offsets":"words"}"#)).contains("offsets"));
    assert!(error_of(seed.clone(), json(r#"{"offset":"char"}"#)).contains("offset"));
    assert!(error_of(seed.clone(), json(r#"{"referenceDate":"2025-02-30"}"#)).contains("referenceDate"));
    assert!(error_of(seed.clone(), json(r#"{"convert":1}"#)).contains("convert"));
    assert!(error_of(seed.clone(), JsValue::from_f64(3.0)).contains("options"));
    assert!(error_of(JsValue::NULL, JsValue::UNDEFINED).contains("text"));
    assert!(error_of(JsValue::from_f64(42.0), JsValue::UNDEFINED).contains("text"));
    assert!(error_of(json("{}"), JsValue::UNDEFINED).contains("text"));
    // The module keeps working after errors.
    let r = call_extract(&extract_fn(), &seed, &JsValue::UNDEFINED);
    assert_eq!(get(&r, "money.0.amount").as_f64(), Some(18_300_000.0));
}

#[wasm_bindgen_test]
fn empty_text_gives_an_empty_extraction() {
    let r = call_extract(&extract_fn(), &JsValue::from_str(""), &JsValue::UNDEFINED);
    assert_eq!(get(&r, "schemaVersion").as_f64(), Some(1.0));
    assert_eq!(js_sys::Array::from(&get(&r, "money")).length(), 0);
    assert_eq!(get(&r, "text").as_string().as_deref(), Some(""));
}
