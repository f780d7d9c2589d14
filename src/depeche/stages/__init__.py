"""Extraction stages, registered by versioned name; importing this package registers them all."""

from depeche.stages import actors as _actors  # noqa: F401  (each import registers its stage)
from depeche.stages import counts as _counts  # noqa: F401
from depeche.stages import events as _events  # noqa: F401
from depeche.stages import places as _places  # noqa: F401
from depeche.stages import times as _times  # noqa: F401
from depeche.stages.base import Stage, Work, make_stage, register_stage, registered_stages

# The order matters: places read the actors (to reject places inside names), counts read the
# actors (for their sources); events read all of them, so they run last.
DEFAULT_STAGES: tuple[str, ...] = ("depeche.actors.v1", "depeche.places.v1", "depeche.times.v1", "depeche.counts.v1",
                                   "depeche.events.v1")

__all__ = ["DEFAULT_STAGES", "Stage", "Work", "make_stage", "register_stage", "registered_stages"]
