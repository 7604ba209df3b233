"""Typed facts with normalised values, each tied to the words that state it."""
