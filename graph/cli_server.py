"""The ``serve``, ``load`` and ``settings`` commands (registered on the ``vnkg`` click group)."""

from __future__ import annotations

import contextlib
import ctypes.util
import dataclasses
import functools
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click

from graph.rdf import BASE
from graph.settings import Settings, SettingsError, click_options, load_settings, settings_markdown
from graph.sources import file_stem
from graph.store import FORMATS, MEMORY, RDF_FORMATS, StoreError, format_for_path, open_store

__all__ = ["serve", "load", "settings", "COMMANDS", "entry_points", "configure_logging", "server_workers",
           "worker_app"]

#: What ``vnkg serve`` announces, as (label, path); blueprints with pages may add theirs.
ENTRY_POINTS: list[tuple[str, str]] = [
    ("SPARQL endpoint (a browser gets the query page)", "/sparql"),
    ("Graph Store Protocol", "/store"),
]


def entry_points(settings: Settings) -> list[tuple[str, str]]:
    """Return the announced URLs for a server with these settings."""
    host = settings.host
    shown = f"[{host}]" if ":" in host else host
    return [(label, f"http://{shown}:{settings.port}{path}") for label, path in ENTRY_POINTS]


def configure_logging(level: str) -> None:
    """Log to stderr: one line per request (``vnkg.access``), other messages with their level."""
    root = logging.getLogger()
    root.setLevel(level.upper())
    if not any(getattr(h, "_vnkg", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[%(asctime)s] %(levelname)s %(name)s: %(message)s"))
        handler._vnkg = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    access = logging.getLogger("vnkg.access")
    access.setLevel(logging.INFO if level.lower() in ("debug", "info") else logging.WARNING)
    access.propagate = False
    if not access.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        access.addHandler(handler)


def _settings(config: str | None, flags: dict[str, Any]) -> Settings:
    try:
        return load_settings(flags, config=config)
    except SettingsError as e:
        raise click.UsageError(str(e)) from None


# --------------------------------------------------------------------------- serve


@click.command("serve")
@click_options()
def serve(config: str | None, **flags: Any) -> None:
    """Serve the store: SPARQL endpoint, Graph Store and pages, with a production HTTP server."""
    settings = _settings(config, flags)
    on_disk = settings.store not in ("", MEMORY) and not settings.store.startswith(("http://", "https://"))
    workers = server_workers(settings)
    _preload_allocator(settings.allocator)
    configure_logging(settings.log_level)
    # The store is probed while the routes are read (both take a second on a busy machine).
    probe = _start_probe(settings.store, read_only=not settings.update_token) if on_disk else None
    routes = _routes_app(settings)
    if probe is not None:
        _finish_probe(probe, settings.store)
    # What each server process needs to build the app: the settings (flags included) in a private
    # directory the processes share, also where a runaway inline query pauses inlining for all.
    runtime = Path(tempfile.mkdtemp(prefix="vnkg-serve-"))
    try:
        (runtime / "settings.json").write_text(
            json.dumps({"settings": dataclasses.asdict(settings), "on_disk": on_disk}), encoding="utf-8")
        os.environ[RUNTIME_ENV] = str(runtime)
        _announce(settings, routes)
        if settings.server == "gunicorn":
            _run_gunicorn(settings, workers)
        else:
            _run_granian(settings, workers)
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


#: Seconds a server process may take to finish its requests once asked to stop.
SHUTDOWN_GRACE = 2
#: Names the directory ``vnkg serve`` shares with its server processes.
RUNTIME_ENV = "VNKG_SERVE_RUNTIME"
#: After a runaway inline query, queries run only in the killable workers for this long (seconds).
INLINE_PAUSE = 600.0


#: Set in the environment once ``vnkg serve`` has re-run itself with its allocator.
ALLOCATOR_ENV = "VNKG_SERVE_ALLOCATOR"


def _preload_allocator(choice: str) -> None:
    """Re-run this ``vnkg serve`` with jemalloc preloaded, when asked for and installed.

    The engine allocates heavily in aggregates, sorts and joins; with glibc's allocator pyoxigraph
    runs them about a quarter slower than with jemalloc (benchmarks/RESULTS.md). The server
    processes and query workers inherit the preload.
    """
    if choice == "system" or os.environ.get(ALLOCATOR_ENV):
        return
    library = ctypes.util.find_library("jemalloc")
    if library is None:
        if choice == "jemalloc":
            raise click.UsageError("allocator jemalloc: libjemalloc is not installed "
                                   "(Debian: apt-get install libjemalloc2)")
        return
    preload = " ".join(p for p in (os.environ.get("LD_PRELOAD", ""), library) if p)
    env = dict(os.environ, LD_PRELOAD=preload, **{ALLOCATOR_ENV: library})
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, [sys.executable, "-m", "graph", *sys.argv[1:]], env)


def worker_app() -> Any:
    """Build the app in a server process: settings from ``vnkg serve``, watchdog, warm-up."""
    from graph.web import create_app, get_store, warm_up

    runtime = Path(os.environ[RUNTIME_ENV])
    spec = json.loads((runtime / "settings.json").read_text(encoding="utf-8"))
    settings = Settings(**{k: tuple(v) if isinstance(v, list) else v for k, v in spec["settings"].items()})
    configure_logging(settings.log_level)  # in the server process too
    app = create_app(settings)
    store = get_store(app)
    policy = getattr(store, "inline", None)
    if spec["on_disk"] and policy is not None:
        # An inline run past the time limit cannot be stopped in this process: end it (the server
        # starts another), and keep the others from inlining for a while (graph.store.inline).
        pause_file = runtime / "inline-paused-until"
        with contextlib.suppress(OSError, ValueError):
            policy.pause(float(pause_file.read_text(encoding="ascii")))
        store.watchdog.on_runaway = functools.partial(_end_worker, pause_file)
    warm_up(app)  # in the server process, after any fork: threads do not survive one
    return app


def _routes_app(settings: Settings) -> Any:
    """Return the app over an empty in-memory store: its routes, to announce (no store opened)."""
    from graph.store import open_store
    from graph.web import create_app

    return create_app(dataclasses.replace(settings, store=MEMORY), store=open_store(None))


def _run_granian(settings: Settings, workers: int) -> None:
    from granian import Granian
    from granian.constants import HTTPModes, Interfaces, RuntimeModes
    from granian.http import HTTP1Settings
    from granian.log import LogLevels

    Granian(
        "graph.cli_server:worker_app", factory=True, interface=Interfaces.WSGI,
        address=settings.host, port=settings.port, workers=workers,
        # A request thread waits on a query worker for a heavy query; a few per process keep the
        # light ones flowing meanwhile (more only add contention for the interpreter lock).
        blocking_threads=settings.threads, runtime_mode=RuntimeModes.st, http=HTTPModes.http1,
        # Request line and headers together: 16 KiB (long queries go by POST), 30 s to send them.
        http1_settings=HTTP1Settings(header_read_timeout=30_000, max_buffer_size=16_384),
        # On SIGTERM/SIGINT a process still busy after this long is killed, and its query workers
        # with it (they die with their parent): the whole server is gone within seconds.
        respawn_failed_workers=True, workers_kill_timeout=SHUTDOWN_GRACE, websockets=False,
        log_level=LogLevels(settings.log_level.lower()), log_access=False,  # AccessLog logs requests
    ).serve()


def _run_gunicorn(settings: Settings, workers: int) -> None:
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            self.cfg.set("bind", [f"{settings.host}:{settings.port}"])
            self.cfg.set("workers", workers)
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("threads", settings.threads)
            # gthread workers heartbeat from their main loop, so a long query does not trip this
            self.cfg.set("timeout", max(30, int(settings.query_timeout * 3)))
            self.cfg.set("graceful_timeout", SHUTDOWN_GRACE)
            self.cfg.set("accesslog", None)  # graph.web.AccessLog writes one line per request
            self.cfg.set("errorlog", "-")
            self.cfg.set("loglevel", settings.log_level)
            self.cfg.set("proc_name", "vnkg")
            if "control_socket_disable" in self.cfg.settings:  # gunicorn >= 25: no socket in $HOME
                self.cfg.set("control_socket_disable", True)

        def load(self) -> Any:
            return worker_app()

    Server().run()


_PROBE = """
import sys
from graph.store import StoreError, open_store
try:
    open_store(sys.argv[1], read_only=sys.argv[2] == "ro").close()
except StoreError as e:
    print(e, file=sys.stderr)
    sys.exit(3)
"""


def _end_worker(pause_file: Path, description: str, seconds: float) -> None:
    """End this server process at once (its server starts another): a runaway query holds it."""
    logging.getLogger("vnkg.web").critical(
        "ending server process %d: a query has run %.1f s past what it may, and cannot be stopped; "
        "queries run only in the query workers for the next %d s", os.getpid(), seconds, INLINE_PAUSE)
    with contextlib.suppress(OSError):
        pause_file.write_text(str(time.time() + INLINE_PAUSE), encoding="ascii")
    logging.shutdown()
    os._exit(70)


def server_workers(settings: Settings) -> int:
    """Return how many server processes to run: ``workers``, or for 0 one per CPU core when allowed."""
    in_memory = settings.store in ("", MEMORY)
    remote = settings.store.startswith(("http://", "https://"))
    single = in_memory or (not remote and bool(settings.update_token))
    if settings.workers == 0:
        return 1 if single else max(1, os.cpu_count() or 1)
    if settings.workers > 1 and single:
        why = ("an in-memory store lives in one process" if in_memory else
               "the on-disk store is writable from one process only; drop the update token to serve "
               "read-only")
        raise click.UsageError(f"--workers > 1 is not possible here: {why}. Use threads (--threads).")
    return settings.workers


def _start_probe(path: str, read_only: bool) -> Any:
    """Start opening (and creating) the store once, so that a locked or unreadable store fails
    before serving; :func:`_finish_probe` waits for the answer.

    In a child process: the engine must not be initialised in gunicorn's master, whose workers
    are forked from it (RocksDB's background threads do not survive a fork).
    """
    import subprocess

    return subprocess.Popen([sys.executable, "-c", _PROBE, path, "ro" if read_only else "rw"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish_probe(probe: Any, path: str) -> None:
    """Wait for the probe :func:`_start_probe` started; fail with its message."""
    _, stderr = probe.communicate()
    if probe.returncode:
        raise click.ClickException(stderr.strip().splitlines()[-1] if stderr.strip()
                                   else f"cannot open the store at {path}")


def _announce(settings: Settings, app: Any = None) -> None:
    """Print where the server answers: the endpoints, then every page the app serves."""
    mode = "read-write (update token set)" if settings.update_token else "read-only (no update token)"
    click.echo(f"vnkg serving {settings.store} {mode}")
    entries = entry_points(settings)
    for label, url in entries:
        click.echo(f"  {label}: {url}")
    url_map = getattr(app, "url_map", None)
    if url_map is not None:
        root = entries[0][1].rsplit("/", 1)[0]
        known = {path for _, path in ENTRY_POINTS}
        paths = sorted({rule.rule for rule in url_map.iter_rules()
                        if "GET" in (rule.methods or ()) and not rule.arguments and rule.rule not in known
                        and not rule.rule.startswith("/static")})
        for path in paths:
            if not path.startswith("/api/") and not path.endswith(".json"):
                click.echo(f"  page: {root}{path}")
        if any(path.startswith("/api/") for path in paths):
            described = " (described at /openapi.json)" if "/openapi.json" in paths else ""
            click.echo(f"  REST API: {root}/api/{described}")
    sys.stdout.flush()


# --------------------------------------------------------------------------- load

_FORMAT_NAMES = sorted(RDF_FORMATS)


@click.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--graph", "graph_iri", default=None, metavar="IRI",
              help="Named graph to load triples into (default: a graph of the file's own, "
                   "<base>graph/file/<name>, since the default graph is the union of the named graphs; "
                   "the default graph itself when union_default_graph is off). Quads keep their graph.")
@click.option("--format", "format_name", type=click.Choice(_FORMAT_NAMES), default=None,
              help="RDF syntax of the files (default: from each file's extension).")
@click.option("--base", "base_iri", default=None, metavar="IRI",
              help="Base IRI for relative IRIs in the files (default: each file's file: URI).")
@click_options(["store"])
def load(files: tuple[str, ...], graph_iri: str | None, format_name: str | None, base_iri: str | None,
         config: str | None, **flags: Any) -> None:
    """Import RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD, N3), each in one transaction."""
    settings = _settings(config, flags)
    plan = []
    for path in files:
        fmt = FORMATS[format_name] if format_name else format_for_path(path)
        if fmt is None:
            raise click.UsageError(f"{path}: cannot tell the RDF syntax from the extension; give --format")
        plan.append((path, fmt))
    try:
        store = open_store(settings.store, settings=settings)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    try:
        before = len(store)
        started = time.perf_counter()
        for path, fmt in plan:
            base = base_iri or "file://" + os.path.abspath(path)
            target = graph_iri
            if target is None and not fmt.datasets and settings.union_default_graph:
                target = f"{BASE}graph/file/{file_stem(Path(path))}"
            try:
                store.load(path, fmt.name, target, base_iri=base)
            except StoreError as e:
                raise click.ClickException(f"{path}: {e}") from None
            click.echo(f"loaded {path} ({fmt.label})" + (f" into <{target}>" if target else ""))
        after = len(store)
        click.echo(f"{len(plan)} file(s), {after - before} new quads, {after} in the store "
                   f"({time.perf_counter() - started:.2f} s)")
    finally:
        store.close()


# --------------------------------------------------------------------------- settings


@click.command("settings")
@click.option("--markdown", is_flag=True, help="Print the table of all settings (the README's).")
@click_options()
def settings(markdown: bool, config: str | None, **flags: Any) -> None:
    """Show the effective settings (flags > environment > config file > defaults)."""
    if markdown:
        click.echo(settings_markdown(), nl=False)
        return
    for name, value in _settings(config, flags).public().items():
        if isinstance(value, tuple):
            value = ",".join(value)
        click.echo(f"{name} = {value if value is not None else ''}")


COMMANDS = [serve, load, settings]
