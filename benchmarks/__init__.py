"""Benchmarks of vnkg against Oxigraph and rdflib-endpoint (see benchmarks/README.md)."""
