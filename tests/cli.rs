//! The command line, run as a user would.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhextract"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("{e}: {s}"))
}

#[test]
fn one_article_from_stdin_with_each_offset_unit() {
    let text = "𠮷投入1830萬(wàn)元";
    for (unit, start) in [("char", 3), ("utf16", 4), ("byte", 10)] {
        let (code, out, err) = run(&["--offsets", unit], text);
        assert_eq!(code, 0, "{err}");
        let v = json(&out);
        assert_eq!(v["offsets"], unit);
        assert_eq!(v["money"][0]["start"], start, "{unit}");
        assert_eq!(v["money"][0]["amount"], 18_300_000.0);
    }
}

#[test]
fn reads_a_file_and_pretty_prints() {
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seeds/000_59c3d2ef88811802.txt"
    );
    let (code, out, _) = run(&["--pretty", seed], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("{\n"));
    assert_eq!(json(&out)["paragraphs"].as_array().unwrap().len(), 16);
}

#[test]
fn jsonl_keeps_order_echoes_ids_and_survives_bad_lines() {
    let mut input = String::new();
    for i in 0..300 {
        input.push_str(&format!("{{\"id\": {i}, \"text\": \"投入{i}万元\"}}\n"));
    }
    input.push_str("not json\n");
    input.push_str("{\"id\": \"x\", \"text\": \"1元\", \"offsets\": \"words\"}\n");
    input.push_str("\"一串文字5美元\"\n");
    input.push_str("{\"id\": \"c\", \"text\": \"1元\", \"convert\": \"simplified\", \"referenceDate\": \"2025-01-01\"}\n");
    let (code, out, err) = run(&["--jsonl"], &input);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out.lines().map(json).collect();
    assert_eq!(lines.len(), 304);
    for (i, v) in lines.iter().take(300).enumerate() {
        assert_eq!(v["id"], i);
        assert_eq!(v["money"][0]["amount"], (i * 10_000) as f64);
    }
    assert_eq!(lines[300]["line"], 301);
    assert!(lines[300]["error"].as_str().unwrap().contains("JSON"));
    assert_eq!(lines[301]["id"], "x");
    assert!(lines[301]["error"].as_str().unwrap().contains("offsets"));
    assert_eq!(lines[302]["money"][0]["currency"], "USD");
    assert_eq!(lines[303]["id"], "c");
}

#[test]
fn unusable_arguments_exit_non_zero_with_a_message() {
    let (code, _, err) = run(&["--offsets", "words"], "");
    assert_eq!(code, 2);
    assert!(err.contains("offsets"), "{err}");
    let (code, _, err) = run(&["--reference-date", "2025-13-01"], "");
    assert_eq!(code, 2);
    assert!(err.contains("referenceDate"), "{err}");
    let (code, _, err) = run(&["--frobnicate"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--frobnicate"), "{err}");
    let (code, _, err) = run(&["/no/such/file.txt"], "");
    assert_eq!(code, 1);
    assert!(err.contains("/no/such/file.txt"), "{err}");
}

#[test]
fn empty_and_binary_input_give_an_extraction() {
    let (code, out, _) = run(&[], "");
    assert_eq!(code, 0);
    assert_eq!(json(&out)["text"], "");
    let garbage: String = (0u8..=255).map(|b| b as char).collect();
    let (code, out, _) = run(&[], &garbage);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["schemaVersion"], 1);
}
