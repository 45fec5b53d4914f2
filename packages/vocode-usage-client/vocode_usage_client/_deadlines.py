# Generated from specs/vocode.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""The attempt's deadline below httpx: every socket wait of a sync attempt ends by it, and names resolve within it.

Loaded with the first client (httpcore is not imported with the package). `client.ATTEMPT_ENDS` says when
the running sync attempt must end; an async attempt ends by `asyncio.timeout`.

The system resolver (`getaddrinfo`) cannot be interrupted nor given a timeout: it runs in a daemon thread of
its own, which the call stops waiting for at the deadline. (httpcore would resolve in the calling thread, and
asyncio in the loop's default executor, which `asyncio.run` waits for before it returns.)
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

import httpcore
import httpx

from .client import ATTEMPT_ENDS

_Addresses = list[str]


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
        addresses = _resolving(host, port)
        if isinstance(addresses, Future):
            try:
                addresses = addresses.result(_left(timeout))
            except FutureTimeout:
                raise httpcore.ConnectTimeout(f"resolving {host!r} took too long") from None
        return _first_connection(
            addresses,
            lambda address: self._backend.connect_tcp(address, port, _left(timeout), local_address, socket_options),
        )

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


class _ResolvingBackend(httpcore.AsyncNetworkBackend):
    """httpcore's async network backend, resolving names in a daemon thread rather than the loop's executor."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        import asyncio

        addresses = _resolving(host, port)
        if isinstance(addresses, Future):
            try:
                addresses = await asyncio.wait_for(asyncio.wrap_future(addresses), timeout)
            except TimeoutError:
                raise httpcore.ConnectTimeout(f"resolving {host!r} took too long") from None
        error: Exception | None = None
        for address in addresses:  # in the resolver's order, as socket.create_connection tries them
            try:
                return await self._backend.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as failed:
                error = failed
        raise error or httpcore.ConnectError(f"{host!r} has no address")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        return await self._backend.connect_unix_socket(path, timeout, socket_options)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _resolving(host: str, port: int) -> _Addresses | Future[_Addresses]:
    """`host`'s addresses: at once for an IP address, else a future of the daemon thread resolving it."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return [host]
    future: Future[_Addresses] = Future()
    future.set_running_or_notify_cancel()  # a caller that stops waiting cannot cancel it: the thread sets it

    def resolve() -> None:
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as error:
            future.set_exception(httpcore.ConnectError(f"cannot resolve {host!r}: {error}"))
        else:
            future.set_result(list(dict.fromkeys(str(info[4][0]) for info in found)))

    threading.Thread(target=resolve, name=f"resolve {host}", daemon=True).start()
    return future


def _first_connection(addresses: _Addresses, connect: Any) -> httpcore.NetworkStream:
    error: Exception | None = None
    for address in addresses:  # in the resolver's order, as socket.create_connection tries them
        try:
            return _DeadlineStream(connect(address))
        except httpcore.ConnectError as failed:
            error = failed
    raise error or httpcore.ConnectError("no address to connect to")


def _left(timeout: float | None) -> float | None:
    """`timeout`, shortened to what is left of the running sync attempt."""
    ends = ATTEMPT_ENDS.get()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


def _pools(http: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """The connection pools of `http`'s own transports: the default one and each mount's (a proxy's)."""
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    return [pool for pool in (getattr(transport, "_pool", None) for transport in transports) if pool is not None]


def with_deadlines(http: httpx.Client) -> httpx.Client:
    """Make every socket wait of `http`'s own connection pools end by the attempt's deadline.

    httpx has no setting for a whole-attempt deadline, and a sync read cannot be interrupted: the pools of the
    default transport and of every mount (the proxies from the environment too) get a network backend that cuts
    each wait short, even while headers trickle in. With a transport of your own, the deadline is checked
    between body chunks only.
    """
    for pool in _pools(http):
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _DeadlineBackend(backend)
    return http


def with_resolver(http: httpx.AsyncClient) -> httpx.AsyncClient:
    """Make `http`'s own connection pools resolve names in a daemon thread, which a cancelled call stops awaiting."""
    for pool in _pools(http):
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.AsyncNetworkBackend):
            pool._network_backend = _ResolvingBackend(backend)
    return http
