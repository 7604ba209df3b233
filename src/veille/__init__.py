"""Veille: a knowledge base of the AI ecosystem built from news articles."""

__version__ = "0.1.0"
