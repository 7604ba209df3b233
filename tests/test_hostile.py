"""Hostile input, generated here (nothing committed but this code): files, folders, special
files, encodings, pathological texts and HTML, URLs and feeds from a misbehaving server, all
given to ONE real `veille ingest` with good articles before and after them.

Each case asserts what a user sees: the exit status, exactly one clear line naming the item
(or none, when it is simply stored), no traceback, the batch done in bounded time, and the
good documents of the batch stored. The cases of the other kinds (the command line's options
and queries, damaged and foreign stores, standard input, signals, concurrency) are in
test_hostile_cli.py.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from generated import article

from veille.cli.common import plain
from veille.kb.store import add_functions

ROOT = Path(__file__).resolve().parent.parent
BATCH_SECONDS = 480  # the whole batch: about 130 items, two of them a megabyte of text
MAX_RSS_MB = 1500  # the most memory one process of it may hold (the models take about 600 MB)
FR_CP1252 = ("« L’État investit 1,5 milliard d’euros », a déclaré jeudi la ministre à Lyon. Le cœur du "
             "projet : former 2 000 ingénieurs d’ici 2030 – une première en Europe.")
RU = "Компания Яндекс представила новую языковую модель для бизнеса в четверг в Москве."
ZH = "智谱AI周四发布了新的大型语言模型，该公司股价在香港上涨了30%。分析师认为这一举动将推动中国人工智能产业的发展。"
JA = "ソフトバンクは木曜日、東京で新しい人工知能の合弁会社を設立すると発表した。投資額は三十億ドルに上る。"
AR = "أعلنت شركة جي42 يوم الخميس في أبوظبي عن نموذج لغوي جديد للشركات في المنطقة العربية."


def good(seed: int) -> str:
    return article(seed)[1]


def published(text: str, day: int) -> str:
    """An article with its publication day under its title (March 2025): of near duplicates,
    the first published is the original."""
    title, body = text.split("\n\n", 1)
    return f"{title}\n\nPublié le {day} mars 2025\n\n{body}"


FIRST = published(good(100), 3)  # good-first.txt


def measured(command: list[str], env: dict[str, str], timeout: float, cwd: Path) -> tuple[int, str, str, float, int]:
    """Run `command`: its exit status, output, error output, seconds, and the most memory one of
    its processes held (resident, in MB), as the kernel counts it (wait4)."""
    out, err = cwd / "measured.out", cwd / "measured.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        proc = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=env, cwd=cwd)
        start = time.monotonic()
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                proc.kill()
                proc.wait()
                raise AssertionError(f"{command[3:5]} still running after {timeout} s")
            time.sleep(0.1)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return (proc.returncode, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"),
            time.monotonic() - start, usage.ru_maxrss // 1024)


# --- the misbehaving server ------------------------------------------------------------------

MB = 2**20


def _rss(links: list[str]) -> bytes:
    items = "".join(f"<item><title>Item {i}</title>{link}</item>" for i, link in enumerate(links))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>'
            f"<link>http://example.org/</link><description>d</description>{items}</channel></rss>").encode()


class Server(BaseHTTPRequestHandler):
    base = ""
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        route = ROUTES.get(self.path.split("?")[0])
        try:
            if route is None:
                self.reply(b"<html><body><h1>Not found</h1></body></html>", "text/html", 404)
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def reply(self, body: bytes, ctype: str = "text/plain; charset=utf-8", status: int = 200,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def _endless(h: Server, announce: int | None) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    if announce:
        h.send_header("Content-Length", str(announce))
    h.end_headers()
    chunk = b"Velmora " * 8192
    for _ in range(100 * MB // len(chunk)):  # written as sent, never held: the client stops first
        h.wfile.write(chunk)


def _trickle(h: Server) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.end_headers()
    for _ in range(6):  # a byte every 5 s: cut at the deadline
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(5)


def _silent(h: Server) -> None:
    time.sleep(8)  # accepts, then says nothing: cut by the read timeout


def _hangup(h: Server) -> None:
    h.connection.shutdown(socket.SHUT_RDWR)


def _raw(h: Server, head: bytes, body: bytes = b"", pause: float = 0.0, rest: bytes = b"") -> None:
    """Status line and headers written as they are (lies included), the body, a pause, the rest."""
    h.wfile.write(b"HTTP/1.0 200 OK\r\n" + head + b"\r\n" + body)
    h.wfile.flush()
    time.sleep(pause)
    h.wfile.write(rest)


def _slow_headers(h: Server) -> None:
    h.wfile.write(b"HTTP/1.0 200 OK\r\n")
    for i in range(12):  # a header a second: each read is quick, the response never ends
        h.wfile.write(b"X-Wait-%d: yes\r\n" % i)
        h.wfile.flush()
        time.sleep(1)


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(4):
            archive.writestr(f"article{i}.txt", b"\0" * (50 * MB))
    return buffer.getvalue()


PAGE = ("<html><head><title>Brindle Labs ouvre un centre à Nantes</title><meta property=\"article:published_time\""
        " content=\"2025-03-14\"></head><body><nav>Accueil | Monde"
        "</nav><article><h1>Brindle Labs ouvre un centre à Nantes</h1><p>" + good(4).replace("\n\n", "</p><p>")
        + "</p></article><footer>© Le Journal</footer></body></html>")
BOMB = gzip.compress(b"\0" * (200 * MB), compresslevel=9)
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + ']><rss version="2.0"><channel><title>&j;</title><item><title>&j;</title></item></channel></rss>')

ZIP_BOMB = _zip_bomb()  # 200 MB in 200 kB
DEFLATE_BOMB = zlib.compress(b"\0" * (200 * MB), 9)
TEXT = good(8).encode()
TAIL = b" QQQTAIL" * 2000
XXE = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0">'
       '<channel><title>&xxe;</title><link>http://example.org/</link><item><title>A &xxe; B</title>'
       '<description>&xxe;</description><link>{base}/article3.txt</link></item></channel></rss>')

ROUTES: dict[str, Callable[[Server], None]] = {
    "/page.html": lambda h: h.reply(PAGE.encode(), "text/html; charset=utf-8"),
    "/article.txt": lambda h: h.reply(good(6).encode()),
    "/404": lambda h: h.reply(b"gone", status=404),
    "/500": lambda h: h.reply(b"oops", status=500),
    "/loop": lambda h: h.reply(b"", status=302, headers={"Location": "/loop"}),
    "/to-file": lambda h: h.reply(b"", status=302, headers={"Location": "file:///etc/passwd"}),
    "/to-metadata": lambda h: h.reply(b"", status=302, headers={"Location": "http://169.254.169.254/latest/"}),
    "/huge": lambda h: _endless(h, 2 * 1024 * MB),
    "/endless": lambda h: _endless(h, None),
    "/bomb": lambda h: h.reply(BOMB, headers={"Content-Encoding": "gzip"}),
    "/trickle": _trickle,
    "/silent": _silent,
    "/hangup": _hangup,
    "/binary": lambda h: h.reply(bytes(range(256)) * 64, "image/png"),
    "/empty": lambda h: h.reply(b""),
    "/latin1": lambda h: h.reply("« Brindle Labs s’installe à Nancy », titre le quotidien régional ; l’entreprise "
                                 "y emploiera 40 salariés dès l’été.".encode("cp1252"), "text/plain"),
    "/page2.html": lambda h: h.reply(PAGE.replace(good(4)[:60], good(5)[:60]).replace("2025-03-14", "2025-03-15")
                                     .encode(), "text/html"),  # the page's near duplicate, published after it
    "/feed-malformed": lambda h: h.reply(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x &'
                                         b" y</title><descr", "application/rss+xml"),
    "/feed-nolinks": lambda h: h.reply(_rss(["", "", ""]), "application/rss+xml"),
    "/feed-20000": lambda h: h.reply(_rss([f"<link>{h.base}/article.txt?i={i}</link>" for i in range(20000)]),
                                     "application/rss+xml"),
    "/feed-bad-items": lambda h: h.reply(_rss([
        "<link>http://127.0.0.1:99999/a</link>", "<link>http://[::1/b</link>",
        f"<link>http://alice:s3cret@{h.base.split('//')[1]}/page2.html?creds</link>",
        "<link>javascript:alert(1)</link>", "<link>file:///etc/passwd</link>"]), "application/rss+xml"),
    "/feed-laughs": lambda h: h.reply(LAUGHS.encode(), "application/rss+xml"),
    "/feed-xxe": lambda h: h.reply(XXE.format(base=h.base).encode(), "application/rss+xml"),
    "/article3.txt": lambda h: h.reply(good(9).encode()),
    # Content-Length lies
    "/cl-short": lambda h: _raw(h, b"Content-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\n" % len(TEXT),
                                TEXT + TAIL),
    "/cl-long": lambda h: _raw(h, b"Content-Type: text/plain\r\nContent-Length: %d\r\n" % (10 * len(TEXT)), TEXT),
    "/cl-not-a-number": lambda h: _raw(h, b"Content-Type: text/plain\r\nContent-Length: lots\r\n", TEXT),
    "/cl-negative": lambda h: _raw(h, b"Content-Type: text/plain\r\nContent-Length: -1\r\n", TEXT),
    "/cl-twice": lambda h: _raw(h, b"Content-Type: text/plain\r\nContent-Length: 10\r\nContent-Length: %d\r\n"
                                % len(TEXT), TEXT),
    "/cl-huge-gzip": lambda h: _raw(h, b"Content-Type: text/plain\r\nContent-Encoding: gzip\r\n"
                                    b"Content-Length: %d\r\n" % len(BOMB), BOMB),
    # slow and stalling
    "/slow-headers": _slow_headers,
    "/stall-mid-body": lambda h: _raw(h, b"Content-Type: text/plain\r\nContent-Length: %d\r\n" % len(TEXT),
                                      TEXT[:200], pause=12, rest=TEXT[200:]),
    # what the headers say is not what is sent
    "/text-as-octets": lambda h: h.reply(good(45).encode(), "application/octet-stream"),
    "/html-as-plain": lambda h: h.reply(PAGE.replace(good(4)[:60], good(46)[:60]).replace("2025-03-14", "2025-03-13")
                                        .encode(), "text/plain"),
    "/pdf": lambda h: h.reply(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40, "application/pdf"),
    "/png-as-html": lambda h: h.reply(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "text/html"),
    "/zip-bomb": lambda h: h.reply(ZIP_BOMB, "application/zip"),
    "/gz-file": lambda h: h.reply(gzip.compress(good(47).encode()), "application/gzip"),
    "/deflate-bomb": lambda h: h.reply(DEFLATE_BOMB, headers={"Content-Encoding": "deflate"}),
    "/gzip-twice": lambda h: h.reply(gzip.compress(gzip.compress(TEXT)), headers={"Content-Encoding": "gzip, gzip"}),
    "/gzip-corrupt": lambda h: h.reply(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4,
                                       headers={"Content-Encoding": "gzip"}),
    "/brotli": lambda h: h.reply(b"\x0b\x02\x80hello\x03", headers={"Content-Encoding": "br"}),
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Server)
    httpd.daemon_threads = True
    Server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield Server.base
    httpd.shutdown()
    httpd.server_close()


# --- the cases ----------------------------------------------------------------------------------


@dataclass
class Case:
    """One hostile item: `make` writes it and returns the arguments it adds to the batch, the
    first being the source its line names; `expect` is its outcome (failed, note, added,
    quiet: stored with no line) and `words` what its line says."""

    id: str
    make: Callable[[Path, str], list[str]]
    expect: str
    words: tuple[str, ...] = ()
    check: Callable[[sqlite3.Connection, str], None] | None = None
    named: str | None = None  # the item of a folder its line names, when not the folder itself


def write(name: str, data: bytes | str) -> Callable[[Path, str], list[str]]:
    def make(folder: Path, base: str) -> list[str]:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return [str(path)]
    return make


def url(path: str) -> Callable[[Path, str], list[str]]:
    return lambda folder, base: [path if "://" in path or path.startswith("javascript") else base + path]


def special(name: str, how: str) -> Callable[[Path, str], list[str]]:
    def make(folder: Path, base: str) -> list[str]:
        path = folder / name
        if how == "fifo":
            os.mkfifo(path)
        elif how == "socket":
            sock = socket.socket(socket.AF_UNIX)
            sock.bind(str(path))
            sock.close()
        elif how == "dangling":
            path.symlink_to(folder / "nowhere.txt")
        elif how == "self":
            path.symlink_to(path)
        elif how.startswith("/"):
            path.symlink_to(how)
        return [str(path)]
    return make


def device(path: str) -> Callable[[Path, str], list[str]]:
    return lambda folder, base: [path]


def tree(name: str, build: Callable[[Path], None]) -> Callable[[Path, str], list[str]]:
    def make(folder: Path, base: str) -> list[str]:
        root = folder / name
        root.mkdir()
        build(root)
        return [str(root)]
    return make


def _loop_tree(root: Path) -> None:
    (root / "sub").mkdir()
    (root / "sub" / "a.txt").write_text(good(20), encoding="utf-8")
    (root / "sub" / "up").symlink_to(root)


def _fifo_tree(root: Path) -> None:
    (root / "b.txt").write_text(good(22), encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    (root / ".hidden.txt").write_bytes(b"\x00\x01 never read")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (root / "sub").mkdir()
    (root / "sub" / "c.txt").write_text(good(43), encoding="utf-8")
    (root / "twice").symlink_to(root / "sub")  # a second way to a folder already read: read once


def _slow_tree(root: Path) -> None:
    """What once hung a folder's ingest: a line of 100,000 '#' in an article, 500,000 paragraphs."""
    (root / "hashes.txt").write_text(good(44) + "\n" + "#" * 100_000 + "\n", encoding="utf-8")
    (root / "big.html").write_text("<html><body>" + "<p>a</p>" * 500_000 + "</body></html>", encoding="utf-8")


def _sparse(folder: Path, base: str) -> list[str]:
    path = folder / "thirty-megabytes.txt"
    with path.open("wb") as f:
        f.truncate(30 * MB)  # a sparse file: refused by its size, never read
    return [str(path)]


def stored_text(contains: str) -> Callable[[sqlite3.Connection, str], None]:
    def check(db: sqlite3.Connection, source: str) -> None:
        row = db.execute("SELECT veille_text(text) FROM documents WHERE source = ?", (source,)).fetchone()
        assert row is not None and contains in row[0], (source, row and row[0][:200])
    return check


def stored_clean(db: sqlite3.Connection, source: str) -> None:
    row = db.execute("SELECT veille_text(text), name FROM documents WHERE source = ?", (source,)).fetchone()
    assert row is not None
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in row[0])


def mentions_point_into_the_text(db: sqlite3.Connection, source: str) -> None:
    doc_id, text = db.execute("SELECT id, veille_text(text) FROM documents WHERE source = ?", (source,)).fetchone()
    assert len(text) > 1_000_000
    rows = db.execute("SELECT start, end, text FROM mentions WHERE doc = (SELECT rowid FROM documents WHERE id = ?)",
                      (doc_id,)).fetchall()
    assert rows and all(0 <= s < e <= len(text) and t in ("", text[s:e]) for s, e, t in rows)  # '': the text's
    assert max(s for s, _, _ in rows) > 1_000_000  # entities of the last chunk, at their offsets
    for s, e, t in db.execute("SELECT start, end, text FROM evidence WHERE doc_id = ?", (doc_id,)):
        assert text[s:e] == t


def no_credentials(db: sqlite3.Connection, source: str) -> None:
    sources = [r[0] for r in db.execute("SELECT source FROM documents UNION SELECT source FROM failures")]
    assert not any("s3cret" in s or "alice" in s for s in sources)


def _exactly(db: sqlite3.Connection, source: str, sent: bytes) -> None:
    """What the server announced is stored, not what it sent past it."""
    text = db.execute("SELECT veille_text(text) FROM documents WHERE source = ?", (source,)).fetchone()[0]
    assert "QQQTAIL" not in text and text.strip() == sent.decode().strip()


def _no_tags(db: sqlite3.Connection, source: str) -> None:
    text = db.execute("SELECT veille_text(text) FROM documents WHERE source = ?", (source,)).fetchone()[0]
    assert "<p>" not in text and "<html" not in text and "Brindle Labs ouvre un centre" in text, text[:300]


def _tar(text: str) -> bytes:
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        data = text.encode()
        info = tarfile.TarInfo("article.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _rand(seed: int, n: int, low: int = 0, high: int = 256) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, high) for _ in range(n))


ARTICLE = good(10)
CASES: list[Case] = [
    # nothing, or not text
    Case("empty", write("empty.txt", b""), "failed", ("[V100]", "empty")),
    Case("blank", write("blank.md", " \n\t\n   \n"), "failed", ("empty",)),
    Case("carriage-returns", write("cr.txt", "\r" * 5000), "failed", ("empty",)),
    Case("bom-only", write("bom.txt", codecs.BOM_UTF8), "failed", ("empty",)),
    Case("nul-bytes", write("nul.txt", b"\x00" * 4096), "failed", ("binary",)),
    Case("elf", write("program.txt", b"\x7fELF\x02\x01\x01" + _rand(1, 4000)), "failed", ("binary",)),
    Case("png-as-html", write("image.html", b"\x89PNG\r\n\x1a\n" + _rand(2, 4000)), "failed", ("binary",)),
    Case("random-bytes", write("random.txt", _rand(3, 8192)), "failed", ("binary",)),
    Case("high-bytes", write("garbled.txt", _rand(4, 600, 0x80)), "failed", ("undecodable",)),
    Case("controls", write("controls.txt", bytes(range(1, 32)) * 100), "failed", ("binary",)),
    # encodings
    Case("cp1252", write("cp1252.txt", FR_CP1252.encode("cp1252")), "added", check=stored_text("« L’État")),
    Case("latin-1", write("latin1.txt", "Élan vital à Genève : déjà 3 000 élèves inscrits cette année.".encode(
        "latin-1")), "added", check=stored_text("Élan vital")),
    Case("utf-16-le-bom", write("utf16le.txt", ARTICLE.encode("utf-16")), "added", check=stored_text(ARTICLE[:40])),
    Case("utf-16-be-bom", write("utf16be.txt", codecs.BOM_UTF16_BE + good(11).encode("utf-16-be")), "added",
         check=stored_text(good(11)[:40])),
    Case("utf-16-no-bom", write("utf16.txt", good(12).encode("utf-16-le")), "added", check=stored_text(good(12)[:40])),
    Case("utf-32", write("utf32.txt", good(13).encode("utf-32")), "added", check=stored_text(good(13)[:40])),
    Case("utf-8-bom", write("bom8.txt", codecs.BOM_UTF8 + good(14).encode()), "added",
         check=stored_text(good(14)[:40])),
    Case("cp1251-russian", write("ru.txt", RU.encode("cp1251")), "note", ("language 'ru'",), stored_text("Яндекс")),
    Case("chinese", write("zh.txt", ZH), "note", ("language 'zh'",), stored_text("智谱")),
    Case("japanese", write("ja.txt", JA), "note", ("language 'ja'",)),
    Case("arabic", write("ar.txt", AR), "note", ("language 'ar'",)),
    Case("lone-surrogate", write("surrogate.txt", good(15).encode() + b"\xed\xa0\x80 fin."), "added"),
    # text that once hung or broke the pipeline
    Case("hashes-alone", write("hashes.txt", "#" * 100_000), "note", ("language not identified",)),
    Case("hashes-in-article", write("hashes-article.txt", good(16) + "\n" + "#" * 100_000 + "\n"), "added"),
    Case("one-long-word", write("letters.txt", good(17) + "\n" + "ab" * 100_000 + "\n"), "added"),
    Case("one-long-line", write("longline.txt", good(18).replace("\n", " ") + " et " * 25_000), "added"),
    Case("million-characters", write("million.txt", good(19) + "\n\n" + " ".join(
        "anticonstitutionnellement" + ("." if i % 12 == 11 else "") for i in range(40_500)) + "\n\n" + good(21)),
         "added", check=mentions_point_into_the_text),
    Case("huge-number", write("bignum.txt", f"La startup Qorvex a levé {'9' * 400} euros auprès de Brindle Capital "
                                            "jeudi à Paris, selon la direction."), "added"),
    Case("many-numbers", write("numbers.txt", good(23) + " ".join(f"{i},5 %" for i in range(3000))), "added"),
    Case("odd-dates", write("dates.txt", "Le 31 février 2025, l'an 99999 et le 0 janvier 0000, Velmora a signé un "
                                         "accord à Lyon le 45/13/2024, a déclaré sa directrice."), "added"),
    Case("terminal-escapes", write("escapes.txt", "Zhipu AI \x1b[31mrouge\x1b[0m a présenté lundi à Pékin un "
                                                  "nouveau modèle \x1b]0;pwned\x07 de langue destiné aux entreprises, "
                                                  "selon la direction.\x08\x08\x9b2J"), "added", check=stored_clean),
    Case("zero-width", write("zw.txt", "\u200b".join(good(24))), "note", ("stored without annotations",)),
    Case("combining-storm", write("zalgo.txt", good(25) + "".join("z" + "\u0301" * 60 for _ in range(3000))),
         "added"),
    Case("nul-after-8k", write("late-nul.txt", good(26) + " " * 9000 + "\x00fin\n"), "added", check=stored_clean),
    Case("punctuation", write("punct.txt", "!!! ??? ... ;;; " * 500), "note", ("language not identified",)),
    Case("emoji", write("emoji.txt", "🚀🤖📈 " * 200), "note", ("language not identified",)),
    Case("one-word", write("word.txt", "Bonjour"), "note", ("language not identified",)),
    Case("markdown-table", write("table.md", "# Tableau\n\n" + good(27) + "\n\n" + "| a | b |\n" * 3000), "added"),
    Case("near-duplicate", write("near.txt", published(good(100), 4).replace("Le groupe", "La société")), "note",
         ("near duplicate of good-first",)),
    Case("exact-duplicate", write("copy/dup.txt", FIRST), "unchanged"),
    Case("mixed-scripts", write("mixed.txt", good(48) + " Selon 智谱AI, Яндекс et جي42, le marché 🚀 croît ; "
                                + "שלום κόσμε — 東京 ".join(["modèle"] * 50)), "added", check=stored_text("智谱AI")),
    # archives
    Case("zip-bomb-file", write("bomb.zip", ZIP_BOMB), "failed", ("a zip archive", "Unpack it")),
    Case("zip-named-txt", write("archive.txt", ZIP_BOMB), "failed", ("a zip archive",)),
    Case("gzip-file", write("article.txt.gz", gzip.compress(good(49).encode())), "failed", ("gzip-compressed",)),
    Case("gzip-bomb-file", write("bomb.txt", BOMB), "failed", ("gzip-compressed",)),
    Case("tar-named-txt", write("tarball.txt", _tar(good(51))), "failed", ("a tar archive",)),
    # HTML
    Case("500k-paragraphs", write("big.html", "<html><body>" + "<p>a</p>" * 500_000 + "</body></html>"), "failed",
         ("500,002 elements",)),
    Case("100k-attributes", write("attrs.html", "<html><body><p " + " ".join(
        f'a{i}="x"' for i in range(100_000)) + ">" + good(29) + "</p></body></html>"), "failed", ("attributes",)),
    Case("100k-nested", write("deep.html", "<html><body>" + "<div>" * 100_000 + good(30) + "</div>" * 100_000
                              + "</body></html>"), "failed", ("100,002 elements",)),
    Case("20k-nested", write("deeper.html", "<html><body>" + "<div>" * 20_000 + good(30) + "</div>" * 20_000
                             + "</body></html>"), "failed", ("no article text",)),
    Case("scripts-only", write("script.html", "<html><body><script>" + "var a = 1;" * 5000
                                              + "</script></body></html>"), "failed", ("no article text",)),
    Case("entity-flood", write("amp.html", "<html><body><article><p>" + good(31) + "</p><p>" + "&amp;" * 200_000
                                           + "</p></article></body></html>"), "added"),
    Case("laughs-in-html", write("laughs.html", LAUGHS.replace("rss", "html") + "<p>" + good(32) + "</p>"), "added"),
    Case("wrong-charset", write("charset.html", "<html><head><meta charset='iso-8859-1'><title>Élan</title></head>"
                                                "<body><article><p>" + good(33) + "</p></article></body></html>"),
         "added", check=stored_text(good(33)[:30])),
    Case("html-unclosed", write("unclosed.html", "<html><body><article><p>" + good(34) + "<div" * 2000), "added"),
    # names and places
    Case("escape-in-name", write("e\x1b[31mvil.txt", good(35)), "quiet"),
    Case("newline-in-name", write("new\nline.txt", good(36)), "quiet"),
    Case("markup-in-name", write("[blink]x[red]y.txt", good(37)), "quiet"),  # no '/' in a file name
    Case("bidi-in-name", write("\u202etxt.exe.txt", good(38)), "quiet"),
    Case("long-name", write("n" * 250 + ".txt", good(39)), "quiet"),
    Case("dash-name", write("-dash.txt", good(40)), "quiet"),
    Case("deep-path", write("/".join(["d"] * 60) + "/deep.txt", good(41)), "quiet"),
    Case("missing", lambda folder, base: [str(folder / "missing.txt")], "failed", ("no such file",)),
    Case("name-too-long", lambda folder, base: [str(folder / ("x" * 5000))], "failed", ("too long",)),
    Case("sparse-30mb", _sparse, "failed", ("larger than the 20 MB limit",)),
    Case("fifo", special("pipe.txt", "fifo"), "failed", ("named pipe",)),
    Case("socket", special("socket.txt", "socket"), "failed", ("socket",)),
    Case("dangling-link", special("dangling.txt", "dangling"), "failed", ("does not exist",)),
    Case("self-link", special("self.txt", "self"), "failed", ("loop of symbolic links",)),
    Case("link-to-dev-zero", special("zero.txt", "/dev/zero"), "failed", ("character device",)),
    Case("dev-zero", device("/dev/zero"), "failed", ("character device",)),
    Case("dev-null", device("/dev/null"), "failed", ("character device",)),
    Case("dev-urandom", device("/dev/urandom"), "failed", ("character device",)),
    Case("folder-loop", tree("loop", _loop_tree), "failed", ("a loop",), named="loop/sub/up"),
    Case("folder-with-fifo", tree("mixed", _fifo_tree), "failed", ("named pipe",), named="mixed/pipe.txt"),
    Case("folder-of-slow-files", tree("slow", _slow_tree), "failed", ("500,002 elements",), named="slow/big.html"),
    # URLs and feeds
    Case("bad-ipv6", url("http://[::1"), "failed", ("[V100]", "not a valid address")),
    Case("port-99999", url("http://127.0.0.1:99998/a"), "failed", ("port",)),
    Case("port-0", url("http://127.0.0.1:0/a"), "failed", ("port 0",)),
    Case("100kb-url", url("http://127.0.0.1/" + "a" * 100_000), "failed", ("not a valid address",)),
    Case("ftp", url("ftp://example.org/a.txt"), "failed", ("only http and https",)),
    Case("file-url", url("file:///etc/passwd"), "failed", ("only http and https",)),
    Case("no-host", url("http:///a"), "failed", ("no host",)),
    Case("javascript", url("javascript:void(0)"), "failed", ("no such file",)),
    Case("credentials", lambda folder, base: [base.replace("//", "//alice:s3cret@") + "/article.txt"], "quiet",
         check=no_credentials),
    Case("page", url("/page.html"), "quiet", check=stored_text("Brindle Labs")),
    Case("latin1-page", url("/latin1"), "added", check=stored_text("« Brindle Labs s’installe")),
    Case("404", url("/404"), "failed", ("404",)),
    Case("500", url("/500"), "failed", ("500",)),
    Case("redirect-loop", url("/loop"), "failed", ("redirect",)),
    Case("redirect-to-file", url("/to-file"), "failed", ("[V103]", "redirected to file:", "only http and https")),
    Case("redirect-to-metadata", url("/to-metadata"), "failed", ("[V103]", "metadata", "never fetched")),
    Case("2gb-body", url("/huge"), "failed", ("[V103]", "limit")),
    Case("endless-body", url("/endless"), "failed", ("[V103]", "limit")),
    Case("gzip-bomb", url("/bomb"), "failed", ("[V103]", "limit")),
    Case("byte-every-5s", url("/trickle"), "failed", ("[V103]", "deadline")),
    Case("silent-server", url("/silent"), "failed", ("[V103]", "deadline")),
    Case("hang-up", url("/hangup"), "failed", ("[V101]", "broke off")),
    Case("binary-page", url("/binary"), "failed", ("binary",)),
    Case("empty-page", url("/empty"), "failed", ("empty",)),
    Case("malformed-feed", url("/feed-malformed"), "failed", ("[V102]", "malformed feed")),
    Case("feed-without-links", url("/feed-nolinks"), "failed", ("[V102]", "links to an article")),
    Case("feed-of-20000", url("/feed-20000"), "failed", ("[V102]", "20000 items", "first 20")),
    Case("feed-billion-laughs", url("/feed-laughs"), "failed", ("[V102]",)),
    Case("content-length-short", url("/cl-short"), "added", check=lambda db, source: _exactly(db, source, TEXT)),
    Case("content-length-long", url("/cl-long"), "failed", ("[V101]", "broke off", "expected")),
    Case("content-length-not-a-number", url("/cl-not-a-number"), "failed", ("[V101]", "broke off")),
    Case("content-length-negative", url("/cl-negative"), "failed", ("[V101]", "broke off")),
    Case("content-length-twice", url("/cl-twice"), "failed", ("[V101]", "broke off")),
    Case("content-length-of-a-bomb", url("/cl-huge-gzip"), "failed", ("[V103]", "limit", "once decompressed")),
    Case("slow-headers", url("/slow-headers"), "failed", ("[V103]", "deadline")),
    Case("stall-mid-body", url("/stall-mid-body"), "failed", ("[V103]", "deadline")),
    Case("text-as-octet-stream", url("/text-as-octets"), "added", check=stored_text(good(45)[:40])),
    Case("html-as-text-plain", url("/html-as-plain"), "added", check=_no_tags),
    Case("pdf", url("/pdf"), "failed", ("binary",)),
    Case("png-as-text-html", url("/png-as-html"), "failed", ("binary",)),
    Case("zip-bomb-url", url("/zip-bomb"), "failed", ("a zip archive",)),
    Case("gzip-file-url", url("/gz-file"), "failed", ("gzip-compressed",)),
    Case("deflate-bomb", url("/deflate-bomb"), "failed", ("[V103]", "limit", "once decompressed")),
    Case("gzip-twice", url("/gzip-twice"), "failed", ("[V101]", "does not read")),
    Case("gzip-corrupt", url("/gzip-corrupt"), "failed", ("[V101]",)),
    Case("brotli", url("/brotli"), "failed", ("[V101]", "does not read")),
]
FEED_ITEMS = {  # the items of /feed-bad-items: each its own line
    "http://127.0.0.1:99999/a": ("port",),
    "http://[::1/b": ("not a valid address",),
    "javascript:alert(1)": ("only http and https",),
    "file://etc/passwd": ("only http and https",),  # as feedparser gives it
}


@dataclass
class Batch:
    code: int
    seconds: float
    stderr: str
    stdout: str
    sources: dict[str, str]  # case id -> the source its line names
    db: Path
    base: str
    rss: int  # MB, the most one of its processes held

    def lines_about(self, source: str) -> list[str]:
        """The lines naming `source` first (shortened as a terminal shows it when it is long)."""
        shown = plain(source + ":", newlines=False)
        head = shown if len(shown) < 300 else shown[:200] + "..."
        heads = (head, head[:-1] + " (redirected to ")
        return [line for line in self.stderr.splitlines()
                if line.startswith("Error: [V") and line.split("] ", 1)[-1].startswith(heads)
                or line.startswith(tuple(f"Note: {h}" for h in heads))]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, server: str) -> Batch:
    folder = tmp_path_factory.mktemp("hostile")
    first, last = folder / "good-first.txt", folder / "good-last.txt"
    first.write_text(FIRST, encoding="utf-8")
    last.write_text(good(101), encoding="utf-8")
    args, sources = [str(first)], {}
    for case in CASES:
        made = case.make(folder, server)
        sources[case.id] = str(folder / case.named) if case.named else made[0]
        args += made
    args += [server + "/feed-bad-items", server + "/feed-xxe", str(last)]
    db = folder / "kb.db"
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(PYTHONPATH=str(ROOT / "src"), VEILLE_FETCH_DEADLINE="4", VEILLE_FETCH_TIMEOUT="6",
               VEILLE_MAX_FEED_ITEMS="20", COLUMNS="200")
    code, stdout, stderr, seconds, rss = measured(
        [sys.executable, "-m", "veille", "ingest", "--db", str(db), "--allow-private-urls", "--", *args], env,
        BATCH_SECONDS, folder)
    (folder / "stderr.txt").write_text(stderr, encoding="utf-8")  # to read when a case fails
    return Batch(code, seconds, stderr, stdout, sources, db, server, rss)


def test_the_batch_ends_in_bounded_time_without_a_traceback(batch: Batch) -> None:
    assert batch.code == 1, batch.stderr[-2000:]  # some items failed
    assert "Traceback" not in batch.stderr + batch.stdout
    assert batch.seconds < BATCH_SECONDS
    print(f"{len(CASES)} hostile items in one batch: {batch.seconds:.0f} s, {batch.rss} MB at most")
    assert batch.rss < MAX_RSS_MB  # a 2 GB body, an endless one and bombs are never held whole
    for line in batch.stderr.splitlines():
        assert line.startswith(("Error: [V", "Note: ")), line
        assert len(line) < 1200, line[:300]  # a 100 kB URL is shortened
    assert batch.stdout.count("\n") == 1 and "failed" in batch.stdout  # the summary, one line


def test_the_good_documents_of_the_batch_are_stored(batch: Batch) -> None:
    db = sqlite3.connect(batch.db)
    add_functions(db)  # the text is kept compressed
    names = {r[0] for r in db.execute("SELECT name FROM documents WHERE status = 'annotated'")}
    assert {"good-first", "good-last"} <= names
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_hostile_item_is_handled_cleanly(batch: Batch, case: Case) -> None:
    source = batch.sources[case.id]
    if source.startswith("http") and "@" in source:
        source = source.replace("alice:s3cret@", "")
    lines = batch.lines_about(source)
    db = sqlite3.connect(batch.db)
    add_functions(db)  # the text is kept compressed
    try:
        stored = db.execute("SELECT status FROM documents WHERE source = ?", (source,)).fetchone()
        failure = db.execute("SELECT code, error FROM failures WHERE source = ?", (source,)).fetchone()
        if case.expect == "unchanged":  # the same text as a document stored: nothing to say or store
            assert lines == [] and stored is None and failure is None
        elif case.expect in ("added", "quiet"):
            assert lines == [], lines
            assert stored is not None and stored[0] in ("annotated", "duplicate") and failure is None, (stored, failure)
        elif case.expect == "note":
            assert len(lines) == 1 and lines[0].startswith("Note: "), lines
            assert stored is not None and failure is None
        else:
            assert len(lines) == 1 and lines[0].startswith("Error: [V"), (lines, batch.stderr[-3000:])
            assert failure is not None and stored is None  # recorded, for `veille docs`
        for word in case.words:
            assert word in lines[0], lines[0]
        if case.check is not None:
            case.check(db, source)
    finally:
        db.close()


@pytest.mark.parametrize("item", list(FEED_ITEMS), ids=list(FEED_ITEMS))
def test_each_bad_item_of_a_feed_is_its_own_failure(batch: Batch, item: str) -> None:
    lines = batch.lines_about(item)
    assert len(lines) == 1, lines
    for word in FEED_ITEMS[item]:
        assert word in lines[0]


def test_a_feed_item_with_credentials_is_stored_without_them(batch: Batch) -> None:
    db = sqlite3.connect(batch.db)
    add_functions(db)  # the text is kept compressed
    sources = [r[0] for r in db.execute("SELECT source FROM documents")]
    db.close()
    assert any(s.endswith("/page2.html?creds") for s in sources)
    assert not any("s3cret" in s for s in sources)


def test_a_feed_with_an_external_entity_reads_no_local_file(batch: Batch) -> None:
    db = sqlite3.connect(batch.db)
    add_functions(db)  # the text is kept compressed
    rows = db.execute("SELECT source, coalesce(title, ''), veille_text(text) FROM documents").fetchall()
    failures = db.execute("SELECT source, error FROM failures").fetchall()
    db.close()
    assert any(source == batch.base + "/article3.txt" for source, _, _ in rows)  # its item is read
    assert not any("root:" in title + text for _, title, text in rows)
    assert not any("root:" in error for _, error in failures) and "root:" not in batch.stderr


def _no_constant(name: str) -> None:
    raise AssertionError(f"{name} in JSON output: not JSON")


def test_what_docs_shows_of_the_batch_is_safe_in_a_terminal(batch: Batch) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "200"}
    for args in (["docs"], ["docs", "--json"], ["search", "modèle"], ["export", "entities"],
                 ["export", "facts", "--all"], ["ask", "Combien Qorvex a-t-elle levé ?", "--json"]):
        proc = subprocess.run([sys.executable, "-m", "veille", *args, "--db", str(batch.db)], capture_output=True,
                              text=True, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert "\x1b" not in proc.stdout and "\x9b" not in proc.stdout and "\u202e" not in proc.stdout
        assert "Traceback" not in proc.stderr
        if "--json" in args or args[0] == "export":
            for line in proc.stdout.splitlines() if args[0] != "ask" else [proc.stdout]:
                json.loads(line, parse_constant=_no_constant)  # a number of 400 digits is not Infinity
    proc = subprocess.run([sys.executable, "-m", "veille", "docs", "--db", str(batch.db)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert "[blink]x[red]y" in proc.stdout  # markup in a name is shown, not applied


def test_running_the_batch_again_changes_nothing(batch: Batch) -> None:
    before = sqlite3.connect(batch.db).execute("SELECT count(*) FROM documents").fetchone()[0]
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(PYTHONPATH=str(ROOT / "src"))
    good_again = [batch.sources["cp1252"], batch.sources["utf-16-le-bom"], batch.sources["million-characters"]]
    proc = subprocess.run([sys.executable, "-m", "veille", "ingest", "--db", str(batch.db), "--", *good_again],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0 and "0 added" in proc.stdout and "3 unchanged" in proc.stdout, proc.stdout
    assert sqlite3.connect(batch.db).execute("SELECT count(*) FROM documents").fetchone()[0] == before


# --- ten thousand files -------------------------------------------------------------------------


@pytest.mark.slow
def test_a_folder_of_ten_thousand_files(tmp_path: Path) -> None:
    from generated import write_generated

    folder = tmp_path / "in"
    originals = write_generated(tmp_path / "originals", 10, first=5000)
    for i in range(10_000):
        path = folder / f"d{i // 100:02d}" / f"f{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        if i % 500 == 7:
            path.write_bytes(b"")  # twenty empty files among them
        else:
            path.write_bytes(originals[i % 10].read_bytes())
    for i in range(200):
        (folder / "d00" / f"image{i}.png").write_bytes(b"\x89PNG")  # not articles: not read
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "200"}
    code, stdout, stderr, seconds, rss = measured(
        [sys.executable, "-m", "veille", "ingest", "--db", str(tmp_path / "kb.db"), "-q", str(folder)], env, 300,
        tmp_path)
    print(f"10,000 files in {seconds:.0f} s, {rss} MB at most")
    assert code == 1 and "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 20 and all(line.startswith("Error: [V100] ") and ": empty." in line for line in lines)
    assert "10 added" in stdout and "9970 unchanged" in stdout and "20 failed" in stdout, stdout
    assert rss < MAX_RSS_MB
    db = sqlite3.connect(tmp_path / "kb.db")
    add_functions(db)  # the text is kept compressed
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 10
    assert db.execute("SELECT count(*) FROM failures").fetchone()[0] == 20
    db.close()


# --- standard input, stuck documents, processes -----------------------------------------------


def _veille(*args: str, input: bytes | None = None, env: dict[str, str] | None = None, timeout: float = 240,
            script: str | None = None) -> subprocess.CompletedProcess[bytes]:
    full = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
    command = [sys.executable, "-c", script, *args] if script else [sys.executable, "-m", "veille", *args]
    return subprocess.run(command, input=input, capture_output=True, env=full, timeout=timeout)


@pytest.mark.parametrize(("data", "code", "words"), [
    (b"", 1, "standard input: empty"),
    (b"\x00\x01\x02\x03" * 1000, 1, "standard input: a binary file"),
    (b"Velmora " * (3 * MB), 1, "larger than the 20 MB limit"),
    (good(50).encode("utf-16"), 0, ""),
    (FR_CP1252.encode("cp1252"), 0, ""),
], ids=["empty", "binary", "24-megabytes", "utf-16", "cp1252"])
def test_standard_input_is_read_up_to_its_limit(tmp_path: Path, data: bytes, code: int, words: str) -> None:
    proc = _veille("ingest", "--db", str(tmp_path / "kb.db"), "-", input=data)
    stderr = proc.stderr.decode()
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr and len(stderr.splitlines()) == (1 if code else 0)
    assert words in stderr


# A `veille ingest` whose pipeline never returns on a text holding STUCK42 (as a pathological
# text once made spaCy's tokenizer do); everything else is the real thing.
STUCK = """
import sys, time
from veille.ingest import annotator
real = annotator.annotate
def stuck(items, lang):
    if any("STUCK42" in text for text, _ in items):
        time.sleep(3600)
    return real(items, lang)
annotator.annotate = stuck
from veille.cli import app
app(sys.argv[1:], prog_name="veille")
"""


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_stuck_document_is_stopped_and_recorded_and_the_batch_goes_on(tmp_path: Path, workers: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in (60, 61, 62):  # French: one batch with the stuck one
        (folder / f"a{seed}.txt").write_text(good(seed), encoding="utf-8")
    (folder / "b-stuck.txt").write_text(good(64).replace("Le groupe", "STUCK42 Le groupe"), encoding="utf-8")
    db = tmp_path / "kb.db"
    start = time.monotonic()
    proc = _veille("ingest", "--db", str(db), "-j", workers, str(folder), script=STUCK,
                   env={"VEILLE_ANNOTATE_TIMEOUT": "2"})
    stderr = proc.stderr.decode()
    assert time.monotonic() - start < 200
    assert proc.returncode == 1 and "Traceback" not in stderr
    assert stderr.splitlines() == [line for line in stderr.splitlines() if "b-stuck.txt" in line]
    assert "[V501]" in stderr and "annotation stopped after" in stderr and "VEILLE_ANNOTATE_TIMEOUT" in stderr
    assert "3 added" in proc.stdout.decode() and "1 failed" in proc.stdout.decode()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT code FROM failures").fetchall() == [("V501",)]
    conn.close()


@pytest.mark.slow
def test_workers_die_with_the_main_process(tmp_path: Path) -> None:
    from generated import write_generated

    write_generated(tmp_path / "in", 120)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    main = subprocess.Popen([sys.executable, "-m", "veille", "ingest", "--db", str(tmp_path / "kb.db"), "-q",
                             "-j", "2", str(tmp_path / "in")], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = _children(main.pid)
        assert len(workers) == 2
        main.kill()  # SIGKILL: no chance to stop them itself
        main.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in workers)
    finally:
        if main.poll() is None:
            main.kill()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


# --- near duplicates of a document that failed --------------------------------------------------


@pytest.mark.slow
def test_a_near_duplicate_of_a_document_that_failed_is_annotated(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.ingest import annotator as annotator_module
    from veille.ingest.run import ingest
    from veille.kb.store import SQLiteStore

    real = annotator_module.annotate

    def fails(items: list[tuple[str, dict[str, Any]]], lang: str) -> Any:
        if any("PANNE42" in text for text, _ in items):
            raise ValueError("PANNE42 broke the pipeline")
        return real(items, lang)

    folder = tmp_path / "in"
    folder.mkdir()
    original = good(70).replace("Le groupe", "PANNE42 Le groupe")
    (folder / "a-original.txt").write_text(original, encoding="utf-8")
    (folder / "b-copy.txt").write_text(good(70).replace("Le groupe", "La société"), encoding="utf-8")
    store = SQLiteStore(tmp_path / "kb.db")
    monkeypatch.setattr(annotator_module, "annotate", fails)
    report = ingest(store, [str(folder)])
    assert [(Path(o.source).name, o.status) for o in report.outcomes] == [("a-original.txt", "failed"),
                                                                          ("b-copy.txt", "added")]
    monkeypatch.undo()
    again = ingest(store, [str(folder)])  # the original, fixed, is now the other's near duplicate
    assert [(Path(o.source).name, o.status) for o in again.outcomes] == [("a-original.txt", "duplicate"),
                                                                         ("b-copy.txt", "unchanged")]
    assert not store.failures()
    store.close()


@pytest.mark.slow
def test_a_duplicate_left_without_its_original_is_annotated_when_ingested_again(tmp_path: Path) -> None:
    from veille.ingest.run import ingest
    from veille.kb.store import SQLiteStore
    from veille.models import Document, content_id

    store = SQLiteStore(tmp_path / "kb.db")
    text = good(72)
    with store.write():  # as an older version left it: a duplicate whose original failed
        store.add_document(Document(id=content_id(text), name="orphan", source=str(tmp_path / "orphan.txt"),
                                    text=text, lang="fr", status="duplicate", note="near duplicate of x"), None)
    (tmp_path / "orphan.txt").write_text(text, encoding="utf-8")
    report = ingest(store, [str(tmp_path / "orphan.txt")])
    assert [o.status for o in report.outcomes] == ["added"]
    assert store.get_document("orphan").status == "annotated"
    store.close()


# --- long texts in chunks -------------------------------------------------------------------------


def test_chunks_cover_the_text_and_end_at_a_break() -> None:
    from veille.nlp.pipeline import chunk_spans

    rng = random.Random(5)
    for _ in range(200):
        pieces = [rng.choice(["Mot", "mot.", " ", "\n", "\n\n", "«", "x" * rng.randint(1, 50), "?"])
                  for _ in range(rng.randint(0, 400))]
        text = "".join(pieces)
        spans = chunk_spans(text, 120)
        assert spans[0][0] == 0 and spans[-1][1] == len(text)
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
        assert all(0 < e - s <= 120 for s, e in spans[:-1])
    text = ("Une phrase. " * 20 + "\n\n") * 20
    assert all(text[e - 2:e] == "\n\n" for _, e in chunk_spans(text, 1000)[:-1])  # at paragraphs first


@pytest.mark.parametrize("text", ["et " * 40_000, "a. " * 40_000, "Velmora, " * 12_000 + "! ? " * 20_000],
                         ids=["short-words", "dots", "punctuation"])
def test_a_chunk_of_too_many_tokens_is_cut_again(text: str) -> None:
    """Memory grows with tokens: 100,000 characters of one- or two-letter words took 1.5 GB."""
    import spacy

    from veille.nlp.pipeline import CHUNK, CHUNK_TOKENS, _token_bounded, chunk_spans

    nlp = spacy.blank("fr")
    parts = [part for start, end in chunk_spans(text, CHUNK) for part in _token_bounded(nlp, text, start, end)]
    assert len(parts) > 2 and all(len(doc) <= CHUNK_TOKENS for _, doc in parts)
    assert "".join(doc.text for _, doc in parts) == text
    assert all(text[at:at + len(doc.text)] == doc.text for at, doc in parts)
    article = (good(90) + "\n\n") * (CHUNK // len(good(90)) - 1)  # an article's density: one chunk
    assert len(list(_token_bounded(nlp, article, 0, len(article)))) == 1


@pytest.mark.slow
def test_long_runs_without_a_space_become_tokens_and_give_the_text_back() -> None:
    from veille.nlp.pipeline import LONG_TOKEN, get_nlp, make_doc

    nlp = get_nlp("fr")
    for text in ["#" * 100_000, "a " + "#" * 450 + " b\n", "x" * 201 + "  \n\n" + "y" * 999 + ".", "court"]:
        doc = make_doc(nlp, text)
        assert doc.text == text
        assert max(len(t) for t in doc) <= max(LONG_TOKEN, 5)


@pytest.mark.slow
def test_a_text_shorter_than_a_chunk_is_annotated_as_before() -> None:
    from veille.nlp.pipeline import annotate, get_nlp

    text = good(80) + "\n\n" + good(82)
    nlp = get_nlp("fr")
    doc = nlp.make_doc(text)
    doc._.published = "2025-03-01"
    whole = nlp(doc)
    found, _, error = next(annotate([(text, {"published": "2025-03-01"})], "fr"))
    assert error is None and found is not None
    assert found.entities == list(whole._.veille_entities) and found.facts == list(whole._.veille_facts)
