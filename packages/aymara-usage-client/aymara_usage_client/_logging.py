# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Logging: the debug switch, and the redaction of what HTTP libraries log while a client works.

`AYMARA_AI_LOG=debug` (or `info`) logs this package's requests to stderr. Like `OPENAI_LOG`: without it
the `aymara_usage_client` logger is left to the application's logging configuration. The client never logs a
secret header's value, so what the switch prints stays redacted.

httpx logs each response's status line at INFO (a reason phrase may echo the token) and httpcore logs every
header at DEBUG: while a call of this client runs, their lines are redacted of its credentials and of every
secret header's value (the loggers' levels and handlers stay the application's).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from contextvars import ContextVar

from .errors import REDACTED, SECRET_HEADERS

LOG_ENV = "AYMARA_AI_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

# What gives the credentials of the call running in this thread or task (asked only when a library logs: a token
# may be fetched during the call); None outside a call.
WORKING_SECRETS: ContextVar[Callable[[], tuple[str, ...]] | None] = ContextVar("working_secrets", default=None)
# Every logger that writes a request's or a response's details (a filter applies to its own logger only).
LIBRARY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack.hpack",
    "hpack.table",
)
# A secret header as httpcore logs it, (b'Set-Cookie', b'...'): blanked whatever its value.
_NAMES = "|".join(map(re.escape, sorted(SECRET_HEADERS)))
_SECRET_HEADER = re.compile(rf"""(\(b['"](?:{_NAMES})['"], b)('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""", re.IGNORECASE)


def configure_from_env(logger: logging.Logger) -> None:
    """Give `logger` a stderr handler at the level `$AYMARA_AI_LOG` names; nothing when unset or unknown."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None or any(getattr(handler, "_from_env", False) for handler in logger.handlers):
        return
    handler = logging.StreamHandler()  # stderr
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    handler._from_env = True  # type: ignore[attr-defined]  # marks ours: configuring twice adds no second handler
    logger.addHandler(handler)
    logger.setLevel(level)


class _Redactor(logging.Filter):
    """Blanks the running call's credentials and every secret header's value out of a library's log record."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets_of = WORKING_SECRETS.get()
        if secrets_of is None:  # not inside a call of this client
            return True
        secrets = secrets_of()
        message = _SECRET_HEADER.sub(rf"\g<1>'{REDACTED}'", record.getMessage())
        for secret in secrets:
            message = message.replace(secret, REDACTED)
        record.msg, record.args = message, ()
        return True


def redact_library_logs() -> None:
    """Add the redacting filter to each library logger, once (each provider package adds its own)."""
    for name in LIBRARY_LOGGERS:
        library = logging.getLogger(name)
        if not any(isinstance(existing, _Redactor) for existing in library.filters):
            library.addFilter(_Redactor())
