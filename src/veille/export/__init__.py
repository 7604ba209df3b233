"""Exports in the shapes FORMAT.md fixes: entities and facts as JSON lines."""
