"""Digests by e-mail, now (`veille digest --email`) or on a schedule (`veille digests add`),
through the SMTP settings of the alert e-mails (`veille.watch.deliver.Smtp`, $VEILLE_SMTP_*):
one message to every address, the digest in HTML with its Markdown as the plain-text part.

A scheduled digest of `every` days covers whole days: the first one, sent at once, the
`every` days before the day it is sent; each next one the days after the last one covered,
due as soon as `every` more days are over (a 7d digest started on a Wednesday is sent at
midnight between each Tuesday and Wednesday, local time). `veille watch` (and `watch --once`)
sends the digests that are due. The period and the next time are recorded in the store
before the message goes, so a watch restarted, or a second one, never sends a period twice
(a process killed during the SMTP exchange itself loses that digest rather than sending it
twice); after a stop, one digest covers every day since the last. A digest that cannot be
sent is tried again after 1, 2, 4 ... times $VEILLE_RETRY_SECONDS (60; at most its period),
from the same first day, its error shown by `veille digests`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

from veille.errors import DigestMailError, VeilleError
from veille.kb import monitor
from veille.kb.store import Store
from veille.watch import deliver

if TYPE_CHECKING:
    import sqlite3

    from veille.digest import Digest

EMAIL = re.compile(r"^[^@\s<>,]+@[^@\s<>,]+$")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_EVERY = re.compile(r"(\d{1,3})\s*([dw])")


def addresses(values: Iterable[str]) -> list[str]:
    """The addresses of `--email` options, each one or several separated by commas."""
    found: list[str] = []
    for value in values:
        for part in value.split(","):
            address = part.strip()
            if not address:
                continue
            if not EMAIL.match(address):
                raise DigestMailError(f"--email {address!r} is not an e-mail address",
                                      "Give addresses as --email a@example.org,b@example.org")
            if address not in found:
                found.append(address)
    if not found:
        raise DigestMailError("no address to send the digest to", "Give --email ADDRESS")
    return found


def parse_every(text: str) -> int:
    """Days between two digests: '1d', '7d', '2w'."""
    m = _EVERY.fullmatch(text.strip().lower())
    if not m:
        raise DigestMailError(f"--every {text!r} is not a number of days or weeks", "Write it like 1d, 7d or 2w")
    days = int(m[1]) * (7 if m[2] == "w" else 1)
    if not 1 <= days <= 366:
        raise DigestMailError(f"--every {text!r} is out of range", "Give from 1d to 366d")
    return days


class _Store:
    """What `veille.digest.build` needs of a KnowledgeBase, over a store already open."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def resolve(self, name: str) -> Any:
        from veille.kb import listing

        return listing.entity_ref(self.store, name)  # type: ignore[arg-type]


def message(digest: Digest, to: list[str]) -> EmailMessage:
    """The e-mail of a digest: its title as the subject, HTML with the Markdown as plain text."""
    from veille.digest import render
    from veille.digest.formats import day

    subject = digest.t("title", since=day(digest.since, digest.lang), until=day(digest.until, digest.lang))
    return deliver.html_message(to, subject, render(digest, "md"), render(digest, "html"))


def send(kb: Any, to: Sequence[str], since: str = "7d", until: str | None = None, entities: Sequence[str] = (),
         lang: str = "fr", min_confidence: float | None = None, server: str | None = None,
         today: date | None = None) -> Digest:
    """Make the digest of a period (see `veille.digest.build`; `kb`: a KnowledgeBase or a
    store) and send it to `to`; the digest sent. DeliveryError when it cannot be sent."""
    from veille.digest import build

    smtp = deliver.Smtp.from_env()  # the settings checked before the digest is made
    over: Any = kb if hasattr(kb, "resolve") else _Store(kb)
    made = build(over, since, until, list(entities), lang, min_confidence,
                 server=server, today=today)
    smtp.send(message(made, list(to)))
    return made


# --- on a schedule ------------------------------------------------------------------------------

def add(store: Store, name: str, every: str, emails: Iterable[str], lang: str = "fr", entities: Sequence[str] = (),
        min_confidence: float | None = None, server: str | None = None, replace: bool = False) -> sqlite3.Row:
    """Schedule a digest (DigestMailError, one line, when it cannot be as given); its row."""
    from veille.digest import LANGS

    if not NAME.match(name):
        raise DigestMailError(f"'{name}' is not a name for a scheduled digest",
                              "Use letters, digits and - _ . (64 at most), starting with a letter or digit")
    days = parse_every(every)
    to = addresses(emails)
    if lang not in LANGS:
        raise DigestMailError(f"unknown language '{lang}'", "Use --lang fr or --lang en")
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise DigestMailError(f"--min-confidence {min_confidence} is not between 0 and 1", "Give a number from 0 to 1")
    if server and not server.startswith(("http://", "https://")):
        raise DigestMailError(f"'{server}' is not an http(s) address", "Give --server as http://host:port")
    helper = _Store(store)
    for entity in entities:
        helper.resolve(entity)  # NotFound now rather than at each sending
    monitor.add_digest_schedule(store, name, days, to, lang, list(entities), min_confidence, server, replace)
    return monitor.digest_schedule(store, name)


@dataclass
class DigestsSent:
    """What a round of scheduled digests did: (name, first day, last day) of each sent, the
    failures (tried again later) and their errors."""

    sent: list[tuple[str, str, str]] = field(default_factory=list)
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def _midnight(day: date) -> str:
    """The ISO time (UTC) of the start of a local day."""
    return monitor.iso(datetime.combine(day, time()).astimezone())


def send_due(store: Store, at: datetime | None = None) -> DigestsSent:
    """Send the scheduled digests that are due at `at` (default now), each once per period."""
    moment = at or datetime.now(UTC)
    done = DigestsSent()
    rows = monitor.due_digests(store, monitor.iso(moment))
    if not rows:
        return done
    last = moment.astimezone().date() - timedelta(days=1)  # whole days only: up to yesterday
    for row in rows:
        every = int(row["every"])
        first = (date.fromisoformat(row["covered"]) + timedelta(days=1) if row["covered"]
                 else last - timedelta(days=every - 1))
        if first > last:  # its days are not over yet (a digest replaced): due when they are
            monitor.claim_digest(store, row["name"], row["next_send"],
                                 _midnight(first + timedelta(days=every)), row["covered"], row["last_sent"])
            continue
        if not monitor.claim_digest(store, row["name"], row["next_send"],
                                    _midnight(last + timedelta(days=every + 1)), last.isoformat(), monitor.iso(moment)):
            continue  # another watch took it
        try:
            send(store, json.loads(row["emails"]), first.isoformat(), last.isoformat(),
                 json.loads(row["entities"]), row["lang"], row["min_confidence"], row["server"])
        except VeilleError as e:
            wait = min(deliver.retry_seconds() * 2 ** int(row["failures"]), every * 86400.0)
            error = f"digest {row['name']}: {e}"
            monitor.digest_failed(store, row["name"], row["covered"], row["last_sent"], monitor.later(wait, moment),
                                  error)
            done.failed += 1
            done.errors.append(error)
            continue
        monitor.digest_sent(store, row["name"])
        done.sent.append((row["name"], first.isoformat(), last.isoformat()))
    return done
