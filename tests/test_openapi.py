"""/openapi.json: a valid OpenAPI 3.1 document of every route, whose schemas the API's answers meet."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from flask import Flask
from flask.testing import FlaskClient
from graph_fixture import BASE, make_store
from openapi_spec_validator import validate

from graph.web import create_app
from graph.web.openapi import openapi_path

THUY = "person.pham-quoc-thuy"


@pytest.fixture(scope="module")
def app() -> Flask:
    return create_app(store=make_store(), base_iri=BASE)


@pytest.fixture(scope="module")
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="module")
def document(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def test_document_is_valid_openapi(document: dict[str, Any]) -> None:
    validate(document)
    assert document["openapi"].startswith("3.")


def test_every_route_is_documented(app: Flask, document: dict[str, Any]) -> None:
    rules = [r for r in app.url_map.iter_rules() if r.endpoint != "static"]
    assert len(rules) > 10
    for rule in rules:
        path, params = openapi_path(rule.rule)
        assert path in document["paths"], rule.rule
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}:
            operation = document["paths"][path][method.lower()]
            assert operation["summary"]
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert declared == {p["name"] for p in params}


def test_path_templates() -> None:
    assert openapi_path("/api/entities/<entity_id>")[0] == "/api/entities/{entity_id}"
    path, params = openapi_path("/doc/<path:rest>.<ext>")
    assert path == "/doc/{rest}.{ext}" and [p["name"] for p in params] == ["rest", "ext"]


def _schema_for(document: dict[str, Any], path: str, status: str) -> dict[str, Any]:
    operation = document["paths"][path]["get"]
    schema = operation["responses"][status]["content"]["application/json"]["schema"]
    return {**schema, "components": document["components"]}


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/api/entities?q=lam son", "/api/entities"),
        ("/api/entities", "/api/entities"),
        (f"/api/entities/{THUY}", "/api/entities/{entity_id}"),
        ("/api/entities/org.cong-an-tinh-lam-son", "/api/entities/{entity_id}"),
        ("/api/autocomplete?q=l", "/api/autocomplete"),
        ("/api/statistics", "/api/statistics"),
        (f"/api/graph/neighbors/{THUY}?depth=2", "/api/graph/neighbors/{entity_id}"),
        (f"/api/graph/path?from={THUY}&to=person.do-van-tuong", "/api/graph/path"),
        ("/api/graph/centrality?measure=pagerank", "/api/graph/centrality"),
        ("/api/graph/components", "/api/graph/components"),
        ("/api/graph/summary", "/api/graph/summary"),
    ],
)
def test_responses_match_their_schemas(client: FlaskClient, document: dict[str, Any], url: str,
                                       path: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    jsonschema.validate(response.get_json(), _schema_for(document, path, "200"))


@pytest.mark.parametrize(
    ("url", "path", "status"),
    [
        ("/api/entities?limit=x", "/api/entities", "400"),
        ("/api/entities/person.nobody", "/api/entities/{entity_id}", "404"),
        ("/api/graph/path?from=a", "/api/graph/path", "400"),
        ("/api/graph/centrality?measure=x", "/api/graph/centrality", "400"),
        ("/api/statistics?direction=x", "/api/statistics", "400"),
    ],
)
def test_errors_match_their_schema(client: FlaskClient, document: dict[str, Any], url: str, path: str,
                                   status: str) -> None:
    response = client.get(url)
    assert str(response.status_code) == status
    jsonschema.validate(response.get_json(), _schema_for(document, path, status))
