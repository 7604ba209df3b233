"""Everything Veille sees in one text, without storing anything (FORMAT.md, 'annotate')."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from veille.errors import AnnotationError, InputError, VeilleError
from veille.ingest.clean import closest_language, detect_language, normalise_text
from veille.nlp.pipeline import MODELS, annotate


def annotate_text(text: str, lang: str | None = None, published: str | None = None
                  ) -> dict[str, Any]:
    """Entities, quantities, dates and facts of a text, as one JSON-ready object."""
    from veille.normalize import find_dates, find_quantities

    text = normalise_text(text)
    if not text:
        raise InputError("the text is empty", "Give a text or '-' to read standard input")
    if published:
        try:
            ref: date | None = date.fromisoformat(published)
        except ValueError as e:
            raise InputError(f"--date {published}: not a date", "Use YYYY-MM-DD") from e
    else:
        ref = None
    if not lang:  # the detected language, else the closest one Veille reads
        found = detect_language(text)
        lang = found if found in MODELS else closest_language(text, MODELS) or "fr"
    if lang not in MODELS:
        raise InputError(f"language '{lang}' has no pipeline", f"Use --lang {' or '.join(MODELS)}")
    seen, _ctx, error = next(annotate([(text, {"published": published})], lang))
    if seen is None:
        raise AnnotationError(f"annotation failed ({error})", "Report it with the text")
    entities = []
    for g in seen.entities:
        for m in g["mentions"]:
            entities.append({"start": m["start"], "end": m["end"], "text": m["text"],
                             "name": g["name"], "type": g["type"]})
    entities.sort(key=lambda e: e["start"])
    quantities = []
    for q in find_quantities(text, lang):
        item: dict[str, Any] = {"start": q.start, "end": q.end, "text": q.text, "value": q.value,
                                "unit": q.unit, "kind": q.kind}
        if q.high is not None:
            item["high"] = q.high
        if q.approx:
            item["approx"] = True
        quantities.append(item)
    dates = []
    for d in find_dates(text, lang, ref):
        when: dict[str, Any] = {"start": d.start, "end": d.end, "text": d.text, "value": d.value,
                                "precision": d.precision, "relation": d.relation,
                                "first_day": d.first_day, "last_day": d.last_day}
        if d.mod:
            when["mod"] = d.mod
        dates.append(when)
    facts = []
    for f in seen.facts:
        facts.append({"type": f["type"], "args": f["args"], "date": f["date"],
                      "modality": f["modality"],
                      "evidence": {k: f["evidence"][k] for k in ("start", "end", "text")},
                      "confidence": f["confidence"], "rule": f"{f['rule']}.v{f['rule_version']}"})
    return {"lang": lang, "entities": entities, "quantities": quantities, "dates": dates,
            "facts": facts}


def annotate_rows(lines: Iterable[str], origin: str = "<input>", min_confidence: float = 0.0
                  ) -> Iterator[dict[str, Any]]:
    """Annotate JSON lines of ``{"id", "text", "lang"?, "date"?}``, one result per line (the
    shape of `annotate_text`, with the line's id), the models loaded once. A bad line gives
    ``{"id", "error"}`` naming the line and the fix, and the next line is read."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError('expected an object with a "text" string')
        except ValueError as e:
            yield {"id": None, "line": n, "error": f"{origin}:{n}: not an annotation line ({e}). "
                   'Write {"id": ..., "text": ..., "lang"?: "fr"|"en", "date"?: "YYYY-MM-DD"}'}
            continue
        try:
            result = annotate_text(row["text"], lang=row.get("lang"), published=row.get("date"))
        except VeilleError as e:
            yield {"id": row.get("id"), "line": n, "error": f"{origin}:{n}: {e}"}
            continue
        result["facts"] = [f for f in result["facts"] if f["confidence"] >= min_confidence]
        yield {"id": row.get("id"), **result}
