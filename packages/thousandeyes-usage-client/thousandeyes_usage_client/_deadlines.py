# Generated from specs/thousandeyes.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""A whole-attempt deadline for the sync client: every socket wait ends by the attempt's end.

Loaded with the first sync client (httpcore is not imported with the package). `client.ATTEMPT_ENDS`
says when the running sync attempt must end.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from .client import ATTEMPT_ENDS


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend, its streams' waits cut to what is left of the attempt (`ATTEMPT_ENDS`)."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_tcp(host, port, _left(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_unix_socket(path, _left(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


def _left(timeout: float | None) -> float | None:
    """`timeout`, shortened to what is left of the running sync attempt."""
    ends = ATTEMPT_ENDS.get()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


def with_deadlines(http: httpx.Client) -> httpx.Client:
    """Make every socket wait of `http`'s own connection pool end by the attempt's deadline.

    httpx has no setting for a whole-attempt deadline, and a sync read cannot be interrupted: the default
    transport's pool gets a network backend that cuts each wait short, even while headers trickle in. With a
    transport of your own (`httpx_args`), the deadline is checked between body chunks only.
    """
    pool: Any = getattr(getattr(http, "_transport", None), "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)
    return http
