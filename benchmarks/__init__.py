"""Benchmarks of the generated clients side by side with the providers' official SDKs and plain httpx.

`make bench` runs `python -m benchmarks.run` (see run.py); `tests/test_benchmarks.py` runs it with `--smoke`.
The scripts in `runners/` run inside other virtual environments (the peers'), so they import only the stdlib
and what that environment holds.
"""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNNERS = Path(__file__).resolve().parent / "runners"

# The generator's modules (codegen, mock_servers) live in scripts/, as for the tests.
if str(REPO / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO / "scripts"))
