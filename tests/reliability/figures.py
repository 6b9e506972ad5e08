"""The reliability suite's figures, summed over its tests and printed at the end of the run.

``trials``: processes killed or faulted; ``undone``: kills that left an
unfinished change (its undo log) for the next open to undo; ``acknowledged``:
answers a process reported saved before it was stopped; ``lost``: acknowledged answers missing
when the document was opened again (must stay 0); ``refused``: hostile files
and faults refused cleanly (one short message, no traceback, no hang, nothing
changed on disk).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

# Short by default, so that ``make test`` stays quick; ``make test-reliability`` raises it.
TRIALS = max(1, int(os.environ.get("BODIAG_RELIABILITY_TRIALS", "4")))


@dataclass
class Figures:
    trials: int = 0
    undone: int = 0
    acknowledged: int = 0
    lost: int = 0
    refused: int = 0

    def line(self) -> str:
        return ", ".join(f"{f.name} {getattr(self, f.name)}" for f in fields(self))


FIGURES = Figures()
