"""Funnel: the sales-pipeline domain and its storage. Never imports Qt."""

__version__ = "0.1.0"
