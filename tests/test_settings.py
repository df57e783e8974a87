"""Settings: declared once, set by flag > environment > config file > default, documented in the README."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.settings import SETTINGS, Settings, SettingsError, load_settings, settings_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_are_the_documented_ones() -> None:
    s = load_settings(env={})
    assert (s.host, s.port, s.store) == ("127.0.0.1", 5000, "data/store")
    assert s.base_iri == "https://w3id.org/vnkg/id/"
    assert s.update_token is None and s.query_timeout == 10.0 and s.max_rows == 10000
    assert s.max_request_bytes == 1024 * 1024 and s.cors_origins == ("*",) and s.service_allow_hosts == ()
    assert s.union_default_graph is True and s.workers >= 0 and s.threads >= 1


def test_every_setting_has_a_type_a_default_and_help() -> None:
    for f in SETTINGS:
        assert f.metadata["help"].strip().endswith(".")
        assert f.default is not dataclasses.MISSING


def test_precedence_flag_over_env_over_file_over_default(tmp_path: Path) -> None:
    config = tmp_path / "vnkg.toml"
    config.write_text('port = 7000\nquery_timeout = 3\nmax_rows = 5\nhost = "0.0.0.0"\n', encoding="utf-8")
    env = {"VNKG_CONFIG": str(config), "VNKG_QUERY_TIMEOUT": "4.5", "VNKG_MAX_ROWS": "6"}
    s = load_settings({"max_rows": "7", "port": None}, env=env)
    assert s.max_rows == 7  # flag
    assert s.query_timeout == 4.5  # environment over file
    assert s.port == 7000 and s.host == "0.0.0.0"  # file over default; a None flag is "not given"
    assert s.store == "data/store"  # default
    # --config beats VNKG_CONFIG
    other = tmp_path / "other.toml"
    other.write_text("[vnkg]\nport = 7100\n", encoding="utf-8")
    assert load_settings(config=other, env=env).port == 7100


def test_values_are_converted_to_their_types() -> None:
    env = {"VNKG_UNION_DEFAULT_GRAPH": "no", "VNKG_CORS_ORIGINS": "https://a.example, https://b.example",
           "VNKG_SERVICE_ALLOW_HOSTS": "", "VNKG_UPDATE_TOKEN": "", "VNKG_THREADS": "3"}
    s = load_settings(env=env)
    assert s.union_default_graph is False
    assert s.cors_origins == ("https://a.example", "https://b.example")
    assert s.service_allow_hosts == () and s.update_token is None and s.threads == 3
    assert load_settings({"union_default_graph": True}, env=env).union_default_graph is True


@pytest.mark.parametrize(("env", "message"), [
    ({"VNKG_PORT": "eighty"}, "VNKG_PORT"),
    ({"VNKG_UNION_DEFAULT_GRAPH": "maybe"}, "true or false"),
    ({"VNKG_PORT": "70000"}, "not a TCP port"),
    ({"VNKG_QUERY_TIMEOUT": "-1"}, "must not be negative"),
    ({"VNKG_LOG_LEVEL": "loud"}, "log_level"),
])
def test_bad_values_are_reported(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        load_settings(env=env)


def test_config_file_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("port = \n", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(config=bad, env={})
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("colour = 'blue'\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="unknown setting"):
        load_settings(config=unknown, env={})
    with pytest.raises(SettingsError, match="cannot read"):
        load_settings(config=tmp_path / "missing.toml", env={})


def test_the_token_is_kept_out_of_reprs() -> None:
    s = Settings(update_token="very-secret")
    assert "very-secret" not in repr(s)
    assert s.public()["update_token"] == "***"


def readme_settings_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Settings\n(.*?)^## ", text, flags=re.S | re.M)
    assert match, "README has no '## Settings' section"
    return match.group(1)


def test_readme_documents_every_setting() -> None:
    section = readme_settings_section()
    assert settings_markdown() in section, "regenerate the table with `vnkg settings --markdown`"
    for f in SETTINGS:
        assert f"`VNKG_{f.name.upper()}`" in section


def test_settings_command() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["settings", "--markdown"])
    assert result.exit_code == 0 and result.output == settings_markdown()
    result = runner.invoke(main, ["settings", "--port", "6001"], env={"VNKG_UPDATE_TOKEN": "s3cret"})
    assert result.exit_code == 0, result.output
    assert "port = 6001" in result.output and "s3cret" not in result.output
    result = runner.invoke(main, ["settings", "--port", "x"])
    assert result.exit_code != 0


@pytest.mark.parametrize(("store", "token", "workers", "expected"), [
    ("data/store", None, 0, "cores"),
    ("https://db.example/sparql", "t", 0, "cores"),
    ("data/store", "t", 0, 1),
    (":memory:", None, 0, 1),
    ("data/store", None, 3, 3),
    ("data/store", "t", 2, "refused"),
    (":memory:", None, 2, "refused"),
])
def test_server_workers(store: str, token: str | None, workers: int, expected: object) -> None:
    import os

    import click

    from graph.cli_server import server_workers

    settings = Settings(store=store, update_token=token, workers=workers)
    if expected == "refused":
        with pytest.raises(click.UsageError, match="--workers > 1"):
            server_workers(settings)
    else:
        assert server_workers(settings) == (os.cpu_count() or 1 if expected == "cores" else expected)


def test_unknown_http_server_is_refused() -> None:
    with pytest.raises(SettingsError, match="server 'nginx' is not one of granian, gunicorn"):
        load_settings({"server": "nginx"})


def test_unknown_allocator_is_refused() -> None:
    with pytest.raises(SettingsError, match="allocator 'tcmalloc' is not one of auto, jemalloc, system"):
        load_settings({"allocator": "tcmalloc"})
