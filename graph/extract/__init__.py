"""Extraction: one report's text in, its facts out (rules and gazetteers, offsets into the original)."""

from .report import Metadata, extract, read_article

__all__ = ["Metadata", "extract", "read_article"]
