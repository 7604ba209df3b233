"""The spaCy pipeline per language and the project's own components."""
