"""``python -m graph`` runs the ``vnkg`` command."""

from graph.cli import main

main()
