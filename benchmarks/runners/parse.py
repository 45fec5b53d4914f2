"""Time parsing one ThousandEyes usage body (JSON text → model) REPEATS times; prints JSON.

    python parse.py SUBJECT BODY_FILE REPEATS

SUBJECT is `ours` (thousandeyes_usage_client: `Usage.from_dict(json.loads(text))`, what `get_usage` does
with a 200 body) or `thousandeyes-sdk` (thousandeyes-sdk-usage: `Usage.from_json(text)`, which is
`from_dict(json.loads(text))` too). Runs in the subject's environment; prints {"seconds": [...], "items": N}.
"""

import importlib
import json
import sys
import time
from collections.abc import Callable
from typing import Any


def parser(subject: str) -> Callable[[str], Any]:
    if subject == "ours":
        usage = importlib.import_module("thousandeyes_usage_client.models.usage").Usage
        return lambda text: usage.from_dict(json.loads(text))
    if subject == "thousandeyes-sdk":
        usage = importlib.import_module("thousandeyes_sdk.usage.models.usage").Usage
        return lambda text: usage.from_json(text)
    raise SystemExit(f"unknown subject {subject!r}")


def main(argv: list[str]) -> None:
    subject, body, repeats = argv[0], argv[1], int(argv[2])
    parse = parser(subject)
    with open(body, encoding="utf-8") as file:
        text = file.read()
    parsed = parse(text)  # warm-up: lazy imports, caches
    seconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        parsed = parse(text)
        seconds.append(time.perf_counter() - started)
    print(json.dumps({"seconds": seconds, "items": len(parsed.usage.tests)}))


if __name__ == "__main__":
    main(sys.argv[1:])
