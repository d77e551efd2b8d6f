"""Times JioNLP and zhextract on the same articles, in one run, on one core each.

JioNLP (Apache-2.0, from PyPI, in a virtualenv made by scripts/bench/jionlp.sh): its
clean_text, tra2sim, ner.extract_money and ner.extract_time, each over every article.
zhextract: the whole pipeline (repair, layout, every extractor, JSON out) through the CLI's
--jsonl mode over the same articles, pinned to the same single core with taskset.
Both sides are timed in CPU seconds (the machine is shared), wall clock is printed too.

Usage: python jionlp_compare.py CORPUS.jsonl ZHEXTRACT_BIN [N_ARTICLES]
Prints a table and writes target/bench/jionlp.json. Ratios, not absolute times, are the
result: both sides run here, now, on the same core.
"""
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

CORE = 0


def main():
    corpus_path, zx_bin = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    articles = [json.loads(l) for l in open(corpus_path, encoding="utf-8") if l.strip()][:n]
    nbytes = sum(len(a["text"].encode("utf-8")) for a in articles)
    os.sched_setaffinity(0, {CORE})

    t0 = time.perf_counter()
    import jionlp as jio  # noqa: E402  (import time is reported, not counted)
    import_s = time.perf_counter() - t0

    # JioNLP loads its dictionaries on the first call of each function: one warm-up call
    # each, timed apart (its "first call"), then every article.
    fns = {
        "clean_text": lambda t: jio.clean_text(t),
        "tra2sim": lambda t: jio.tra2sim(t),
        "extract_money": lambda t: jio.ner.extract_money(t),
        "extract_time": lambda t: jio.ner.extract_time(t, time_base=1737504000),
    }
    warm = articles[0]["text"]
    first = {}
    for name, f in fns.items():
        t = time.perf_counter()
        f(warm)
        first[name] = time.perf_counter() - t
    jio_s = {}
    found = {}
    jio_wall = {}
    for name, f in fns.items():
        t, c = time.perf_counter(), time.process_time()
        out = [f(a["text"]) for a in articles]
        jio_s[name] = time.process_time() - c
        jio_wall[name] = time.perf_counter() - t
        if name.startswith("extract"):
            found[name] = sum(len(o) for o in out)
    jio_total = sum(jio_s.values())

    # zhextract: the same articles through the CLI, same core; best of 5 runs (each run is a
    # fresh process, so its start-up and first-call costs are included).
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"id": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n")
        subset = f.name
    runs = []
    walls = []
    zx_money = zx_dates = 0
    for i in range(5):
        t = time.perf_counter()
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        p = subprocess.run(["taskset", "-c", str(CORE), zx_bin, "--jsonl", subset],
                           capture_output=True, check=True)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(time.perf_counter() - t)
        runs.append((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime))
        if i == 0:
            for line in p.stdout.decode("utf-8").splitlines():
                x = json.loads(line)
                zx_money += len(x.get("money", []))
                zx_dates += len(x.get("dates", []))
    os.unlink(subset)
    zx_s = min(runs)

    mb = nbytes / 1e6
    print(f"articles: {len(articles)} ({nbytes} bytes), one core (cpu {CORE}) each")
    print(f"jionlp {jio.__version__}: import {import_s*1e3:.0f} ms; first calls "
          + ", ".join(f"{k} {v*1e3:.0f} ms" for k, v in first.items()))
    print("times are CPU seconds (user+sys) of each side, so that other load on the machine cancels out")
    print(f"{'':28}{'seconds':>10}{'MB/s':>10}{'zhextract x':>14}")
    for name, s in jio_s.items():
        print(f"{'jionlp.' + name:28}{s:10.3f}{mb/s:10.3f}{s/zx_s:13.1f}x")
    print(f"{'jionlp, all four':28}{jio_total:10.3f}{mb/jio_total:10.3f}{jio_total/zx_s:13.1f}x")
    print(f"{'zhextract whole pipeline':28}{zx_s:10.3f}{mb/zx_s:10.3f}{'1.0':>13}x"
          f"   (CLI --jsonl, best of {len(runs)}, median {statistics.median(runs):.3f} s)")
    wall_ratio = sum(jio_wall.values()) / min(walls)
    print(f"wall-clock ratio, for reference: {wall_ratio:.1f}x (jionlp {sum(jio_wall.values()):.3f} s, zhextract best {min(walls):.3f} s)")
    print(f"found: jionlp money {found.get('extract_money')}, time {found.get('extract_time')}; "
          f"zhextract money {zx_money}, dates {zx_dates}")
    out = {
        "articles": len(articles), "bytes": nbytes, "jionlp_version": jio.__version__,
        "jionlp_import_s": import_s, "jionlp_first_call_s": first, "jionlp_s": jio_s,
        "jionlp_total_s": jio_total, "zhextract_s": zx_s, "zhextract_runs_s": runs,
        "clock": "cpu", "jionlp_wall_s": jio_wall, "zhextract_wall_s": walls, "ratio_wall": wall_ratio,
        "ratio_total": jio_total / zx_s, "ratio_each": {k: v / zx_s for k, v in jio_s.items()},
        "found": {"jionlp": found, "zhextract": {"money": zx_money, "dates": zx_dates}},
    }
    dest = os.path.join(os.path.dirname(os.path.abspath(corpus_path)), "jionlp.json")
    with open(dest, "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
