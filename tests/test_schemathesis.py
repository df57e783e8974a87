"""Schemathesis against the app's own ``/openapi.json``: every operation, generated requests, no 5xx.

The app runs in-process (WSGI) over the hand-written graph, writable with the test token so that
the Graph Store and SPARQL updates are exercised too. The default suite sends a few examples per
operation (``VNKG_SCHEMATHESIS_EXAMPLES``, default 20); the long run is a command:

    make fuzz-api        # VNKG_SCHEMATHESIS_EXAMPLES=500 pytest tests/test_schemathesis.py

and against a running server, schemathesis's own command line does the same over HTTP:

    st run --checks not_a_server_error --max-examples 200 http://127.0.0.1:5000/openapi.json
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from conftest import TOKEN
from graph_fixture import BASE, make_store
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from graph.settings import Settings
from graph.web import create_app

EXAMPLES = int(os.environ.get("VNKG_SCHEMATHESIS_EXAMPLES", "20"))
TRACE_MARKS = ("Traceback", 'File "', "site-packages")

app = create_app(Settings(store=":memory:", update_token=TOKEN, query_timeout=5.0, max_rows=1000,
                          max_request_bytes=64 * 1024, query_workers=0, base_iri=BASE), store=make_store())
schema = schemathesis.openapi.from_wsgi("/openapi.json", app)


@schemathesis.serializer("application/sparql-query", "application/sparql-update", "application/n-triples",
                         "application/trig")
def _text(ctx: object, value: object) -> bytes:
    """Send a generated string body as UTF-8 text (SPARQL and RDF bodies are text)."""
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else str(value).encode("utf-8")

pytestmark = [pytest.mark.slow] if EXAMPLES > 100 else []


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_no_operation_answers_a_server_error(case: schemathesis.Case) -> None:
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    case.validate_response(response, checks=[not_a_server_error])
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])
    assert not any(mark in response.text for mark in TRACE_MARKS), response.text[:300]


def test_the_document_describes_the_protocol_endpoints_so_they_are_fuzzed() -> None:
    document = app.test_client().get("/openapi.json").get_json()
    names = {p["name"] for p in document["paths"]["/sparql"]["get"]["parameters"]}
    assert {"query", "default-graph-uri", "named-graph-uri", "format"} <= names
    assert "application/sparql-query" in document["paths"]["/sparql"]["post"]["requestBody"]["content"]
    assert {p["name"] for p in document["paths"]["/store"]["put"]["parameters"]} == {"graph", "default"}
    assert {p["name"] for p in document["paths"]["/search"]["get"]["parameters"]} >= {"q", "offset"}
