"""`python -m bot` is `tzk`."""

from .cli import main

main()
