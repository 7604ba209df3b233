"""Deliveries of matches: Atom feeds, webhooks and e-mail.

- Atom: one feed per rule and one for all (`<store>-alerts/all.atom`, `<store>-alerts/RULE.atom`,
  or under $VEILLE_ALERTS_DIR), written again whenever matches are found; `veille serve`
  serves the same feeds at /alerts.atom and /alerts/RULE.atom.
- Webhooks: a JSON POST per match, signed: the header `X-Veille-Signature: sha256=HEX` is
  the HMAC-SHA256 of the body with the secret in the environment variable the rule names
  (default VEILLE_WEBHOOK_SECRET). Any answer but 2xx is a failure.
- E-mail through SMTP: $VEILLE_SMTP_HOST, $VEILLE_SMTP_PORT (587), $VEILLE_SMTP_STARTTLS (1 on
  port 587, else 0), $VEILLE_SMTP_SSL (TLS from the start), $VEILLE_SMTP_USER and
  $VEILLE_SMTP_PASSWORD, $VEILLE_SMTP_FROM, $VEILLE_SMTP_CAFILE (a certificate authority to
  trust besides the system's). One message per match, or one per run for a grouped rule.
  Digests go through the same settings (`veille.watch.digests`).

A webhook or e-mail delivery that fails is tried again after 1, 2, 4 ... times
$VEILLE_RETRY_SECONDS (60), and after $VEILLE_DELIVERY_ATTEMPTS (5) attempts it is dead: kept,
with its error, in the dead letters (`veille alerts dead`, `veille alerts retry`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import smtplib
import ssl
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import httpx

from veille import __version__, config
from veille.errors import DeliveryError, VeilleError
from veille.ingest.fetch import FetchPolicy, check_host, new_client, parse_url
from veille.kb import monitor
from veille.kb.store import Store

ATOM = "http://www.w3.org/2005/Atom"
SIGNATURE = "X-Veille-Signature"
DEFAULT_SECRET_ENV = "VEILLE_WEBHOOK_SECRET"


# --- Atom -----------------------------------------------------------------------------------------

def alerts_dir(db: str | Path) -> Path:
    """Where the Atom files of a store go: $VEILLE_ALERTS_DIR, else beside the store."""
    given = os.environ.get("VEILLE_ALERTS_DIR")
    if given:
        return Path(given)
    text = str(db)
    if text.startswith(("postgresql:", "postgres:")):  # a database: in the current folder, by its name
        name = re.sub(r"\W+", "-", text.split("?")[0].rstrip("/").rsplit("/", 1)[-1]) or "veille"
        return Path(f"{name}-alerts")
    path = Path(db)
    return path.with_name(f"{path.stem}-alerts")


def atom(store: Store, rule_name: str | None = None, base: str | None = None, limit: int = 100) -> bytes:
    """The Atom feed of a rule's matches (of all rules when None), newest first. `base`: the
    address of `veille serve`, for links to the facts' pages."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    rows = monitor.feed_matches(store, rule_name, limit)
    name = rule_name or "all"
    _sub(feed, "id", f"urn:veille:alerts:{name}")
    _sub(feed, "title", f"Veille alerts: {rule_name}" if rule_name else "Veille alerts")
    _sub(feed, "updated", rows[0]["at"] if rows else "1970-01-01T00:00:00Z")
    _sub(feed, "generator", "Veille", version=__version__)
    if base:
        path = f"/alerts/{rule_name}.atom" if rule_name else "/alerts.atom"
        _sub(feed, "link", rel="self", href=base.rstrip("/") + path)
    author = _sub(feed, "author")
    _sub(author, "name", "Veille")
    for row in rows:
        entry = _sub(feed, "entry")
        _sub(entry, "id", f"urn:veille:match:{row['rule']}:{row['item']}")
        _sub(entry, "title", f"[{row['rule']}] {row['title']}")
        _sub(entry, "updated", row["at"])
        if row["published"] and len(row["published"]) == 10:
            _sub(entry, "published", f"{row['published']}T00:00:00Z")
        _sub(entry, "category", term=row["rule"])
        if row["url"]:
            _sub(entry, "link", rel="alternate", href=row["url"])
        if base and row["kind"] == "fact":
            _sub(entry, "link", rel="related", href=f"{base.rstrip('/')}/facts/{row['item']}")
        data = json.loads(row["data"])
        doc = data.get("document") or {}
        lines = [row["sentence"] or row["evidence"] or "", f"{doc.get('title') or doc.get('name') or ''}"
                 f" ({row['published'] or 'undated'})", row["url"] or doc.get("source") or ""]
        _sub(entry, "summary", "\n".join(x for x in lines if x))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        node.text = text
    return node


def write_feeds(store: Store, folder: Path, rule_names: Iterable[str]) -> list[Path]:
    """Write the feed of all rules and of each rule named; the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in [None, *sorted(set(rule_names))]:
        path = folder / f"{name or 'all'}.atom"
        tmp = path.with_suffix(".atom.tmp")
        tmp.write_bytes(atom(store, name))
        tmp.replace(path)  # a reader never sees half a feed
        written.append(path)
    return written


# --- webhooks and e-mail -------------------------------------------------------------------------

def sign(secret: str, body: bytes) -> str:
    """The signature header's value: 'sha256=' and the HMAC-SHA256 of the body, in hex."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def payload(match: Any, event: str = "alert") -> dict[str, Any]:
    """What a webhook receives for a match row (or a sample)."""
    data = json.loads(match["data"]) if isinstance(match["data"], str) else dict(match["data"])
    return {"event": event, "id": match["match_id"] if "match_id" in match.keys() else None,
            "rule": match["rule"], "title": match["title"], "matched_at": match["at"], **data}


def post_webhook(url: str, body: dict[str, Any], secret_env: str | None, policy: FetchPolicy,
                 delivery: str = "") -> None:
    """POST a signed JSON body; DeliveryError unless the receiver answers 2xx."""
    name = secret_env or DEFAULT_SECRET_ENV
    secret = os.environ.get(name, "")
    if not secret:
        raise DeliveryError(f"webhook {url}: no secret in ${name} to sign with",
                            f"Set {name} to the secret the receiver checks")
    data = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
    headers = {"Content-Type": "application/json", SIGNATURE: sign(secret, data),
               "X-Veille-Event": str(body.get("event", "alert")), "X-Veille-Delivery": delivery}
    try:
        parsed = parse_url(url)
        check_host(parsed.raw_host.decode("ascii"), parsed.port or (443 if parsed.scheme == "https" else 80),
                   policy.allow_private, url)
        with new_client(policy) as client:
            response = client.post(url, content=data, headers=headers, timeout=policy.timeout)
    except VeilleError as e:
        raise DeliveryError(f"webhook {e.message}", e.hint) from e
    except httpx.HTTPError as e:
        raise DeliveryError(f"webhook {url}: cannot reach it ({type(e).__name__})",
                            "Check that the receiver runs; it is tried again later") from e
    if not 200 <= response.status_code < 300:
        raise DeliveryError(f"webhook {url}: answered HTTP {response.status_code}",
                            "Check the receiver (its secret, its logs); it is tried again later")


@dataclass
class Smtp:
    """SMTP settings, from the environment."""

    host: str
    port: int = 587
    starttls: bool = True
    tls: bool = False
    user: str | None = None
    password: str | None = None
    sender: str = "veille@localhost"
    cafile: str | None = None
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> Smtp:
        host = os.environ.get("VEILLE_SMTP_HOST", "").strip()
        if not host:
            raise DeliveryError("no SMTP server to send e-mail through",
                                "Set VEILLE_SMTP_HOST (and VEILLE_SMTP_PORT, VEILLE_SMTP_USER, VEILLE_SMTP_PASSWORD)")
        raw = os.environ.get("VEILLE_SMTP_PORT", "587").strip() or "587"
        if not raw.isdigit() or not 0 < int(raw) < 65536:
            raise DeliveryError(f"VEILLE_SMTP_PORT={raw!r} is not a port", "Set it to a number from 1 to 65535")
        port = int(raw)
        tls = _flag("VEILLE_SMTP_SSL", port == 465)
        return cls(host, port, starttls=_flag("VEILLE_SMTP_STARTTLS", port == 587) and not tls, tls=tls,
                   user=os.environ.get("VEILLE_SMTP_USER") or None,
                   password=os.environ.get("VEILLE_SMTP_PASSWORD") or None,
                   sender=os.environ.get("VEILLE_SMTP_FROM") or "veille@localhost",
                   cafile=os.environ.get("VEILLE_SMTP_CAFILE") or None,
                   timeout=config.env_number("VEILLE_FETCH_TIMEOUT", config.FETCH_TIMEOUT))

    def send(self, message: EmailMessage) -> None:
        """Send one message; DeliveryError naming the server when it fails."""
        message["From"] = message["From"] or self.sender
        try:
            context = ssl.create_default_context(cafile=self.cafile)
            if self.tls:
                client: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            with client:
                if self.starttls:
                    client.starttls(context=context)
                if self.user:
                    client.login(self.user, self.password or "")
                client.send_message(message)
        except (OSError, smtplib.SMTPException, ssl.SSLError) as e:
            detail = str(e).replace("\n", " ")[:200] or type(e).__name__
            raise DeliveryError(f"e-mail through {self.host}:{self.port} failed ({detail})",
                                "Check VEILLE_SMTP_* settings and the server; it is tried again later") from e


def _flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    return raw in ("1", "true", "yes", "on")


def message(to: str, rule: str, items: list[dict[str, Any]], sender: str | None = None) -> EmailMessage:
    """An e-mail of one or more matches of a rule."""
    msg = EmailMessage()
    msg["To"] = to
    if sender:
        msg["From"] = sender
    first = items[0]
    msg["Subject"] = (f"[Veille] {rule}: {first['title']}" if len(items) == 1
                      else f"[Veille] {rule}: {len(items)} new matches")
    parts = []
    for item in items:
        evidence = item.get("evidence") or {}
        doc = item.get("document") or {}
        lines = [f"* {item['title']}"]
        if evidence.get("sentence") or evidence.get("text"):
            lines.append(f"  « {evidence.get('sentence') or evidence.get('text')} »")
        lines.append(f"  {doc.get('title') or doc.get('name') or ''} ({doc.get('published') or 'undated'})")
        if doc.get("url") or doc.get("source"):
            lines.append(f"  {doc.get('url') or doc.get('source')}")
        parts.append("\n".join(lines))
    msg.set_content(f"Rule {rule} matched:\n\n" + "\n\n".join(parts) + "\n\n-- \nVeille\n")
    return msg


def html_message(to: list[str], subject: str, text: str, html: str) -> EmailMessage:
    """One e-mail to every address of `to`: HTML with a plain-text alternative (a digest, its
    Markdown as the text)."""
    msg = EmailMessage()
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


# --- the queue ------------------------------------------------------------------------------------

@dataclass
class Delivered:
    """What a delivery run did: deliveries sent, failed (to be tried again) and dead."""

    sent: int = 0
    failed: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.sent} delivered, {self.failed} to try again, {self.dead} dead"


def attempts_allowed() -> int:
    return int(config.env_number("VEILLE_DELIVERY_ATTEMPTS", 5))


def retry_seconds() -> float:
    return config.env_number("VEILLE_RETRY_SECONDS", 60.0)


def deliver(store: Store, policy: FetchPolicy | None = None, at: datetime | None = None) -> Delivered:
    """Send the deliveries that are due (webhooks and e-mail), recording each result."""
    policy = policy or FetchPolicy.from_env()
    moment = at or datetime.now(UTC)
    done = Delivered()
    rows = monitor.due_deliveries(store, monitor.iso(moment))
    emails: dict[tuple[str, str], list[Any]] = {}
    smtp: Smtp | None = None
    for row in rows:
        if row["channel"] == "email":
            key = (row["rule"], row["target"]) if row["grouped"] else (row["rule"], f"{row['target']}#{row['id']}")
            emails.setdefault(key, []).append(row)
            continue
        secrets = {w["url"]: w.get("secret_env") for w in json.loads(row["webhooks"])}
        try:
            post_webhook(row["target"], payload(row), secrets.get(row["target"]), policy, str(row["id"]))
        except DeliveryError as e:
            _failed(store, [row], str(e), moment, done)
            continue
        monitor.delivery_sent(store, [row["id"]])
        done.sent += 1
    for (rule_name, _), group in emails.items():
        try:
            smtp = smtp or Smtp.from_env()
            smtp.send(message(group[0]["target"], rule_name, [payload(r) for r in group]))
        except DeliveryError as e:
            _failed(store, group, str(e), moment, done)
            continue
        monitor.delivery_sent(store, [r["id"] for r in group])
        done.sent += len(group)
    return done


def _failed(store: Store, rows: list[Any], error: str, moment: datetime, done: Delivered) -> None:
    attempts = rows[0]["attempts"] + 1
    dead = attempts >= attempts_allowed()
    wait = retry_seconds() * 2 ** (attempts - 1)
    monitor.delivery_failed(store, [r["id"] for r in rows], error, monitor.later(wait, moment), dead)
    done.errors.append(error)
    if dead:
        done.dead += len(rows)
    else:
        done.failed += len(rows)


def after_ingest(store: Store, db: str | Path, after: int, policy: FetchPolicy | None = None) -> Delivered:
    """What follows an ingest: when it found matches (after the match `after`), the Atom files
    of their rules and of all written again; then the deliveries that are due sent."""
    names = monitor.rules_matched_since(store, after)
    if names:
        write_feeds(store, alerts_dir(db), names)
    return deliver(store, policy)
