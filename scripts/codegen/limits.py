"""What one provider may cost a run: a hostile description ends in a one-line error, never a hang.

The document's own bounds (size, YAML aliases, nesting depth, number sizes) are checked as it is
parsed (documents.py); these bound the rest: how many operations a description may hold and we may
keep, and how long deriving or rendering one provider may take.
"""

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from .errors import SpecError

# Real descriptions hold hundreds of operations (Twilio's 1.5 MB: 197); a usage client keeps a few.
MAX_PUBLISHED_OPERATIONS = 20_000
MAX_KEPT_OPERATIONS = 1_000
# Deriving and rendering the largest description we know (OpenAI's, 3 MB) takes a few seconds.
SECONDS_PER_PROVIDER = 300.0


@contextmanager
def time_budget(spec: Path, seconds: float = SECONDS_PER_PROVIDER) -> Iterator[None]:
    """Raise SpecError naming `spec` if the block runs longer than `seconds` (main thread only: a signal)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise SpecError(spec, f"took longer than the time budget of {seconds:g} s per provider")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
