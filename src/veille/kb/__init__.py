"""The knowledge base: the store, cross-document entity resolution and search."""
