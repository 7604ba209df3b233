"""Readers for files, folders, standard input, URLs and feeds; cleaning; language; duplicates."""
