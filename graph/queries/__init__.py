"""Example SPARQL queries over a build: shown in the README and offered on the SPARQL page.

Each ``.rq`` file here is one example; its first line, a comment, is its title.
``python -m graph.queries STORE`` prints the README section, every query with its result.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

__all__ = ["Example", "examples", "markdown"]


@dataclass(frozen=True)
class Example:
    """One example query."""

    name: str  # file stem, e.g. '01-posts'
    title: str
    query: str


def examples() -> list[Example]:
    """Return the example queries in file order."""
    found = []
    for item in sorted(resources.files(__name__).iterdir(), key=lambda p: p.name):
        if item.name.endswith(".rq"):
            text = item.read_text(encoding="utf-8")
            title = text.splitlines()[0].lstrip("# ").strip()
            found.append(Example(item.name[:-3], title, text))
    return found


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = str(getattr(value, "value", value))
    return text.replace("|", "\\|")


def markdown(store) -> str:
    """Return the README's example-queries section: each query and the table of its results."""
    parts = []
    for example in examples():
        rows = store.select(example.query)
        header = rows[0].keys() if rows else []
        table = []
        if header:
            table.append("| " + " | ".join(header) + " |")
            table.append("|" + "---|" * len(header))
            for row in rows:
                table.append("| " + " | ".join(_cell(row[k]) for k in header) + " |")
        else:
            table.append("(no rows)")
        parts.append(
            f"### {example.title}\n\n```sparql\n{example.query.rstrip()}\n```\n\n" + "\n".join(table)
        )
    return "\n\n".join(parts) + "\n"
