"""Extraction stages, registered by versioned name; importing this package registers them all."""

from depeche.stages import actors as _actors  # noqa: F401  (registers depeche.actors.v1)
from depeche.stages.base import Stage, Work, make_stage, register_stage, registered_stages

# The order matters: later stages read what earlier ones wrote (events read all of them).
DEFAULT_STAGES: tuple[str, ...] = ("depeche.actors.v1",)

__all__ = ["DEFAULT_STAGES", "Stage", "Work", "make_stage", "register_stage", "registered_stages"]
