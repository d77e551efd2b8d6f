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
    /// A hostile argument made in JS (see web_helpers.js).
    fn hostile(kind: &str) -> JsValue;
}

const SEED: &str = include_str!("../../shared/seeds/000_59c3d2ef88811802.txt");

fn extract_fn() -> JsValue {
    Closure::wrap(Box::new(|t: JsValue, o: JsValue| zhextract_js(t, o))
        as Box<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>>)
    .into_js_value()
}

fn zhextract_js(t: JsValue, o: JsValue) -> Result<JsValue, JsValue> {
    zhextract::wasm::extract_js(t, o).map_err(JsValue::from)
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(v.clone(), |v, k| match k.parse::<u32>() {
            Ok(i) => js_sys::Reflect::get_u32(&v, i).unwrap_or(JsValue::UNDEFINED),
            Err(_) => js_sys::Reflect::get(&v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED),
        })
}

fn error_of(text: JsValue, options: JsValue) -> String {
    let r = call_extract(&extract_fn(), &text, &options);
    get(&r, "error")
        .as_string()
        .unwrap_or_else(|| panic!("expected an error, got {:?}", r))
}

#[wasm_bindgen_test]
fn seed_money_spans_slice_the_pasted_text_in_utf16() {
    let r = call_extract(&extract_fn(), &JsValue::from_str(SEED), &JsValue::UNDEFINED);
    assert!(get(&r, "error").is_undefined(), "{:?}", get(&r, "error"));
    assert_eq!(get(&r, "offsets").as_string().as_deref(), Some("utf16"));
    assert_eq!(js_sys::Array::from(&get(&r, "paragraphs")).length(), 16);
    let money = js_sys::Array::from(&get(&r, "money"));
    let amounts: Vec<f64> = money
        .iter()
        .map(|m| get(&m, "amount").as_f64().unwrap())
        .collect();
    assert_eq!(amounts, vec![18_300_000.0, 27_790_000.0, 5_690_000.0]);
    let js_seed = js_sys::JsString::from(SEED);
    let first = money.get(0);
    let (s, e) = (
        get(&first, "start").as_f64().unwrap() as u32,
        get(&first, "end").as_f64().unwrap() as u32,
    );
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
    assert!(
        error_of(seed.clone(), json(r#"{"referenceDate":"2025-02-30"}"#)).contains("referenceDate")
    );
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

/// The error a call gives, checked to be a real `Error` that names `word`, not a trap.
fn named_error(text: JsValue, options: JsValue, word: &str) -> String {
    let r = call_extract(&extract_fn(), &text, &options);
    let msg = get(&r, "error")
        .as_string()
        .unwrap_or_else(|| panic!("expected an error naming {word}, got a result"));
    assert_eq!(
        get(&r, "name").as_string().as_deref(),
        Some("Error"),
        "{msg}"
    );
    assert!(
        !msg.contains("unreachable") && !msg.contains("RuntimeError"),
        "{msg}"
    );
    assert!(msg.contains(word), "error {msg:?} does not name {word:?}");
    msg
}

/// The module still answers correctly.
fn still_works() {
    let r = call_extract(
        &extract_fn(),
        &JsValue::from_str("投入1830萬(wàn)元"),
        &JsValue::UNDEFINED,
    );
    assert!(get(&r, "error").is_undefined(), "{:?}", get(&r, "error"));
    assert_eq!(get(&r, "money.0.amount").as_f64(), Some(18_300_000.0));
    assert_eq!(get(&r, "money.0.end").as_f64(), Some(13.0));
}

#[wasm_bindgen_test]
fn every_bad_text_is_a_named_error_and_the_module_keeps_working() {
    let cases: Vec<(JsValue, &str)> = vec![
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (JsValue::from_f64(42.0), "number"),
        (JsValue::from_bool(true), "boolean"),
        (json("{}"), "object"),
        (json("[]"), "array"),
        (json(r#"["1830万元"]"#), "array"),
        (hostile("stringObject"), "object"),
        (hostile("bigint"), "bigint"),
        (hostile("symbol"), "symbol"),
        (hostile("function"), "function"),
        (hostile("date"), "object"),
    ];
    for (text, kind) in cases {
        let msg = named_error(text, JsValue::UNDEFINED, "text");
        assert!(msg.contains(kind), "{msg:?} should say the text was {kind}");
        still_works();
    }
}

#[wasm_bindgen_test]
fn every_bad_option_is_a_named_error_and_the_module_keeps_working() {
    let text = JsValue::from_str("2025年1月22日，投入1830万元");
    let cases: Vec<(JsValue, &str)> = vec![
        // Unknown keys, near misses included.
        (json(r#"{"foo":1}"#), "foo"),
        (json(r#"{"offset":"char"}"#), "offset"),
        (json(r#"{"Offsets":"char"}"#), "Offsets"),
        (json(r#"{"reference_date":"2025-01-22"}"#), "reference_date"),
        // Wrong types.
        (json(r#"{"offsets":1}"#), "offsets"),
        (json(r#"{"offsets":null}"#), "offsets"),
        (json(r#"{"offsets":["char"]}"#), "offsets"),
        (json(r#"{"convert":true}"#), "convert"),
        (json(r#"{"convert":{}}"#), "convert"),
        (json(r#"{"referenceDate":20250122}"#), "referenceDate"),
        (hostile("nestedOptions"), "offsets"),
        // Wrong values.
        (json(r#"{"offsets":"words"}"#), "offsets"),
        (json(r#"{"offsets":"UTF16"}"#), "offsets"),
        (json(r#"{"convert":"zh-TW"}"#), "convert"),
        // Invalid dates.
        (json(r#"{"referenceDate":"2025-02-30"}"#), "referenceDate"),
        (json(r#"{"referenceDate":"2025-13-01"}"#), "referenceDate"),
        (json(r#"{"referenceDate":"2025-00-10"}"#), "referenceDate"),
        (json(r#"{"referenceDate":"2023-02-29"}"#), "referenceDate"),
        (json(r#"{"referenceDate":"25-01-22"}"#), "referenceDate"),
        (json(r#"{"referenceDate":"2025-1-22"}"#), "referenceDate"),
        (json(r#"{"referenceDate":"2025/01/22"}"#), "referenceDate"),
        (json(r#"{"referenceDate":""}"#), "referenceDate"),
        (
            json(r#"{"referenceDate":"２０２５-01-22"}"#),
            "referenceDate",
        ),
        (
            json(r#"{"referenceDate":"2025-01-22T00:00"}"#),
            "referenceDate",
        ),
        // Options that are not an object.
        (JsValue::from_f64(3.0), "options"),
        (JsValue::from_str("utf16"), "options"),
        (json(r#"["utf16"]"#), "options"),
        (hostile("function"), "options"),
    ];
    for (options, word) in cases {
        named_error(text.clone(), options, word);
        still_works();
    }
    // A leap day is a valid date.
    let r = call_extract(
        &extract_fn(),
        &text,
        &json(r#"{"referenceDate":"2024-02-29"}"#),
    );
    assert!(get(&r, "error").is_undefined(), "{:?}", get(&r, "error"));
}

#[wasm_bindgen_test]
fn odd_option_objects_do_not_trap() {
    let text = JsValue::from_str("投入1830万元");
    // A getter or a proxy that throws: a named error, never a trap or an exception
    // unwinding through wasm, and the module goes on working.
    for (kind, word) in [
        ("throwingGetter", "getter says no"),
        ("throwingProxy", "proxy says no"),
    ] {
        let msg = named_error(text.clone(), hostile(kind), word);
        assert!(msg.contains("invalid option"), "{kind}: {msg}");
        still_works();
    }
    // Symbol keys and inherited keys are not options: ignored like any non-own property.
    for kind in ["symbolKey", "inherited"] {
        let r = call_extract(&extract_fn(), &text, &hostile(kind));
        assert!(
            get(&r, "error").is_undefined(),
            "{kind}: {:?}",
            get(&r, "error")
        );
        assert_eq!(get(&r, "money.0.amount").as_f64(), Some(18_300_000.0));
    }
    // {offsets: undefined} means "not set".
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &JsValue::from_str("offsets"), &JsValue::UNDEFINED).unwrap();
    let r = call_extract(&extract_fn(), &text, &o);
    assert_eq!(get(&r, "offsets").as_string().as_deref(), Some("utf16"));
}

#[wasm_bindgen_test]
fn text_over_the_limit_is_a_named_error() {
    let msg = named_error(hostile("hugeString"), JsValue::UNDEFINED, "too large");
    assert!(msg.contains("limit"), "{msg}");
    still_works();
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_utf16_offsets_exact() {
    // "\uD800投入\uDC005万元\uDBFF": each lone surrogate becomes U+FFFD, one unit, so the
    // offsets still slice the JS string.
    let text = hostile("loneSurrogates");
    let r = call_extract(&extract_fn(), &text, &JsValue::UNDEFINED);
    assert!(get(&r, "error").is_undefined(), "{:?}", get(&r, "error"));
    let js: &js_sys::JsString = text.unchecked_ref();
    let (s, e) = (
        get(&r, "money.0.start").as_f64().unwrap() as u32,
        get(&r, "money.0.end").as_f64().unwrap() as u32,
    );
    assert_eq!(String::from(js.slice(s, e)), "5万元");
    for i in 0..js_sys::Array::from(&get(&r, "paragraphs")).length() {
        let end = get(&r, &format!("paragraphs.{i}.end")).as_f64().unwrap();
        assert!(end <= js.length() as f64);
    }
}

#[wasm_bindgen_test]
fn hostile_text_in_the_browser() {
    let nested = "《".repeat(10_000) + &"“".repeat(10_000);
    let lines = "\n".repeat(100_000);
    let controls = "\u{0}\u{FEFF}\u{200B}\u{202E}\u{2067}投入5万元\u{0}";
    let emoji = "😀👨‍👩‍👧‍👦🇨🇳".repeat(1_000);
    let one = "中".repeat(200_000);
    for (name, text) in [
        ("nested", nested.as_str()),
        ("lines", &lines),
        ("controls", controls),
        ("emoji", &emoji),
        ("one char", &one),
    ] {
        let r = call_extract(&extract_fn(), &JsValue::from_str(text), &JsValue::UNDEFINED);
        assert!(
            get(&r, "error").is_undefined(),
            "{name}: {:?}",
            get(&r, "error")
        );
        assert_eq!(get(&r, "schemaVersion").as_f64(), Some(1.0), "{name}");
    }
    still_works();
}

/// The wasm module takes its GBK table from the browser's TextDecoder (text/tables.rs): the
/// same characters as data/gbk.txt, so the seed's mojibake repairs are those of the native
/// golden file.
#[wasm_bindgen_test]
fn gbk_from_the_browser_repairs_the_seed_as_natively() {
    use std::fmt::Write;
    use zhextract::text::tables::GBK;
    assert_eq!(GBK.decode(0xC4, 0xE3), Some('你'));
    assert_eq!(GBK.encode('對'), Some([0x8C, 0xA6]));
    assert_eq!(GBK.decode(0xAA, 0xA1), None);
    let codes = (0x81..=0xFEu8)
        .map(|l| GBK.with_lead(l).count())
        .sum::<usize>();
    assert_eq!(codes, 21_791);
    let x = zhextract::extract(SEED, &zhextract::Options::default());
    let mut s = String::new();
    for r in &x.repairs {
        writeln!(
            s,
            "{}..{}\t{:?}\t{}\t→\t{}",
            r.start, r.end, r.kind, r.original, r.replacement
        )
        .unwrap();
    }
    assert_eq!(s, include_str!("golden/seed/repairs.txt"));
}

/// The wasm module builds its Big5 table from the browser's TextDecoders (text/tables.rs):
/// as many pairs as data/big5.txt gives natively, and Big5 text read as GBK is decoded
/// back as it is natively (tests/lead30.rs).
#[wasm_bindgen_test]
fn big5_from_the_browser_repairs_big5_read_as_gbk() {
    use zhextract::text::tables::BIG5_IN_GBK;
    assert_eq!(BIG5_IN_GBK.len(), 13_503);
    let x = zhextract::extract(
        include_str!("golden/big5/read_as_gbk.txt"),
        &zhextract::Options::default(),
    );
    assert_eq!(x.text, include_str!("golden/big5/clean.txt"));
}
