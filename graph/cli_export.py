"""``vnkg export``: write the graph for drawing tools, or an RDF dump, from a built store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from graph.export import FORMATS, export
from graph.network import GraphError, NodeNotFound, graph_view
from graph.settings import SettingsError, click_options, load_settings

__all__ = ["export_command"]

_BY_EXTENSION = {f.extension: name for name, f in FORMATS.items()} | {"json": "d3", "nq": "nquads"}


@click.command("export")
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS)), default=None,
              help="Export format (default: guessed from the -o file's extension).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write (default: standard output).")
@click.option("--focus", default=None, metavar="ID", help="Export only this entity's neighbourhood.")
@click.option("--report", default=None, metavar="ID", help="Export only what this report states.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
              help="Links from the focus entity.")
@click.option("--type", "types", default=None, metavar="TYPES",
              help="Export only these node types (comma-separated: person,org,post,event,task,place).")
@click_options(["store", "base_iri"])
def export_command(fmt: str | None, output: str | None, focus: str | None, report: str | None, depth: int,
                   types: str | None,
                   config: str | None = None, **flags: Any) -> None:
    """Export the graph (graphml, gexf, d3, cytoscape, dot) or dump the RDF (turtle, trig, nquads, jsonld)."""
    from graph.store import StoreError, open_store

    if fmt is None:
        ext = Path(output).suffix.lstrip(".").lower() if output else ""
        fmt = _BY_EXTENSION.get(ext)
        if fmt is None:
            raise click.UsageError("give --format (or an -o file whose extension names one)")
    try:
        settings = load_settings(flags, config=config)
    except SettingsError as e:
        raise click.UsageError(str(e)) from None
    remote = settings.store.startswith(("http://", "https://"))
    if settings.store not in ("", ":memory:") and not remote and not Path(settings.store).exists():
        raise click.ClickException(f"no store at {settings.store}: run `vnkg build` first")
    try:
        read_only = settings.store not in ("", ":memory:")
        store = open_store(settings.store, read_only=read_only, settings=settings)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    try:
        result = export(graph_view(store, settings.base_iri), fmt, focus=focus, depth=depth, types=types,
                        report=report)
    except (GraphError, NodeNotFound) as e:
        raise click.ClickException(str(e)) from None
    finally:
        store.close()
    if output:
        Path(output).write_bytes(result.data)
        click.echo(f"wrote {output} ({fmt}, {len(result.data)} bytes)", err=True)
    else:
        sys.stdout.buffer.write(result.data)
        sys.stdout.buffer.flush()
