"""Settings: each declared once (name, type, default, help) in :class:`Settings`.

Every setting can be given, from strongest to weakest, as a command-line flag (``--query-timeout``),
an environment variable (``VNKG_QUERY_TIMEOUT``), a key in a TOML config file (``query_timeout =
5``, the file named by ``--config`` or ``VNKG_CONFIG``), or left at its default.
:func:`settings_markdown` renders the table the README's "Settings" section shows.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "Settings",
    "SettingsError",
    "SETTINGS",
    "load_settings",
    "settings_markdown",
    "click_options",
    "ENV_PREFIX",
    "CONFIG_ENV",
]

ENV_PREFIX = "VNKG_"
CONFIG_ENV = "VNKG_CONFIG"


class SettingsError(ValueError):
    """A setting has a value of the wrong type, or the config file is unreadable."""


def setting(default: Any, help: str, *, secret: bool = False, cli: bool = True) -> Any:
    """Declare a setting: its default and a one-line help (shown by --help and in the README)."""
    return field(default=default, repr=not secret, metadata={"help": help, "secret": secret, "cli": cli})


@dataclass(frozen=True)
class Settings:
    """The server's and the store's configuration (immutable; make new ones with ``replace``)."""

    host: str = setting("127.0.0.1", "Interface the server listens on.")
    port: int = setting(5000, "TCP port the server listens on.")
    store: str = setting(
        "data/store", "Store location: a directory (Oxigraph on disk), `:memory:`, or the http(s) URL of a "
        "remote SPARQL query endpoint (see Running with a remote store).")
    update_url: str | None = setting(
        None, "SPARQL Update endpoint of a remote store; unset: updates go to the `store` URL.")
    gsp_url: str | None = setting(
        None, "Graph Store Protocol endpoint of a remote store, used to write and read whole graphs; unset: "
        "graphs are written with SPARQL Update.")
    remote_user: str | None = setting(None, "User name for HTTP Basic authentication to a remote store.")
    remote_password: str | None = setting(
        None, "Password for HTTP Basic authentication to a remote store.", secret=True)
    remote_token: str | None = setting(
        None, "Bearer token sent to a remote store (instead of a user and password).", secret=True)
    remote_timeout: float = setting(
        60.0, "Seconds to wait for a remote store to connect and for each part of its answer; 0: no limit.")
    remote_retries: int = setting(
        3, "Times a request to a remote store is retried, with back-off, when the remote cannot be reached "
        "or answers 429/502/503/504 (writes that may not be repeated are retried only when not sent).")
    remote_batch_bytes: int = setting(
        16777216, "Largest request body sent to a remote store; a larger graph is written in batches to a "
        "staging graph, then moved over its target in one update; 0: no limit.")
    remote_default_graph: str = setting(
        "dataset", "How a remote store gives the union default graph: `dataset` (each query names every "
        "graph with the protocol's default-graph-uri/named-graph-uri; any server) or `union` (the remote's "
        "default graph already is the union: GraphDB, Virtuoso, Fuseki with unionDefaultGraph, `oxigraph "
        "serve --union-default-graph`).")
    remote_refresh: float = setting(
        1.0, "Seconds a remote store's generation (what view caches are keyed on) is reused before the "
        "remote is asked again; raise it for large remotes.")
    base_iri: str = setting("https://w3id.org/vnkg/id/", "Base IRI of the entities the build mints.")
    update_token: str | None = setting(
        None, "Bearer token that SPARQL updates and Graph Store writes must present; unset: the server is "
        "read-only (and opens the store without its write lock, so a build can run alongside).", secret=True)
    query_timeout: float = setting(
        10.0, "Seconds a query may run (evaluation and serialisation) before it is stopped; 0: no limit.")
    view_timeout: float = setting(
        3.0, "Seconds the queries of one page, REST API, graph API or export request may run in all; past "
        "it they are stopped (also when the client leaves) and the answer says what it is missing; 0: no "
        "limit.")
    max_rows: int = setting(
        10000, "Most solutions (or triples) a query answer carries; longer answers are cut and flagged "
        "with the `X-Result-Truncated` header; 0: no cap.")
    max_request_bytes: int = setting(1048576, "Largest request body accepted (413 beyond).")
    cors_origins: tuple[str, ...] = setting(
        ("*",), "Origins allowed to call `/sparql` from a browser (comma-separated; `*`: any; empty: none).")
    service_allow_hosts: tuple[str, ...] = setting(
        (), "Hosts that SPARQL `SERVICE` and `LOAD` may fetch from (comma-separated; `*`: any); empty: "
        "remote fetches are refused.")
    union_default_graph: bool = setting(
        True, "Queries see the union of all graphs as their default graph (each report stays its own "
        "named graph).")
    workers: int = setting(
        0, "Server processes; 0: one per CPU core when the server only reads a store on disk or a remote "
        "one, else 1. An on-disk store is writable from one process only and an in-memory store lives in "
        "one, so more than 1 is refused for a server with an update token or an in-memory store.")
    threads: int = setting(4, "Request threads per server process.")
    allocator: str = setting(
        "auto", "Memory allocator of the server's processes: `jemalloc` (the engine's aggregates and sorts "
        "run a quarter faster; Debian's `libjemalloc2`), `system`, or `auto` (jemalloc when installed).")
    server: str = setting(
        "granian", "HTTP server: `granian` (Rust HTTP handling; the faster) or `gunicorn` (pure Python).")
    query_workers: int = setting(
        2, "Processes kept ready to evaluate queries for an on-disk store, killed at the time limit; while "
        "all are busy more are started, up to one per request thread, so a slow query never holds up a "
        "light one; 0: evaluate in the request thread (a blocking query then finishes in the background).")
    inline_budget: float = setting(
        0.05, "Seconds: a query shape (its text with literals blanked) whose last 3 time-limited runs each "
        "took less runs in the request thread from then on, without the hand-off to a query worker; an "
        "inline run past the time limit ends the server process, which is replaced; 0: never inline.")
    log_level: str = setting("info", "Logging level: debug, info, warning or error.")

    def public(self) -> dict[str, Any]:
        """Return the settings as a dict with secrets masked."""
        out = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = "***" if f.metadata.get("secret") and value else value
        return out


_HINTS = typing.get_type_hints(Settings)
SETTINGS: tuple[dataclasses.Field[Any], ...] = tuple(dataclasses.fields(Settings))
_BY_NAME = {f.name: f for f in SETTINGS}


def _type_name(name: str) -> str:
    hint = _HINTS[name]
    if hint in (int, float, str, bool):
        return {int: "integer", float: "number", str: "text", bool: "boolean"}[hint]
    if typing.get_origin(hint) is tuple:
        return "list"
    return "text"  # str | None


def _convert(name: str, value: Any, source: str) -> Any:
    """Return ``value`` (a string from a flag or env var, or a TOML value) as the setting's type."""
    hint = _HINTS[name]
    try:
        if hint is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError("expected true or false")
        if hint is int:
            if isinstance(value, bool):
                raise ValueError("expected an integer")
            return int(value)
        if hint is float:
            if isinstance(value, bool):
                raise ValueError("expected a number")
            return float(value)
        if typing.get_origin(hint) is tuple:
            items: Iterable[Any] = value if isinstance(value, (list, tuple)) else str(value).split(",")
            return tuple(s for s in (str(i).strip() for i in items) if s)
        if hint == str | None:
            return None if value is None or str(value) == "" else str(value)
        return str(value)
    except (TypeError, ValueError) as e:
        raise SettingsError(
            f"setting {name} from {source}: {value!r} is not a valid {_type_name(name)} ({e})") from None


def _validate(s: Settings) -> Settings:
    problems = []
    if not 0 < s.port < 65536:
        problems.append(f"port {s.port} is not a TCP port")
    for name in ("query_timeout", "view_timeout", "max_rows", "max_request_bytes", "query_workers",
                 "remote_timeout", "remote_retries", "remote_batch_bytes", "remote_refresh"):
        if getattr(s, name) < 0:
            problems.append(f"{name} must not be negative")
    if s.remote_default_graph not in ("dataset", "union"):
        problems.append(f"remote_default_graph {s.remote_default_graph!r} is not one of dataset, union")
    if s.allocator not in ("auto", "jemalloc", "system"):
        problems.append(f"allocator {s.allocator!r} is not one of auto, jemalloc, system")
    if s.server not in ("granian", "gunicorn"):
        problems.append(f"server {s.server!r} is not one of granian, gunicorn")
    if s.threads < 1:
        problems.append("threads must be at least 1")
    if s.workers < 0:
        problems.append("workers must not be negative (0: one per CPU core)")
    if s.inline_budget < 0:
        problems.append("inline_budget must not be negative")
    if s.log_level.lower() not in ("debug", "info", "warning", "error"):
        problems.append(f"log_level {s.log_level!r} is not one of debug, info, warning, error")
    if problems:
        raise SettingsError("; ".join(problems))
    return s


def read_config(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Return the settings a TOML file gives (top-level keys, or a ``[vnkg]`` table)."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise SettingsError(f"cannot read config file {os.fspath(path)}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(f"config file {os.fspath(path)} is not valid TOML: {e}") from None
    if isinstance(data.get("vnkg"), dict):
        data = data["vnkg"]
    unknown = sorted(k for k in data if k.replace("-", "_") not in _BY_NAME)
    if unknown:
        raise SettingsError(f"config file {os.fspath(path)}: unknown setting(s) {', '.join(unknown)}")
    return {k.replace("-", "_"): v for k, v in data.items()}


def load_settings(
    flags: Mapping[str, Any] | None = None,
    *,
    config: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Return the settings: flags (None values ignored) > environment > config file > defaults."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    config_path = config or env.get(CONFIG_ENV)
    if config_path:
        for name, value in read_config(config_path).items():
            values[name] = _convert(name, value, f"config file {os.fspath(config_path)}")
    for f in SETTINGS:
        key = ENV_PREFIX + f.name.upper()
        if key in env:
            values[f.name] = _convert(f.name, env[key], f"environment variable {key}")
    for name, value in (flags or {}).items():
        if value is not None and name in _BY_NAME:
            values[name] = _convert(name, value, f"--{name.replace('_', '-')}")
    return _validate(Settings(**values))


def _default_text(f: dataclasses.Field[Any]) -> str:
    value = f.default
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ",".join(value) if value else "empty"
    return str(value)


def settings_markdown() -> str:
    """Return the Markdown table of every setting (the README's Settings section embeds it)."""
    lines = [
        "| setting | flag | environment | type | default | meaning |",
        "|---|---|---|---|---|---|",
    ]
    for f in SETTINGS:
        flag = f"`--{f.name.replace('_', '-')}`" if f.metadata.get("cli", True) else ""
        default = _default_text(f)
        lines.append(
            f"| `{f.name}` | {flag} | `{ENV_PREFIX}{f.name.upper()}` | {_type_name(f.name)} | `{default}` | "
            f"{f.metadata['help']} |")
    return "\n".join(lines) + "\n"


def click_options(names: Iterable[str] | None = None) -> Callable[[Any], Any]:
    """Return a decorator adding a click option for each named setting (default: all) plus --config.

    Options default to None, so that unset flags leave the environment and config file in charge;
    the command receives them as keyword arguments named like the settings.
    """
    import click

    chosen = [f for f in SETTINGS if names is None or f.name in set(names)]

    def decorate(command: Any) -> Any:
        for f in reversed(chosen):
            flag = f"--{f.name.replace('_', '-')}"
            help_text = f"{f.metadata['help']} [env {ENV_PREFIX}{f.name.upper()}; default {_default_text(f)}]"
            hint = _HINTS[f.name]
            if hint is bool:
                command = click.option(f"{flag}/--no-{f.name.replace('_', '-')}", f.name, default=None,
                                       help=help_text)(command)
            else:
                click_type = {int: int, float: float}.get(hint, str)
                command = click.option(flag, f.name, type=click_type, default=None, help=help_text,
                                       metavar=_type_name(f.name).upper())(command)
        return click.option("--config", "config", type=click.Path(dir_okay=False), default=None,
                            help=f"TOML config file with settings [env {CONFIG_ENV}].")(command)

    return decorate
