"""Time find_dates + find_quantities over a set of articles (seconds per 100 runs).

    PYTHONPATH=src python scripts/bench_normalize.py [FILE_OR_DIR ...]

HTML files are cleaned as ingest cleans them; the language comes from the text. The caches
kept per document (the date search, the lowered text ...) are cleared before every document,
so each run does the whole work again. Times are
the process's CPU time (other work on the machine weighs less on them than on wall time); the
best of five rounds is given, with their median.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

from veille.ingest.clean import clean, detect_language
from veille.ingest.readers import read
from veille.normalize import _resources, dates, find_dates, find_quantities, money

# caches keyed on a document's text: cleared before each document, so that every run does
# the whole work again (the ones a version of the library lacks are skipped)
_PER_DOCUMENT = [getattr(module, name) for module, name in
                 [(dates, "_matches"), (_resources, "lowered"), (money, "_article_dollar"),
                  (money, "_folded_words")] if hasattr(module, name)]

REF = date(2025, 10, 16)


def texts(paths: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        files.extend(sorted(f for f in path.iterdir() if f.suffix in (".txt", ".html"))
                     if path.is_dir() else [path])
    for f in files:
        for item in read(str(f)):
            cleaned = clean(item)  # type: ignore[arg-type]
            text = cleaned.text
            out.append((text, cleaned.lang or detect_language(text) or "fr"))
    return out


def one_run(docs: list[tuple[str, str]]) -> None:
    for text, lang in docs:
        for cache in _PER_DOCUMENT:
            cache.cache_clear()
        find_dates(text, lang, REF)
        find_quantities(text, lang)


def main() -> None:
    docs = texts(sys.argv[1:])
    one_run(docs)  # warm the lexicons
    rounds = []
    for _ in range(5):
        start = time.process_time()
        for _ in range(100):
            one_run(docs)
        rounds.append(time.process_time() - start)
    chars = sum(len(t) for t, _ in docs)
    print(f"{len(docs)} texts, {chars} chars: {min(rounds):.3f} s per 100 runs "
          f"(median {statistics.median(rounds):.3f})")


if __name__ == "__main__":
    main()
