#!/usr/bin/env python3
"""Build the gold of corpus11a: evidence given as unique substrings, offsets computed here."""
import glob, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from kw import *
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = {os.path.basename(p)[:3]: os.path.basename(p)[:-4] for p in glob.glob(os.path.join(ROOT, "n0*.txt"))}
TEXT = {k: open(os.path.join(ROOT, v + ".txt"), encoding="utf-8").read() for k, v in DOCS.items()}
FACTS, ENTS, QS = [], [], []
ERR = []

def ev(d, s):
    t = TEXT[d]
    n = t.count(s)
    if n != 1:
        ERR.append(f"{d}: evidence occurs {n} times: {s!r}")
        return {"start": -1, "end": -1, "text": s}
    i = t.index(s)
    assert t[i:i + len(s)] == s
    return {"start": i, "end": i + len(s), "text": s}

def F(d, typ, args, date, mod, e, opt=False):
    row = {"doc": DOCS[d], "type": typ, "args": args, "date": date, "modality": mod, "evidence": ev(d, e)}
    if opt:
        row["optional"] = True
    FACTS.append(row)

def E(d, name, typ, aliases=(), opt=False):
    row = {"doc": DOCS[d], "name": name, "type": typ, "aliases": list(aliases)}
    if opt:
        row["optional"] = True
    ENTS.append(row)

def Q(d, q, answers):
    QS.append({"id": f"c11a-q{len(QS) + 1:02d}", "question": q, "answers": answers, "doc": DOCS[d]})

def M(v, c):
    return {"value": v, "currency": c}

for f in [x for x in ["n01.py", "n02.py", "n03.py", "n04.py"] if os.path.exists(os.path.join(os.path.dirname(__file__), x))]:
    exec(open(os.path.join(os.path.dirname(__file__), f), encoding="utf-8").read())

if ERR:
    print("\n".join(ERR)); sys.exit(1)
# every entity named in a fact role must be a gold entity of its doc (name or alias)
import re, unicodedata
def norm(s):
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^\w%]+", " ", s).split())
names = {}
for e in ENTS:
    names.setdefault(e["doc"], set()).update(norm(n) for n in [e["name"], *e["aliases"]])
canon = {}
for e in ENTS:
    canon.setdefault(e["doc"], set()).add(e["name"])
bad = 0
for r in FACTS:
    for role in ("subject", "product", "recipient", "name", "place", "organizer", "speaker", "person", "org", "source"):
        v = r["args"].get(role)
        if v is not None and v not in canon[r["doc"]]:
            print("not a canonical entity:", r["doc"][:3], role, v); bad += 1
    for v in r["args"].get("parties", []):
        if v not in canon[r["doc"]]:
            print("not a canonical entity:", r["doc"][:3], "parties", v); bad += 1
for e in ENTS:
    t = TEXT[e["doc"][:3]]
    if e["name"] not in t and not any(a in t for a in e["aliases"]):
        print("entity not in text:", e["doc"][:3], e["name"])
for q in QS:
    if not any(a in TEXT[q["doc"][:3]] for a in q["answers"]):
        print("no answer string in text:", q["id"], q["answers"])
if bad:
    sys.exit(1)
def dump(path, rows):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
dump("facts.gold.jsonl", FACTS); dump("entities.gold.jsonl", ENTS); dump("questions.gold.jsonl", QS)
print(len(FACTS), "facts", sum(not r.get("optional") for r in FACTS), "required;", len(ENTS), "entities;", len(QS), "questions")

# self-score predictions: required facts only, and answers with the first gold answer
dump("tools/facts.required.jsonl", [r for r in FACTS if not r.get("optional")])
ans = []
for q in QS:
    t = TEXT[q["doc"][:3]]
    a = q["answers"][0]
    i = t.find(a)
    cit = {"doc": q["doc"], "start": i, "end": i + len(a), "text": a} if i >= 0 else {"doc": q["doc"], "start": 0, "end": 0, "text": ""}
    ans.append({"id": q["id"], "answer": a, "citations": [cit]})
dump("tools/answers.self.jsonl", ans)
# counts per type and article
from collections import Counter
c = Counter((r["doc"][:3], r["type"], bool(r.get("optional"))) for r in FACTS)
types = sorted({r["type"] for r in FACTS})
for t in types:
    print(f"{t:<11}", " | ".join(f"{c[(d, t, False)]} / {c[(d, t, True)]}" for d in sorted(DOCS)))
print("all        ", " | ".join(f"{sum(v for k, v in c.items() if k[0]==d and not k[2])} / {sum(v for k, v in c.items() if k[0]==d and k[2])}" for d in sorted(DOCS)))
ce = Counter((e["doc"][:3], bool(e.get("optional"))) for e in ENTS)
print("entities", {d: f"{ce[(d, False)]} / {ce[(d, True)]}" for d in sorted(DOCS)})
