"""`python -m veille.cli`."""

from veille.cli import main

main()
