#!/usr/bin/env python3
"""Build the gold files of corpus11b from the articles; evidence offsets computed here."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from kw import *
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = {}
for fn in sorted(os.listdir(BASE)):
    if fn.endswith(".txt"):
        DOCS[fn[:-4]] = open(os.path.join(BASE, fn), encoding="utf-8").read()
def doc(prefix):
    return next(d for d in DOCS if d.startswith(prefix))
FACTS, ENTS, QS = [], [], []
def F(d, typ, args, date, mod, ev, opt=False):
    text = DOCS[d]
    n = text.count(ev)
    assert n == 1, (d, n, ev)
    s = text.index(ev)
    row = {"doc": d, "type": typ, "args": args, "date": date, "modality": mod,
           "evidence": {"start": s, "end": s + len(ev), "text": ev}}
    if opt:
        row["optional"] = True
    FACTS.append(row)
def E(d, name, typ, aliases=(), opt=False):
    row = {"doc": d, "name": name, "type": typ, "aliases": list(aliases)}
    if opt:
        row["optional"] = True
    ENTS.append(row)
def Q(d, q, answers):
    QS.append({"id": f"c11b-q{len(QS)+1:02d}", "question": q, "answers": answers, "doc": d})
def money(v, c):
    return {"value": v, "currency": c}

for m in ("n05", "n06", "n07", "n08"):
    if not os.path.exists(os.path.join(os.path.dirname(__file__), f"gold_{m}.py")):
        continue
    exec(open(os.path.join(os.path.dirname(__file__), f"gold_{m}.py"), encoding="utf-8").read())

with open(os.path.join(BASE, "facts.gold.jsonl"), "w", encoding="utf-8") as f:
    for r in FACTS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(BASE, "entities.gold.jsonl"), "w", encoding="utf-8") as f:
    for r in ENTS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(BASE, "questions.gold.jsonl"), "w", encoding="utf-8") as f:
    for r in QS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# self-check: every slice equals its evidence; every entity name or alias occurs in its doc
for r in FACTS:
    e = r["evidence"]
    assert DOCS[r["doc"]][e["start"]:e["end"]] == e["text"]
for r in ENTS:
    t = DOCS[r["doc"]]
    if not any(n in t for n in [r["name"], *r["aliases"]]):
        print("WARN entity not in text:", r["doc"], r["name"])
print(len(FACTS), "facts", sum(not r.get("optional") for r in FACTS), "required;",
      len(ENTS), "entities", sum(not r.get("optional") for r in ENTS), "required;", len(QS), "questions")
# self-score predictions: required facts only, and answers with the first gold answer
with open(os.path.join(os.path.dirname(__file__), "facts.required.jsonl"), "w", encoding="utf-8") as f:
    for r in FACTS:
        if not r.get("optional"):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(os.path.dirname(__file__), "answers.self.jsonl"), "w", encoding="utf-8") as f:
    for q in QS:
        t = DOCS[q["doc"]]
        f.write(json.dumps({"id": q["id"], "answer": q["answers"][0],
                            "citations": [{"doc": q["doc"], "start": 0, "end": 80, "text": t[:80]}]},
                           ensure_ascii=False) + "\n")
# each question's first answer must occur in some form; warn when no gold answer is in the text
for q in QS:
    t = DOCS[q["doc"]]
    if not any(a in t for a in q["answers"]):
        print("WARN no answer string in text:", q["id"], q["answers"][:3])
