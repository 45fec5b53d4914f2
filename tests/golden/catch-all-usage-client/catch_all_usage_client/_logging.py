# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""The debug switch: `CATCH_ALL_LOG=debug` (or `info`) logs this package's requests to stderr.

Like `OPENAI_LOG`: without it the `catch_all_usage_client` logger is left to the application's logging
configuration. The client never logs a secret header's value, so what the switch prints stays redacted.
"""

from __future__ import annotations

import logging
import os

LOG_ENV = "CATCH_ALL_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_env(logger: logging.Logger) -> None:
    """Give `logger` a stderr handler at the level `$CATCH_ALL_LOG` names; nothing when unset or unknown."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None or any(getattr(handler, "_from_env", False) for handler in logger.handlers):
        return
    handler = logging.StreamHandler()  # stderr
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    handler._from_env = True  # type: ignore[attr-defined]  # marks ours: configuring twice adds no second handler
    logger.addHandler(handler)
    logger.setLevel(level)
