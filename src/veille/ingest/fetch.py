"""Fetching a URL under a policy: public addresses only, bounded in size and in time.

A URL given to ingest, each redirect it takes and each item of a feed are checked the same way:

- the URL must be http or https, with a host and a port from 1 to 65535;
- every address its host resolves to must be public: loopback, private, link-local, multicast,
  reserved, unspecified, carrier-grade NAT (100.64.0.0/10), cloud metadata addresses and IPv6
  forms of any of these (::ffff:127.0.0.1, 6to4, NAT64) are refused unless the policy allows
  private addresses, cloud metadata addresses even then. Numeric spellings (2130706433, 0x7f.1,
  017700000001) are caught because the addresses checked are those the system resolver
  returns, not the URL's text;
- redirects are followed by hand, each hop checked again, at most `max_redirects` of them;
- the body is streamed and stops at `max_bytes`, both as sent (Content-Length first) and once
  decompressed: gzip and deflate are decoded here with a bounded output, so a small compressed
  body cannot expand past the limit in memory;
- `timeout` bounds connecting and each read; `deadline` bounds the whole URL (connection,
  headers, body), so a server sending a byte now and then is cut at the deadline.

DNS rebinding: the check and the connection use the same resolution. The client's transport
uses an httpcore network backend that resolves the host itself, checks every address and
connects only to those addresses (TLS still verifies the URL's host name: httpcore passes it as
the server name). A name that resolves to a public address for the first lookup and to
127.0.0.1 for the next is refused when connecting. Every hop is also checked before its request,
so that the refusal names the URL. The transport replaces the connection pool of an
`httpx.HTTPTransport` (its `_pool` attribute, stable since httpx 0.23), because httpx takes no
network backend as an argument.

Limits: when a proxy is configured in the environment (HTTP_PROXY...), httpx connects to the
proxy, which resolves the host itself: only the check before the request applies. Name
resolution cannot be interrupted, so a slow resolver may overrun the deadline.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
import time
import zlib
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, fields
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from veille import config
from veille.errors import FetchError, FetchRefused, InputError, VeilleError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

PRIVATE_HINT = "Use --allow-private-urls (or VEILLE_ALLOW_PRIVATE_URLS=1) to fetch from your own network"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
METADATA = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254",  # AWS, Google Cloud, Azure, OpenStack, DigitalOcean...
    "169.254.170.2",  # AWS container credentials
    "168.63.129.16",  # Azure host services (a public address)
    "100.100.100.200",  # Alibaba Cloud
    "fd00:ec2::254",  # AWS over IPv6
))
CGNAT = ipaddress.ip_network("100.64.0.0/10")
NAT64 = ipaddress.ip_network("64:ff9b::/96")
ENV = {  # policy field -> environment variable
    "allow_private": "VEILLE_ALLOW_PRIVATE_URLS",
    "max_bytes": "VEILLE_MAX_BYTES",
    "timeout": "VEILLE_FETCH_TIMEOUT",
    "deadline": "VEILLE_FETCH_DEADLINE",
    "max_redirects": "VEILLE_MAX_REDIRECTS",
    "max_feed_items": "VEILLE_MAX_FEED_ITEMS",
}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")


@dataclass(frozen=True)
class FetchPolicy:
    """What may be fetched and how much. Defaults come from `veille.config`;
    `from_env` applies the VEILLE_* environment variables over them."""

    allow_private: bool = False
    max_bytes: int = field(default_factory=lambda: config.MAX_BYTES)
    timeout: float = field(default_factory=lambda: config.FETCH_TIMEOUT)  # connect, each read
    deadline: float = field(default_factory=lambda: config.FETCH_DEADLINE)  # one URL in all
    max_redirects: int = field(default_factory=lambda: config.MAX_REDIRECTS)
    max_feed_items: int = field(default_factory=lambda: config.MAX_FEED_ITEMS)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None,
                 allow_private: bool | None = None) -> FetchPolicy:
        """The defaults, then the environment, then `allow_private` when given (a CLI flag)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV[f.name], "").strip()
            if raw:
                values[f.name] = _parse(ENV[f.name], raw, f.name)
        if allow_private:
            values["allow_private"] = True
        return cls(**values)


def _parse(name: str, raw: str, key: str) -> bool | int | float:
    if key == "allow_private":
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise VeilleError(f"{name}={raw!r} is not 1 or 0", f"Set {name}=1 to allow private addresses, or unset it")
    try:
        value: int | float = float(raw) if key in ("timeout", "deadline") else int(raw)
    except ValueError:
        value = -1
    least = 0 if key == "max_redirects" else 1
    if value < least or value != value:  # negative, zero where it makes no sense, or NaN
        kind = "a number of seconds" if key in ("timeout", "deadline") else "a whole number"
        raise VeilleError(f"{name}={raw!r} is not {kind} of at least {least}",
                          f"Set {name} to such a number, or unset it")
    return value


@dataclass
class Fetched:
    """A fetched body: the final URL (after redirects, without credentials), the content type
    (lower case) and the decoded bytes."""

    url: str
    content_type: str
    data: bytes


# --- URLs and addresses -------------------------------------------------------------------------

def looks_like_url(item: str) -> bool:
    """'scheme://...': an address to fetch (or to refuse with a reason), not a file path."""
    return bool(_SCHEME.match(item))


def redact(url: str) -> str:
    """The URL without user name and password ('https://u:p@host/a' -> 'https://host/a')."""
    return _USERINFO.sub(r"\1", url)


def parse_url(url: str) -> httpx.URL:
    """Check a URL's form (http/https, a host, a port from 1 to 65535, well-formed IPv6)."""
    shown = redact(url)
    hint = ("Check the address: it is http:// or https://, a host, an optional port from 1 "
            "to 65535 (an IPv6 host goes in brackets: http://[2001:db8::1]/)")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise InputError(f"{shown}: not a valid address ({e})", hint) from e
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"{shown}: only http and https addresses are fetched, not {scheme or 'this one'}",
                         "Give an http:// or https:// address, or a file path")
    if not parts.hostname:
        raise InputError(f"{shown}: the address has no host", hint)
    if port == 0:
        raise InputError(f"{shown}: port 0 is not a port", hint)
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as e:
        raise InputError(f"{shown}: not a valid address ({e})", hint) from e
    if not parsed.raw_host:
        raise InputError(f"{shown}: the address has no host", hint)
    return parsed


def classify(address: str | IPAddress) -> str | None:
    """Why an address is not a public one ('a loopback address'...), or None if it is."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            ip = ipaddress.IPv6Address(int(ip))
        v4 = _embedded_ipv4(ip)
        if v4 is not None:  # reaches that IPv4 address: judged as it is
            reason = classify(v4)
            return f"an IPv6 form of {v4}, {reason}" if reason else None
    if ip in METADATA:
        return "a cloud metadata address"
    if ip.is_unspecified:
        return "an unspecified address (it reaches this machine)"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip in CGNAT:
        return "a carrier-grade NAT address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_reserved:
        return "a reserved address"
    if ip.is_private:
        return "a private address"
    if not ip.is_global:
        return "not a public address"
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the system resolver gives for a host, in its order, without repeats."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    found: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]))
        if ip not in found:
            found.append(ip)
    return found


def check_host(host: str, port: int, allow_private: bool = False, label: str | None = None) -> list[IPAddress]:
    """Resolve a host and refuse it (FetchRefused) if any of its addresses is not public.
    `label` names the URL in messages. Returns the addresses."""
    label = label or host
    try:
        addresses = resolve(host, port)
    except (OSError, UnicodeError) as e:
        reason = getattr(e, "strerror", None) or str(e)
        raise FetchError(f"{label}: cannot resolve {host} ({reason})",
                         "Check the address and your network") from e
    for ip in addresses:
        reason = classify(ip)
        if reason and "metadata" in reason:  # credentials of the machine: never, even when private is allowed
            raise FetchRefused(f"{label}: resolves to {ip}, {reason}",
                               "Cloud metadata addresses are never fetched, even with --allow-private-urls")
        if reason and not allow_private:
            raise FetchRefused(f"{label}: resolves to {ip}, {reason}", PRIVATE_HINT)
    return addresses


# --- the transport: connect to the addresses checked, within the deadline --------------------------

@dataclass
class _Current:
    label: str  # the URL being fetched, as shown in messages
    deadline: float  # time.monotonic() value


_CURRENT: ContextVar[_Current | None] = ContextVar("veille_fetch", default=None)


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """A socket timeout no later than the current URL's deadline."""
    current = _CURRENT.get()
    if current is None:
        return timeout
    remaining = current.deadline - time.monotonic()
    if remaining <= 0:
        raise error("deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname,
                                             _bounded(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _PinnedBackend(httpcore.NetworkBackend):
    """Resolves, checks, then connects to the addresses checked (never resolves twice)."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        current = _CURRENT.get()
        label = current.label if current else host
        try:
            addresses = check_host(host, port, self.allow_private, label)
        except FetchRefused:
            raise
        except FetchError as e:
            raise httpcore.ConnectError(e.message) from e
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for ip in addresses:
            try:
                stream = self._inner.connect_tcp(str(ip), port, _bounded(timeout, httpcore.ConnectTimeout),
                                                 local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                error = e
                continue
            return _Stream(stream)
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("Unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """An httpx transport that connects only to addresses it has checked (see the module)."""

    def __init__(self, allow_private: bool = False) -> None:
        super().__init__()
        self._pool.close()
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                             network_backend=_PinnedBackend(allow_private))


def new_client(policy: FetchPolicy) -> httpx.Client:
    """An httpx client for `policy`: checked connections, no automatic redirects."""
    return httpx.Client(transport=PinnedTransport(policy.allow_private), follow_redirects=False,
                        timeout=policy.timeout,
                        headers={"User-Agent": config.USER_AGENT, "Accept-Encoding": "gzip, deflate"})


# --- fetching -------------------------------------------------------------------------------------

class Fetcher:
    """Fetches URLs one after the other under one policy, over one client (kept-alive
    connections). Every failure is an InputError naming the URL and what to do."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy.from_env()
        self.client = new_client(self.policy)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str) -> Fetched:
        shown = redact(url)
        current = _Current(shown, time.monotonic() + self.policy.deadline)
        token = _CURRENT.set(current)
        try:
            return self._follow(url, current)
        except httpx.TimeoutException as e:
            if time.monotonic() >= current.deadline - 0.05:
                raise self._too_slow(current.label) from e
            raise FetchError(f"{current.label}: timed out (nothing for {self.policy.timeout:g} s)",
                             "Try again later or check the address") from e
        except httpx.HTTPError as e:
            raise FetchError(f"{current.label}: cannot reach it ({type(e).__name__})",
                             "Check the address and your network") from e
        finally:
            _CURRENT.reset(token)

    def _too_slow(self, label: str) -> FetchRefused:
        return FetchRefused(f"{label}: not fetched within the {self.policy.deadline:g} s deadline",
                            "Try again later, or raise VEILLE_FETCH_DEADLINE")

    def _follow(self, url: str, current: _Current) -> Fetched:
        target = url
        for _hop in range(self.policy.max_redirects + 1):
            try:
                parsed = parse_url(target)
            except InputError as e:  # named by the address asked for, then where it led
                if target == url:
                    raise
                raise FetchRefused(f"{redact(url)}: redirected to {e.message}", e.hint) from e
            if target != url:
                current.label = f"{redact(url)} (redirected to {redact(target)})"
            check_host(parsed.raw_host.decode("ascii"), parsed.port or _default_port(parsed),
                       self.policy.allow_private, current.label)
            with self.client.stream("GET", parsed) as response:
                location = response.headers.get("location")
                if response.status_code in REDIRECTS and location:
                    try:
                        target = str(response.url.join(location.strip()))
                    except (httpx.InvalidURL, ValueError) as e:
                        raise FetchError(f"{current.label}: redirects to an invalid address "
                                         f"({redact(location)})", "Check the address") from e
                    continue
                if response.status_code >= 400:
                    raise FetchError(f"{current.label}: HTTP {response.status_code}",
                                     "Check the address; the page may have moved or been removed")
                data = self._body(response, current)
                ctype = response.headers.get("content-type", "").lower()
                return Fetched(redact(str(response.url)), ctype, data)
        raise FetchRefused(f"{redact(url)}: more than {self.policy.max_redirects} redirects",
                           "Check the address in a browser; raise VEILLE_MAX_REDIRECTS if the site needs more")

    def _body(self, response: httpx.Response, current: _Current) -> bytes:
        limit = self.policy.max_bytes
        length = response.headers.get("content-length", "").strip()
        if length.isdigit() and int(length) > limit:
            raise self._too_large(current.label, f" (it announces {int(length) / 1e6:.1f} MB)")
        decoder = _Decoder(response.headers.get("content-encoding", ""), current.label)
        body = bytearray()
        sent = 0
        for chunk in response.iter_raw():
            sent += len(chunk)
            if sent > limit:
                raise self._too_large(current.label)
            body += decoder.decode(chunk, limit - len(body) + 1)
            if len(body) > limit:
                raise self._too_large(current.label, " once decompressed")
            if time.monotonic() > current.deadline:
                raise self._too_slow(current.label)
        body += decoder.flush(limit - len(body) + 1)
        if len(body) > limit:
            raise self._too_large(current.label, " once decompressed")
        return bytes(body)

    def _too_large(self, label: str, detail: str = "") -> FetchRefused:
        return FetchRefused(f"{label}: larger than the {_size(self.policy.max_bytes)} limit for one "
                            f"article{detail}", "Check that the address is one article; raise "
                            "VEILLE_MAX_BYTES if it is")


def fetch(url: str, policy: FetchPolicy | None = None) -> Fetched:
    """Fetch one URL under `policy` (the environment's by default)."""
    with Fetcher(policy) as fetcher:
        return fetcher.get(url)


def _default_port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _size(n: int) -> str:
    return f"{n // 2**20} MB" if n >= 2**20 and n % 2**20 == 0 else f"{n} bytes"


class _Decoder:
    """Content-Encoding gzip or deflate decoded with a bounded output; identity passed on."""

    def __init__(self, encoding: str, label: str) -> None:
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        self.label = label
        self._raw_fallback = False
        self._z: Any = None
        if not codings:
            return
        if len(codings) > 1 or codings[0] not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(f"{label}: sent compressed as '{encoding}', which Veille does not read",
                             "Try again later; the server should honour Accept-Encoding: gzip")
        if codings[0] == "deflate":
            self._z = zlib.decompressobj()
            self._raw_fallback = True  # some servers send raw deflate without the zlib header
        else:
            self._z = zlib.decompressobj(32 + zlib.MAX_WBITS)  # a gzip or zlib header

    def decode(self, data: bytes, room: int) -> bytes:
        """At most `room` bytes of decoded data (exactly `room` when there is more)."""
        if self._z is None:
            return data
        try:
            out: bytes = self._z.decompress(data, room)
        except zlib.error as e:
            if not self._raw_fallback:
                raise self._corrupt() from e
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
            self._raw_fallback = False
            return self.decode(data, room)
        self._raw_fallback = False
        return out

    def flush(self, room: int) -> bytes:
        if self._z is None:
            return b""
        try:  # decode() consumed all the input unless it already filled its room
            out: bytes = self._z.flush()
            return out[:room]
        except zlib.error as e:
            raise self._corrupt() from e

    def _corrupt(self) -> FetchError:
        return FetchError(f"{self.label}: its compressed body is corrupt",
                          "Try again later or check the address")
