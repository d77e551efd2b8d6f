#!/usr/bin/env python3
"""Scores the CLI against a folder of hand-annotated articles (tests/audit/*/).

    python3 scripts/audit_score.py BIN DIR [-v]      (GLOB='p*' to score some files only)

Each article NAME.txt has NAME.gold.json (the shape is in DIR/PROMPT.md). Prints, per field,
missed/extra/gold for organisations, places, events, works and people; roles with the right
title and organisation, quotes with the right speaker and credit names found out of the gold;
missed/extra/gold for dates and money. -v lists every miss and extra by article.

Matching: an entity is found when its name, an alias or a mention's text equals the gold
string or one of its |-joined forms; a place inside a gold organisation's, event's or work's
name is no extra (places inside names are listed, README's convention); a date is found when
its text and a gold date's contain one another; money compares texts without a leading
约/逾/近/超过 (the tool keeps those out of the span and sets `approximate`).
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys

args = [a for a in sys.argv[1:] if not a.startswith('-')]
binary, folder = args[0], args[1]
verbose = '-v' in sys.argv
pattern = os.environ.get('GLOB', '*')
T = collections.Counter()


def forms(s):
    return set(x for x in s.split('|') if x)


def names_of(e, text):
    n = {e['name']} | set(e.get('aliases') or [])
    n.update(text[m['start']:m['end']] for m in e['mentions'])
    return n


def bare(t):
    return re.sub(r'^(约|約|逾|近|超过|超過|超)', '', t)


def roles_match(gold, r, got, orgs):
    go = r.get('organization')
    for ov in orgs:
        if go and go in forms(ov):
            go = ov
    for p in got:
        for pr in p.get('roles', []):
            po = pr.get('organization')
            # (a title the gold writes with its body: 省委副书记 = 副书记 @ 省委)
            if go is None and po and r['title'] == po + pr['title']:
                return True
            if pr['title'] != r['title']:
                continue
            if go is None and po is None:
                return True
            if go and po and (po in forms(go) or any(v in po.split('/') for v in forms(go))):
                return True
    return False


for gf in sorted(glob.glob(os.path.join(folder, pattern + '.gold.json'))):
    name = os.path.basename(gf)[:-len('.gold.json')]
    tf = os.path.join(folder, name + '.txt')
    g = json.load(open(gf, encoding='utf-8'))
    text = open(tf, encoding='utf-8').read()
    out = json.loads(subprocess.run([binary, tf], capture_output=True, text=True).stdout)
    lines = []
    named = set()
    for k in ['organizations', 'events', 'works']:
        for s in g.get(k, []):
            named |= forms(s)
    for k in ['organizations', 'locations', 'events', 'works']:
        gold = [forms(s) for s in g.get(k, [])]
        pred = [names_of(e, text) for e in out.get(k, [])]
        T[k + ' gold'] += len(gold)
        for gv in gold:
            if not any(gv & pv for pv in pred):
                T[k + ' miss'] += 1
                lines.append(f'  {k} MISS {"|".join(sorted(gv))}')
        for e, pv in zip(out.get(k, []), pred):
            if any(gv & pv for gv in gold):
                continue
            if k == 'locations' and any(e['name'] in x for x in named):
                continue
            T[k + ' extra'] += 1
            lines.append(f'  {k} EXTRA {e["name"]}')
    people = out.get('people', [])
    pnames = [names_of(p, text) for p in people]
    gnames = set(x['name'] for x in g.get('people', []))
    for x in g.get('people', []):
        T['people gold'] += 1
        got = [p for p, n in zip(people, pnames) if x['name'] in n]
        if not got:
            T['people miss'] += 1
            lines.append(f'  people MISS {x["name"]}')
        for r in x.get('roles', []):
            T['roles gold'] += 1
            if roles_match(g, r, got, g.get('organizations', [])):
                T['roles ok'] += 1
            else:
                have = [(q['title'], q.get('organization')) for p in got for q in p.get('roles', [])]
                lines.append(f'  role WRONG {x["name"]} {r.get("title")}@{r.get("organization")} got {have}')
    for p, n in zip(people, pnames):
        if not n & gnames:
            T['people extra'] += 1
            lines.append(f'  people EXTRA {p["name"]}')
    # dates: found when the texts contain one another
    gl = [bare(x) for x in g.get('dates', [])]
    pl = [bare(m['text']) for m in out.get('dates', [])]
    used = [False] * len(pl)
    T['dates gold'] += len(gl)
    for x in gl:
        for i, y in enumerate(pl):
            if not used[i] and (x in y or y in x):
                used[i] = True
                break
        else:
            T['dates miss'] += 1
            lines.append(f'  dates MISS {x}')
    for i, y in enumerate(pl):
        if not used[i] and not any(x in y or y in x for x in gl):
            T['dates extra'] += 1
            lines.append(f'  dates EXTRA {y}')
    gold = collections.Counter(bare(x) for x in g.get('money', []))
    pred = collections.Counter(bare(m['text']) for m in out.get('money', []))
    T['money gold'] += sum(gold.values())
    for s, c in gold.items():
        if c > pred.get(s, 0):
            T['money miss'] += c - pred.get(s, 0)
            lines.append(f'  money MISS {s}')
    for s, c in pred.items():
        if c > gold.get(s, 0):
            T['money extra'] += c - gold.get(s, 0)
            lines.append(f'  money EXTRA {s}')
    gq = collections.Counter(q.get('speaker') for q in g.get('quotes', []))
    pq = collections.Counter(q.get('speaker') for q in out.get('quotes', []))
    T['quotes gold'] += sum(gq.values())
    T['quotes ok'] += sum(min(c, pq.get(s, 0)) for s, c in gq.items())
    for s, c in gq.items():
        if pq.get(s, 0) < c:
            lines.append(f'  quote MISS {s} x{c - pq.get(s, 0)}')
    gc = set(n for c in g.get('credits', []) for n in c.get('names', []))
    pc = set(n for c in out.get('credits', []) for n in c.get('names', []))
    pc |= set(c.get('organization') for c in out.get('credits', []) if c.get('organization'))
    T['credits gold'] += len(gc)
    for n in gc:
        if n in pc:
            T['credits ok'] += 1
        else:
            lines.append(f'  credit MISS {n}')
    if verbose and lines:
        print(name)
        print('\n'.join(lines))

fields = ['organizations', 'locations', 'events', 'works', 'people']
print(' '.join(f'{k} {T[k + " miss"]}/{T[k + " extra"]}/{T[k + " gold"]}' for k in fields),
      f'| roles {T["roles ok"]}/{T["roles gold"]} quotes {T["quotes ok"]}/{T["quotes gold"]}'
      f' credits {T["credits ok"]}/{T["credits gold"]}',
      f'| dates {T["dates miss"]}/{T["dates extra"]}/{T["dates gold"]}'
      f' money {T["money miss"]}/{T["money extra"]}/{T["money gold"]}')
