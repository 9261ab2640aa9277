"""actor-kg: news about war and diplomacy in, a validated knowledge graph of actors and events out."""

__version__ = "0.1.0"
