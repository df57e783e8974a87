"""``vnkg explain``: say why the mentions of a person or unit were merged into one entity."""

from __future__ import annotations

import json
import sys

import click

__all__ = ["explain_command"]


@click.command("explain")
@click.argument("entity")
@click.option("--store", "store_path", default="data/store", show_default=True, envvar="VNKG_STORE",
              help="The store to read: a directory (Oxigraph on disk), or ':memory:'.")
@click.option("--base", default=None, envvar="VNKG_BASE",
              help="Base IRI of the entities (default: the ontology's).")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
def explain_command(entity: str, store_path: str, base: str | None, as_json: bool) -> None:
    """Explain ENTITY (an IRI, 'person/…', an id 'person.…' or a name): its mentions, rules and namesakes."""
    from graph.rdf import BASE
    from graph.resolve import explain, explain_lines, find_entities
    from graph.store import StoreError, open_store

    base = base or BASE
    try:
        store = open_store(store_path, read_only=store_path != ":memory:")
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    with store:
        candidates = find_entities(store, entity, base)
        found = [info for info in (explain(store, iri, base) for iri in candidates) if info is not None]
    if not found:
        click.echo(f"no resolved person or unit matches {entity!r} (build the reports first)", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(found if len(found) > 1 else found[0], ensure_ascii=False, indent=1))
        return
    for n, info in enumerate(found):
        if n:
            click.echo("")
        for line in explain_lines(info):
            click.echo(line)
