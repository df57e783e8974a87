"""The ``vnkg`` command: extract, build, validate (serve, load, export, explain: imported when named)."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from graph import __version__
from graph.settings import click_options

__all__ = ["main"]

DEFAULT_REPORTS = "data/reports"


# Commands that live in their own modules: name → module. They are imported when named (or when the
# help lists them): the server's imports (flask, the web views) cost a build ~1 s of start-up.
LAZY_COMMANDS = {
    "serve": "graph.cli_server", "load": "graph.cli_server", "settings": "graph.cli_server",
    "export": "graph.cli_export", "explain": "graph.cli_resolve",
}


class _LazyGroup(click.Group):
    """A command group that imports a command's module only when the command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = set(super().list_commands(ctx))
        names.update(name for name in LAZY_COMMANDS if self.get_command(ctx, name) is not None)
        return sorted(names)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None or cmd_name not in LAZY_COMMANDS:
            return command
        try:
            mod = __import__(LAZY_COMMANDS[cmd_name], fromlist=[cmd_name])
        except ImportError:
            return None
        command = getattr(mod, f"{cmd_name}_command", None) or getattr(mod, cmd_name, None)
        if not isinstance(command, click.Command):
            return None
        self.add_command(command, cmd_name)
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnkg")
def main() -> None:
    """Build knowledge graphs from Vietnamese government and police news reports, and serve them."""


@main.command("extract")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory for one <report stem>.json per report (required for a directory).",
)
def extract_command(source: Path, output: Path | None) -> None:
    """Print one report's facts as JSON, or write OUT/<stem>.json for each report under a directory.

    A JSON Lines file holds one report a record: printed one JSON document a line, or written one
    file a record.
    """
    from graph.build import ReportError, extract_reports, find_reports

    if source.is_dir() and output is None:
        raise click.UsageError("extracting a directory needs -o/--output DIR")
    done = failed = 0
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
    for path in find_reports([source]):
        results = list(extract_reports(path))
        for stem, facts in results:
            if isinstance(facts, ReportError):
                click.echo(f"error: {facts}", err=True)
                failed += 1
                continue
            done += 1
            if output is not None:
                data = json.dumps(facts.to_json(), ensure_ascii=False, indent=1)
                (output / f"{stem}.json").write_text(data + "\n", encoding="utf-8")
            elif len(results) > 1:
                click.echo(json.dumps(facts.to_json(), ensure_ascii=False))
            else:
                click.echo(json.dumps(facts.to_json(), ensure_ascii=False, indent=1))
    if output is not None:
        click.echo(f"{done} of {done + failed} reports extracted into {output}", err=True)
    if failed:
        sys.exit(1)


@main.command("build")
@click.argument("sources", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the graph to a file (.trig, .nq, .ttl, .jsonld); may be repeated.",
)
@click.option(
    "-j",
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Extract in this many processes.",
)
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation of each report's graph.")
@click.option("--full", is_flag=True, help="Rebuild every report, even those whose text is unchanged.")
@click_options(["store", "update_url", "gsp_url", "base_iri"])
def build_command(
    sources: tuple[Path, ...],
    outputs: tuple[Path, ...],
    jobs: int,
    no_validate: bool,
    full: bool,
    config: str | None = None,
    **flags: object,
) -> None:
    """Extract every report under SOURCES (default data/reports) into the store, one named graph each."""
    from tqdm import tqdm

    from graph.build import build, find_reports
    from graph.store.base import format_for_path

    settings = _settings(flags, config)
    base = settings.base_iri
    for out in outputs:
        if format_for_path(out) is None:
            raise click.BadParameter(
                f"{out}: unknown RDF file type (use .trig, .nq, .ttl, .nt, .jsonld, .rdf)",
                param_hint="--output",
            )
    paths = list(sources) or [Path(DEFAULT_REPORTS)]
    many = len(find_reports(paths)) > 5

    def progress(items, total):
        return tqdm(items, total=total, unit="report", desc="building", disable=not many, file=sys.stderr)

    with _open(settings) as store, _build_failures():
        if full:
            for iri in store.graphs():
                if iri.startswith(f"{base}graph/"):
                    store.drop_graph(iri)
        summary = build(paths, store, base=base, jobs=jobs, validate_graph=not no_validate, progress=progress)
        for out in outputs:
            fmt = format_for_path(out)
            with out.open("wb") as handle:
                if fmt.datasets:
                    store.dump(fmt.name, None, handle)
                else:
                    # A triples-only format holds the union of the graphs.
                    from rdflib import Dataset, Graph

                    from graph.rdf import bind_prefixes

                    data = Dataset()
                    data.parse(data=store.dump("nquads"), format="nquads")
                    merged = bind_prefixes(Graph())
                    for s_, p_, o_, _ in data.quads((None, None, None, None)):
                        merged.add((s_, p_, o_))
                    handle.write(merged.serialize(format=_rdflib_name(fmt.name), encoding="utf-8"))
            click.echo(f"wrote {out}", err=True)
    for line in summary.lines():
        click.echo(line)
    if _worth_preparing(summary):
        _return_freed_memory()
        _prepare_views(settings)
    else:
        click.echo("the graph view is left to the server, which builds it in the background", err=True)
    if summary.failed:
        sys.exit(1)


# A store of this many reports takes tens of seconds to project (20 s of CPU at 5,000 reports):
# an increment smaller than INCREMENT_SHARE of it leaves the projection to the server, which
# answers at once and builds it in the background (issue 19), so a small increment stays quick.
LARGE_STORE = 1000
INCREMENT_SHARE = 0.1


def _worth_preparing(summary) -> bool:
    """Return whether a build should prepare the graph view itself (not leave it to the server)."""
    changed = summary.count("built") + summary.count("removed")
    stored = summary.count("built") + summary.count("unchanged")
    return stored < LARGE_STORE or changed >= INCREMENT_SHARE * stored


def _return_freed_memory() -> None:
    """Give the memory the build freed back to the system before the graph view is built beside it.

    The C allocator keeps freed blocks for reuse; after a corpus build ~100 MB of them sit in the
    process, and the view (~500 MB at 5,000 reports) would be counted on top of them. Only glibc
    has ``malloc_trim``; elsewhere nothing is done.
    """
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _prepare_views(settings) -> None:
    """Build the graph view (search index, projection) into the store's cache, so a server starts ready."""
    from graph.network import GraphView
    from graph.store import StoreError

    try:
        store = _open(settings, read_only=True)
    except click.ClickException:
        return
    try:
        if getattr(store, "location", None) is None:
            return  # in memory or remote: nothing to keep beside the data
        GraphView(store, settings.base_iri, background=False).get()
    except StoreError as err:  # the server builds it in the background instead
        click.echo(f"warning: the graph view was not prepared ({err})", err=True)
    finally:
        store.close()


def _settings(flags: dict, config: str | None):
    """Return the effective settings, or stop with the reason a setting is wrong."""
    from graph.settings import SettingsError, load_settings

    try:
        return load_settings(flags, config=config)
    except SettingsError as err:
        raise click.UsageError(str(err)) from None


def _open(settings, *, read_only: bool = False):
    """Open the store the settings name, or stop with the reason it cannot be opened."""
    from graph.store import StoreError, open_store

    try:
        return open_store(settings.store, read_only=read_only, settings=settings)
    except StoreError as err:
        raise click.ClickException(str(err)) from None


@contextlib.contextmanager
def _build_failures() -> Iterator[None]:
    """Stop a build that the store fails (a remote down, slow, refusing) with the reason and what to do."""
    from graph.store import StoreError

    try:
        yield
    except StoreError as err:
        raise click.ClickException(
            f"the store failed during the build: {err}\nEvery report written so far is whole (a report's "
            "graph is replaced in one request); run the same build again to finish it: reports already "
            "written are skipped.") from None


def _rdflib_name(name: str) -> str:
    return {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "jsonld": "json-ld", "n3": "n3"}[name]


@main.command("validate")
@click.argument("source", required=False, type=click.Path(exists=True, path_type=Path))
@click_options(["store"])
def validate_command(source: Path | None, config: str | None = None, **flags: object) -> None:
    """Check a build (the store, or an RDF file) against the SHACL shapes; list each violation."""
    from rdflib import Dataset, Graph

    from graph.rdf import ONTOLOGY_GRAPH
    from graph.store.base import format_for_path
    from graph.validate import describe, validate

    graphs: list[tuple[str, Graph]] = []
    if source is not None:
        fmt = format_for_path(source)
        if fmt is None:
            raise click.BadParameter(f"{source}: unknown RDF file type", param_hint="SOURCE")
        if fmt.datasets:
            ds = Dataset()
            ds.parse(source, format={"trig": "trig", "nquads": "nquads"}[fmt.name])
            graphs = [
                (str(g.identifier), g) for g in ds.graphs() if len(g) and g.identifier != ONTOLOGY_GRAPH
            ]
        else:
            graph = Graph()
            graph.parse(source, format=_rdflib_name(fmt.name))
            graphs = [(str(source), graph)]
    else:
        with _open(_settings(flags, config), read_only=True) as store:
            for iri in store.graphs():
                if iri != str(ONTOLOGY_GRAPH):
                    graph = Graph()
                    graph.parse(data=store.dump("ntriples", iri), format="nt")
                    graphs.append((iri, graph))
    total = problems = 0
    for name, graph in graphs:
        total += len(graph)
        for v in validate(graph):
            problems += 1
            click.echo(f"{name}: {describe(v)}")
    click.echo(f"{len(graphs)} graphs, {total} triples checked, {problems} violations")
    if problems:
        sys.exit(1)
