"""Property tests: the normalisers and the search query parser take any string and give a
value or a clean error (a VeilleError), never an exception, and what they give is sound:
spans inside the text and equal to it, finite numbers, ISO dates whose period is ordered."""

from __future__ import annotations

import math
import os
import string
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.errors import VeilleError
from veille.kb.search import Query, parse_query
from veille.kb.store import SQLiteStore
from veille.normalize import (
    classify_modality,
    currency_code,
    date_range,
    find_dates,
    find_quantities,
    parse_date,
    parse_number,
    percent_change_sign,
)

# Text that looks like news: digits, separators, currency marks, French and English words of
# numbers, scales and dates, and any Unicode besides.
WORDS = ["1", "2", "000", "1,5", "2.000", "3bn", "10k", "%", "€", "$", "US$", "HK$", "¥", "£", "milliard", "milliards",
         "million", "millions", "billion", "trillion", "mille", "cent", "vingt", "quatre-vingt-dix", "deux", "trois",
         "moins", "minus", "près de", "about", "more than", "entre", "et", "à", "de", "to", "between", "and",
         "janvier", "mars", "décembre", "January", "May", "Q3", "T2", "H1", "2024", "2025", "2030", "fin", "début",
         "d'ici", "by", "end of", "jeudi", "Tuesday", "le", "the", "11", "31", "29", "février", "February",
         "semaine", "week", "dernier", "last", "next", "prochain", "années", "1990s", "siècle", "points",
         "de pourcentage", "base", "yuan", "won", "dollars", "euros", "/", "-", "−", "—", "(", ")", ".", ",", " ",
         "\n", "9" * 40, "9" * 400, "1e308", "0" * 30, "½", "¾", "٣", "１２３", "²", "Ⅻ"]
news = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=30).map(" ".join)
texts = st.one_of(st.text(max_size=200), news)
langs = st.sampled_from(["fr", "en", "de", "", "FR"])
refs = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
# HYPOTHESIS_EXAMPLES=5000 for a longer search than the suite's
PROPERTY = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "300")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(texts, langs)
def test_parse_number_gives_a_finite_number_or_none(text: str, lang: str) -> None:
    value = parse_number(text, lang)
    assert value is None or (isinstance(value, float | int) and math.isfinite(value))


@PROPERTY
@given(texts, langs)
def test_find_quantities_gives_sound_spans_and_finite_values(text: str, lang: str) -> None:
    end = -1
    for q in find_quantities(text, lang):
        assert 0 <= q.start < q.end <= len(text) and text[q.start:q.end] == q.text
        assert q.start >= end, "non-overlapping, left to right"
        end = q.end
        assert math.isfinite(q.value) and (q.high is None or math.isfinite(q.high))
        assert q.kind in ("number", "money", "percent", "ordinal")


@PROPERTY
@given(texts, langs, refs)
def test_find_dates_gives_sound_spans_and_periods(text: str, lang: str, ref: date | None) -> None:
    for d in find_dates(text, lang, ref):
        assert 0 <= d.start < d.end <= len(text) and text[d.start:d.end] == d.text
        first, last = date_range(d.value)
        assert first <= last


@PROPERTY
@given(texts, langs, refs)
def test_parse_date_gives_a_date_or_none(text: str, lang: str, ref: date | None) -> None:
    found = parse_date(text, lang, ref)
    assert found is None or date_range(found.value)[0] <= date_range(found.value)[1]


@PROPERTY
@given(st.text(max_size=40))
def test_date_range_gives_a_period_or_a_value_error(value: str) -> None:
    try:
        first, last = date_range(value)
    except ValueError:
        return
    assert first <= last


@PROPERTY
@given(texts, langs)
def test_the_answer_extractor_reads_finite_quantities(text: str, lang: str) -> None:
    """`ask` reads numbers in the sentences it ranks with its own reader: a number of 400 digits
    once made it fail for as long as the article was stored."""
    from veille.answer.extract import format_quantity, quantities

    for q in quantities(text, 0):
        assert 0 <= q.start < q.end <= len(text) and math.isfinite(q.value)
        assert format_quantity(q, text, lang)


@PROPERTY
@given(texts, langs)
def test_the_small_normalisers_take_any_text(text: str, lang: str) -> None:
    code = currency_code(text, lang)
    assert code is None or (len(code) == 3 and code.isupper())
    assert percent_change_sign(text, lang) in (-1, 0, 1)
    classify_modality(text, lang)


# --- the search query parser -----------------------------------------------------------------

QUERY_CHARS = string.ascii_letters + string.digits + ' "*-()'
queries = st.one_of(
    st.text(max_size=120),
    st.text(alphabet=QUERY_CHARS, max_size=120),
    st.lists(st.sampled_from(["OR", "-", "*", '"', "ai", "AI*", "-ai", '"a b"', "Zhipu", "Zhipu AI", "NOT", "AND",
                              "NEAR", "^", ":", "title:x", "é", "ß", "🙂", "x" * 300]), max_size=40).map(" ".join))


@pytest.fixture(scope="module")
def search_store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    store = SQLiteStore(Path(tmp_path_factory.mktemp("q")) / "kb.db")
    with store.write():
        store.execute("INSERT INTO entities (id, name, type, kind, gazetteer_id, created_at)"
                      " VALUES ('e1', 'Zhipu AI', 'organization', NULL, NULL, 'now')")
        store.add_alias("e1", "Zhipu AI", "gazetteer")
        store.add_alias("e1", "Zhipu", "gazetteer")
    return store


@PROPERTY
@given(queries)
def test_the_query_parser_gives_a_query_or_a_clean_error(search_store: SQLiteStore, text: str) -> None:
    try:
        query = parse_query(search_store, text)
        expression = query.match_all()
    except VeilleError as e:
        assert e.code.startswith("V3")
        return
    assert isinstance(query, Query) and expression


@PROPERTY
@given(queries)
def test_any_query_runs_or_fails_cleanly(search_store: SQLiteStore, text: str) -> None:
    from veille.kb.search import search

    try:
        hits = search(search_store, text, limit=5)
    except VeilleError as e:
        assert e.code.startswith("V3")
        return
    assert hits == []


# --- text analysis: what the answer engine reads from the index instead of the text ----------

# Sentences end at stops before capitals and at line breaks; numbers group digits across spaces.
SENTENCE_WORDS = ["Le", "groupe", "a", "levé", "1", "200", "000", "000 000", "12,5", "3.000", "%", ".", "!", "?", "…",
                  "»", "«", "\"", ")", "(", "M.", "Dr.", "etc.", "A.", "\n", "\n\n", " \n ", "\u00a0", "\u202f",
                  "Inc.", "x" * 60, "Ça", "été", "ÉTAT", "ﬁn", "Straße", "東京", "٣", "_", "a_b", "l'État", "’"]
sentence_texts = st.one_of(st.text(max_size=300), st.lists(
    st.one_of(st.sampled_from(SENTENCE_WORDS), st.text(max_size=3)), max_size=60).map(
    lambda parts: "".join(p + (" " if i % 3 else "") for i, p in enumerate(parts))))


@PROPERTY
@given(sentence_texts, st.sampled_from(["fr", "en", None]))
def test_the_terms_of_a_text_are_those_of_its_sentences(text: str, lang: str | None) -> None:
    """No word straddles two sentences: a document's terms are the union of its sentences'
    (which the index holds), and each sentence's tokens are the text's tokens inside it."""
    from veille.kb.search import sentences, tokens

    whole = tokens(text, lang)
    bounds = sentences(text)
    assert {t for _, _, t in whole} == {t for s, e in bounds for _, _, t in tokens(text[s:e], lang)}
    for s, e in bounds:
        assert tokens(text[s:e], lang, s) == [t for t in whole if s <= t[0] and t[1] <= e]


@PROPERTY
@given(st.text(max_size=200))
def test_fold_drops_case_and_combining_marks(text: str) -> None:
    import unicodedata

    from veille.kb.search import fold

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    assert fold(text) == "".join(c for c in decomposed if not unicodedata.combining(c))


@PROPERTY
@given(st.text(alphabet="ab_é1 -'.\u00a0٣Ⅻ", min_size=1, max_size=4),
       st.text(alphabet="ab_é1 -'.\u00a0٣ⅫA", max_size=60))
def test_a_word_is_found_where_the_regular_expression_finds_it(word: str, text: str) -> None:
    import re

    from veille.answer.extract import _written

    assert _written(word, text) == bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))
