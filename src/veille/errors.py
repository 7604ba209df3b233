"""Domain errors. Each carries a code and says what to do next; the CLI prints them on one line."""

from __future__ import annotations


class VeilleError(Exception):
    """Base class: `code` identifies the error, `hint` says how to fix it."""

    code = "V000"

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __reduce__(self) -> tuple[type[VeilleError], tuple[str, str]]:
        return type(self), (self.message, self.hint)  # crosses from worker processes whole

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text}. {self.hint}" if self.hint else text


class InputError(VeilleError):
    """An item given to ingest cannot be read or is not an article."""

    code = "V100"


class FetchError(InputError):
    """A URL or feed could not be fetched."""

    code = "V101"


class FeedError(InputError):
    """A feed could not be parsed."""

    code = "V102"


class FetchRefused(InputError):
    """A URL the fetch policy refuses: a private address, too large, too slow, too many hops."""

    code = "V103"


class ClusterError(VeilleError):
    """The Dask cluster given to ingest (`--dask`) cannot be used: Dask is not installed, the
    address is malformed, or its scheduler cannot be reached."""

    code = "V104"


class StoreError(VeilleError):
    """The knowledge-base store cannot be opened or written."""

    code = "V200"


class StoreDamaged(StoreError):
    """The store file is damaged: SQLite cannot read some of its pages."""

    code = "V201"


class StoreMissing(StoreError):
    """No store at the path given to a command that only reads."""

    code = "V202"


class StoreReadOnly(StoreError):
    """The store may be read but not written (file permissions)."""

    code = "V203"


class StoreBusy(StoreError):
    """Another process holds the store's write lock for longer than the wait allows."""

    code = "V204"


class StoreUnreachable(StoreError):
    """The PostgreSQL server of a store cannot be reached (down, wrong address, refused)."""

    code = "V205"


class StoreNotEmpty(StoreError):
    """`veille copy` into a store that holds documents already."""

    code = "V206"


class NotFound(VeilleError):
    """A named entity, document or fact is not in the store."""

    code = "V300"


class ModelError(VeilleError):
    """A language model package is missing or broken."""

    code = "V400"


class AnnotationError(VeilleError):
    """The pipeline failed on a document (the others of its batch are annotated)."""

    code = "V500"


class AnnotationTimeout(AnnotationError):
    """The pipeline took longer than its time limit on a document (stopped; the others of its
    batch are annotated)."""

    code = "V501"


class RuleError(VeilleError):
    """A watch rule cannot be made as given: a bad --where, an unknown fact type, a bad option."""

    code = "V600"


class UnknownRule(NotFound):
    """No watch rule of that name."""

    code = "V601"


class SourceError(VeilleError):
    """A source to follow cannot be added, or is not followed."""

    code = "V610"


class DeliveryError(VeilleError):
    """An alert could not be delivered (webhook, e-mail) or its settings are wrong."""

    code = "V620"


class DigestMailError(VeilleError):
    """A digest cannot be sent or scheduled as asked: a bad address, period or name."""

    code = "V650"


class UnknownDigestSchedule(NotFound):
    """No scheduled digest of that name."""

    code = "V651"
