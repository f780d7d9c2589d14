"""The web layer: a read-only HTTP API and a map/timeline/table page over a store (the `web` extra)."""

from depeche.web.app import create_app, open_for_web

__all__ = ["create_app", "open_for_web"]
