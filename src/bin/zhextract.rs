//! The zhextract command line: one article from a file or stdin, or many as JSON lines.
//!
//! ```text
//! zhextract [OPTIONS] [FILE]
//! zhextract --jsonl [OPTIONS] [FILE]   one {"text", "id"?, "referenceDate"?, "convert"?, "offsets"?}
//!                                      or one JSON string per line; one Extraction per line
//! ```

use serde::Serialize;
use serde_json::Value;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use zhextract::{try_extract, Extraction, Options};

const USAGE: &str = "usage: zhextract [--offsets utf16|char|byte] [--reference-date YYYY-MM-DD]
                 [--convert none|simplified|traditional] [--pretty] [--jsonl] [FILE]

Reads one article from FILE (or stdin) and prints what it finds as JSON.
With --jsonl, each input line is a JSON object {\"text\", \"id\"?, \"referenceDate\"?,
\"convert\"?, \"offsets\"?} or a JSON string, and each output line is the extraction for
it, in input order, with \"id\" echoed; a bad line gives {\"line\", \"id\", \"error\"}.
Offsets count chars by default.";

struct Args {
    options: Options,
    pretty: bool,
    jsonl: bool,
    file: Option<String>,
}

fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut options = Options::default();
    let (mut pretty, mut jsonl, mut file) = (false, false, None);
    while let Some(a) = argv.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| argv.next())
                .ok_or_else(|| format!("{flag} needs a value ({name})"))
        };
        match flag.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("zhextract {}", zhextract::VERSION);
                return Ok(None);
            }
            "--offsets" => options
                .set("offsets", &value("utf16|char|byte")?)
                .map_err(|e| e.to_string())?,
            "--reference-date" => options
                .set("referenceDate", &value("YYYY-MM-DD")?)
                .map_err(|e| e.to_string())?,
            "--convert" => options
                .set("convert", &value("none|simplified|traditional")?)
                .map_err(|e| e.to_string())?,
            "--pretty" => pretty = true,
            "--jsonl" => jsonl = true,
            "-" => file = None,
            f if f.starts_with('-') => return Err(format!("unknown flag {f}")),
            _ if file.is_some() => return Err("only one FILE may be given".into()),
            _ => file = Some(a),
        }
    }
    Ok(Some(Args {
        options,
        pretty,
        jsonl,
        file,
    }))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("zhextract: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = if args.jsonl {
        run_jsonl(&args)
    } else {
        run_one(&args)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("zhextract: {e}");
            ExitCode::from(1)
        }
    }
}

fn open_input(file: &Option<String>) -> io::Result<Box<dyn BufRead>> {
    Ok(match file {
        Some(path) => Box::new(io::BufReader::new(
            std::fs::File::open(path)
                .map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?,
        )),
        None => Box::new(io::BufReader::new(io::stdin())),
    })
}

fn run_one(args: &Args) -> io::Result<()> {
    let mut bytes = Vec::new();
    open_input(&args.file)?.read_to_end(&mut bytes)?;
    // Bytes that are not UTF-8 become U+FFFD, and the mojibake stage reports them.
    let text = String::from_utf8_lossy(&bytes);
    let x = try_extract(&text, &args.options)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    write_json(&mut out, &x, args.pretty)?;
    out.write_all(b"\n")?;
    out.flush()
}

fn write_json<T: Serialize>(out: &mut impl Write, v: &T, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(out, v)?;
    } else {
        serde_json::to_writer(out, v)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct WithId<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

#[derive(Serialize)]
struct LineError<'a> {
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    error: String,
}

/// One input line to one output line (without the newline).
fn process_line(lineno: usize, line: &str, defaults: &Options, pretty: bool) -> String {
    let mut id: Option<Value> = None;
    let result = (|| -> Result<Extraction, String> {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
        let mut options = defaults.clone();
        let text = match v {
            Value::String(s) => s,
            Value::Object(mut map) => {
                id = map.remove("id");
                let text = match map.remove("text") {
                    Some(Value::String(s)) => s,
                    Some(_) => return Err("\"text\" must be a string".into()),
                    None => return Err("missing \"text\"".into()),
                };
                for (k, v) in map {
                    let Value::String(s) = v else {
                        return Err(format!("option `{k}` must be a string"));
                    };
                    options.set(&k, &s).map_err(|e| e.to_string())?;
                }
                text
            }
            _ => {
                return Err(
                    "each line must be a JSON object with \"text\", or a JSON string".into(),
                )
            }
        };
        try_extract(&text, &options).map_err(|e| e.to_string())
    })();
    let mut buf = Vec::new();
    let written = match &result {
        Ok(x) => write_json(
            &mut buf,
            &WithId {
                id: id.as_ref(),
                extraction: x,
            },
            pretty,
        ),
        Err(e) => write_json(
            &mut buf,
            &LineError {
                line: lineno,
                id: id.as_ref(),
                error: e.clone(),
            },
            pretty,
        ),
    };
    if written.is_err() {
        return format!("{{\"line\":{lineno},\"error\":\"could not serialise the result\"}}");
    }
    String::from_utf8(buf).unwrap_or_default()
}

/// Reads lines in batches, extracts each batch on all cores, writes in input order.
fn run_jsonl(args: &Args) -> io::Result<()> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let batch_size = 64 * threads;
    let mut input = open_input(&args.file)?;
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    let mut lineno = 0usize;
    let mut done = false;
    while !done {
        let mut batch: Vec<(usize, String)> = Vec::with_capacity(batch_size);
        while batch.len() < batch_size {
            let mut raw = Vec::new();
            if input.read_until(b'\n', &mut raw)? == 0 {
                done = true;
                break;
            }
            lineno += 1;
            let line = String::from_utf8_lossy(&raw).trim().to_string();
            if !line.is_empty() {
                batch.push((lineno, line));
            }
        }
        let results = process_batch(&batch, &args.options, args.pretty, threads);
        for r in results {
            out.write_all(r.as_bytes())?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()
}

fn process_batch(
    batch: &[(usize, String)],
    options: &Options,
    pretty: bool,
    threads: usize,
) -> Vec<String> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<String>> = vec![None; batch.len()];
    let slots: Vec<std::sync::Mutex<&mut Option<String>>> =
        results.iter_mut().map(std::sync::Mutex::new).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads.min(batch.len()).max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((n, line)) = batch.get(i) else { break };
                let r = process_line(*n, line, options, pretty);
                if let Ok(mut slot) = slots[i].lock() {
                    **slot = Some(r);
                }
            });
        }
    });
    drop(slots);
    results.into_iter().map(Option::unwrap_or_default).collect()
}
