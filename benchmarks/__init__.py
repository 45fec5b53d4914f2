"""Benchmarks of the generated clients side by side with the providers' official SDKs and plain httpx.

`make bench` runs `python -m benchmarks.run` (see run.py); `tests/test_benchmarks.py` runs it with `--smoke`.
The scripts in `runners/` run inside other virtual environments (the peers'), so they import only the stdlib
and what that environment holds.
"""

from pathlib import Path

RUNNERS = Path(__file__).resolve().parent / "runners"
