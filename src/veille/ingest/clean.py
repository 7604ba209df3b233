"""Bytes to clean text and metadata: decoding, HTML boilerplate removal, language, dates."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import py3langid
import trafilatura
from charset_normalizer import from_bytes

from veille import config
from veille.errors import InputError
from veille.ingest.readers import RawItem, unicode_encoding
from veille.nlp.lexicon import load_data
from veille.normalize import find_dates

PIPELINE_LANGS = ("fr", "en")
LEX = "lexicon/ingest.yaml"


@dataclass
class Cleaned:
    text: str
    title: str | None
    published: str | None
    site: str | None
    author: str | None
    url: str | None
    lang: str | None


def decode(label: str, data: bytes) -> str:
    """Decode an article's bytes: UTF-16 or UTF-32 by their byte order mark (or UTF-16's
    pattern), else UTF-8, else Windows-1252 when it reads as Western European text (French and
    English files saved by Windows; charset detection often takes short French for another
    code page: '«' read as 'ḋ'), else the encoding charset-normalizer is sure of, else fail."""
    encoding = unicode_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as e:
            raise InputError(f"{label}: undecodable bytes (not {encoding.upper()} at byte {e.start})",
                             "Convert it to UTF-8, for example with iconv -t UTF-8") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        western = _western(data)
        if western is not None:
            return western
        best = from_bytes(data).best()
        if best is not None and best.chaos < 0.05 and best.coherence > 0.2:
            return str(best)
        raise InputError(f"{label}: undecodable bytes (not UTF-8 at byte {e.start})",
                         "Convert it to UTF-8, for example with iconv -t UTF-8") from e


WESTERN_ACCENTED = 0.3  # at most this share of a Western text's letters are not ASCII


def _western(data: bytes) -> str | None:
    """The bytes read as Windows-1252 (a superset of Latin-1's printable characters) when the
    result looks like a Western European language: mostly ASCII letters with some accented
    ones. Text in another code page (Cyrillic, Greek...) reads as accented letters only."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    accented = sum(1 for c in letters if ord(c) > 127)
    return text if accented <= WESTERN_ACCENTED * len(letters) else None


def clean(item: RawItem) -> Cleaned:
    """Clean text and metadata of one raw item."""
    if item.kind == "html":
        cleaned = _clean_html(item)
    else:
        text = normalise_text(decode(item.source, item.data))
        title = next((line.strip().lstrip("#").strip() for line in text.splitlines()
                      if line.strip().lstrip("#").strip()), None)  # '# Title' in Markdown
        cleaned = Cleaned(text, title, None, None, None, item.url, None)
    if not cleaned.text.strip():
        if item.kind != "html":
            raise InputError(f"{item.source}: empty (no text once spaces and control characters are left out)",
                             "Give a file with the article's text")
        raise InputError(f"{item.source}: no article text found",
                         "Check that the page holds an article and not only navigation")
    if item.feed_title and not cleaned.title:
        cleaned.title = item.feed_title
    cleaned.title = item.title or cleaned.title
    cleaned.published = cleaned.published or item.feed_date or published_in_text(cleaned.text)
    cleaned.lang = item.lang or detect_language(cleaned.text)
    return cleaned


_TAG = re.compile(r"<[A-Za-z]")
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{2000,}>")
_ATTRIBUTE = re.compile(r"""\s[^\s=>"'/]+\s*=""")
MAX_ATTRIBUTES = 1000  # attributes an element may have: the HTML parser takes quadratic time on them


def _clean_html(item: RawItem) -> Cleaned:
    html = decode(item.source, item.data)
    elements, most = len(_TAG.findall(html)), config.max_html_elements()
    if elements > most:  # boilerplate removal takes 0.1 ms an element
        raise InputError(f"{item.source}: an HTML page of {elements:,} elements, more than the "
                         f"{most:,} an article page has",
                         "Save the article's text as a .txt file, or raise VEILLE_MAX_HTML_ELEMENTS")
    for tag in _LONG_TAG.finditer(html):  # few: only tags of 2,000 characters and more are counted
        attributes = len(_ATTRIBUTE.findall(tag.group()))
        if attributes > MAX_ATTRIBUTES:
            raise InputError(f"{item.source}: an HTML element with {attributes:,} attributes, more than "
                             f"the {MAX_ATTRIBUTES:,} a page has", "Save the article's text as a .txt file")
    result = trafilatura.bare_extraction(html, url=item.url, with_metadata=True,
                                         include_comments=False, favor_precision=True)
    if result is None:
        raise InputError(f"{item.source}: no article text found in the HTML",
                         "Check that the page holds an article")
    meta = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = normalise_text(meta.get("text") or "")
    title = meta.get("title")
    # trafilatura keeps the headline as the text's first line; make sure the title leads.
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Cleaned(text=text, title=title, published=meta.get("date"),
                   site=meta.get("sitename"), author=meta.get("author"),
                   url=meta.get("url") or item.url, lang=None)


# Control characters other than tab and newline (terminal escapes, backspaces, C1 codes):
# never part of an article's words, and harmful when the text is shown in a terminal.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def normalise_text(text: str) -> str:
    """NFC, unified newlines, no trailing spaces, no control characters (a form feed is a
    newline); offsets into this text are what we store."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text.replace("\f", "\n"))
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


LANG_SAMPLE = 5000  # characters identification reads at most
LANG_FIRST = 1000  # characters read first; the rest only when those leave a doubt
LANG_LEAD = 100.0  # lead in log-probability over the second language that settles it


def detect_language(text: str) -> str | None:
    """The language of a text, from its first characters. The identifier's time grows with
    its input, so it reads 1,000 characters first and 5,000 only when the best language
    does not lead the next by a wide margin (over 2,000 news texts, the first 1,000 give
    the same language as 5,000, with leads of 280 or more)."""
    sample = text[:LANG_SAMPLE]
    if len(sample.split()) < 3 and sum(1 for c in sample[:200] if c.isalpha()) < 12:
        return None  # too short to tell (Chinese or Japanese, written without spaces, is not)
    if sum(1 for c in sample[:LANG_FIRST] if c.isalpha()) < 12:
        return None  # punctuation, digits, emoji: no language
    if len(sample) > LANG_FIRST:
        (best, score), (_, second) = py3langid.rank(sample[:LANG_FIRST])[:2]
        if score - second >= LANG_LEAD:
            return str(best)
    lang, _score = py3langid.classify(sample)
    return str(lang)


def closest_language(text: str, languages: Iterable[str]) -> str | None:
    """Of some languages, the one a text is most likely in (a short French sentence the
    identifier reads as Occitan is French)."""
    if len(text.split()) < 1:
        return None
    wanted = set(languages)
    for lang, _score in py3langid.rank(text[:LANG_SAMPLE]):
        if lang in wanted:
            return str(lang)
    return None


def published_in_text(text: str) -> str | None:
    """A publication date stated near the top ('Publié le 14 avril 2025', 'Published: Wednesday,
    15 April 2026, 09:40', 'Mis à jour le 22 avril 2026 à 18h05'): the first full date (day,
    month and year) on a line that opens with a cue of `published_cues`."""
    head = "\n".join(text.splitlines()[:15])
    for m in published_line().finditer(head):
        rest = m.group(1)
        for lang in ("fr", "en"):
            # without a reference date, only the dates that name their year resolve
            days = [d for d in find_dates(rest, lang) if d.precision == "day" and not d.relative]
            if days:
                return days[0].value
    return None


def _alternatives(key: str) -> str:
    """The phrases of an ingest.yaml list, every language's, in the order written."""
    entry = load_data(LEX)[key]
    phrases = dict.fromkeys(str(w) for v in entry.values() for w in v)
    return "|".join(re.escape(p) for p in phrases)


@cache
def published_line() -> re.Pattern[str]:
    """'Publié le 3 mars 2024, mis à jour ...': a cue, a link word, and the rest of the line."""
    return re.compile(
        rf"^\s*(?:{_alternatives('published_cues')})\s*(?:{_alternatives('published_links')})?"
        r"\s*(.{6,80})",
        re.IGNORECASE | re.MULTILINE)
