"""Questions answered from the knowledge base, with citations."""

from veille.answer.engine import NOT_FOUND, Answer, Citation, ask

__all__ = ["NOT_FOUND", "Answer", "Citation", "ask"]
