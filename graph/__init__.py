"""vnkg: knowledge graphs from Vietnamese government and public-security news reports."""

__version__ = "0.1.0"

__all__ = ["__version__"]
