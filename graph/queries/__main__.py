"""Print the README's example-queries section for a store: ``python -m graph.queries [STORE]``."""

import sys

from graph.queries import markdown
from graph.store import open_store

with open_store(sys.argv[1] if len(sys.argv) > 1 else "data/store", read_only=True) as store:
    print(markdown(store), end="")
