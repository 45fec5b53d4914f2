# Generated from specs/wiremock-cloud.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Content-Encoding decoding bounded at every step, so that a compression bomb costs at most one step more than the
size limit however many layers it has (httpx's decoders inflate each network chunk whole, layer after layer).

gzip and deflate always; br with Brotli 1.2+ (the first with a bounded `process`) and zstd with zstandard, when
they are installed. A client asks for these only (`ACCEPT_ENCODING`), and refuses a body with more than `MAX_LAYERS` encodings or one it
cannot decode (an `httpx.DecodingError`, raised as `ResponseDecodingError`).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import httpx

# More layers than this is no server's honest answer: `gzip, gzip` is already a bomb's trick.
MAX_LAYERS = 3
# The most one decoding step outputs: the bound on what a body may cost beyond its size limit.
STEP_BYTES = 64 * 1024


class Decoder(Protocol):
    def decode(self, data: bytes) -> Iterator[bytes]: ...

    def flush(self) -> Iterator[bytes]: ...


class _Zlib:
    """gzip, or deflate: zlib data (RFC 9110) or, as some servers send it, raw deflate (as httpx reads it)."""

    def __init__(self, wbits: int) -> None:
        self._name = "gzip" if wbits & 16 else "deflate"
        self._inflate = zlib.decompressobj(wbits)
        self._raw_possible = wbits == zlib.MAX_WBITS  # until the first bytes decode as zlib data

    def decode(self, data: bytes) -> Iterator[bytes]:
        try:
            while data:
                try:
                    out = self._inflate.decompress(data, STEP_BYTES)
                except zlib.error:
                    if not self._raw_possible:
                        raise
                    self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                    out = self._inflate.decompress(data, STEP_BYTES)
                self._raw_possible = False
                data = self._inflate.unconsumed_tail
                if out:
                    yield out
        except zlib.error as error:
            raise httpx.DecodingError(
                f"the body is not the {self._name} data its Content-Encoding says ({error})"
            ) from None

    def flush(self) -> Iterator[bytes]:
        # Everything was fed and consumed: what is left is at most the window, 32 KiB.
        out = self._inflate.flush()
        if out:
            yield out


class _Brotli:
    def __init__(self, decompressor: Any) -> None:
        self._decompressor = decompressor

    def decode(self, data: bytes) -> Iterator[bytes]:
        decompressor = self._decompressor
        try:
            out = decompressor.process(data, output_buffer_limit=STEP_BYTES)
            while True:
                if out:
                    yield out
                # A full step may leave output behind, which only calls without input bring out.
                if decompressor.is_finished() or (decompressor.can_accept_more_data() and len(out) < STEP_BYTES):
                    return
                out = decompressor.process(b"", output_buffer_limit=STEP_BYTES)
        except Exception as error:  # brotli.error: the module's own exception type
            raise httpx.DecodingError(f"the body is not the br data its Content-Encoding says ({error})") from None

    def flush(self) -> Iterator[bytes]:
        return iter(())


class _Zstd:
    """zstandard's decompressor has no output bound: it is fed a few bytes at a time instead, which bounds each
    step's output by what so few bytes can encode (a 128 KiB block per 3-byte header at most)."""

    _FEED = 12

    def __init__(self, decompressobj: Any) -> None:
        self._decompressobj = decompressobj

    def decode(self, data: bytes) -> Iterator[bytes]:
        try:
            for start in range(0, len(data), self._FEED):
                out = self._decompressobj.decompress(data[start : start + self._FEED])
                if out:
                    yield out
        except Exception as error:  # zstandard.ZstdError: the module's own exception type
            raise httpx.DecodingError(f"the body is not the zstd data its Content-Encoding says ({error})") from None

    def flush(self) -> Iterator[bytes]:
        return iter(())


def _zstd_factory() -> Callable[[], Decoder] | None:
    try:
        import zstandard  # type: ignore[import-not-found, unused-ignore]  # optional: zstd only when it is installed
    except ImportError:
        return None
    return lambda: _Zstd(zstandard.ZstdDecompressor().decompressobj())


def _brotli_factory() -> Callable[[], Decoder] | None:
    try:
        import brotli  # type: ignore[import-not-found, unused-ignore]  # optional: br only when it is installed
    except ImportError:
        return None
    if not hasattr(brotli.Decompressor, "can_accept_more_data"):  # before 1.2: no bound on `process`
        return None
    return lambda: _Brotli(brotli.Decompressor())


_FACTORIES: dict[str, Callable[[], Decoder]] = {
    "gzip": lambda: _Zlib(zlib.MAX_WBITS | 16),
    "x-gzip": lambda: _Zlib(zlib.MAX_WBITS | 16),
    "deflate": lambda: _Zlib(zlib.MAX_WBITS),
}
for _name, _factory in (("br", _brotli_factory()), ("zstd", _zstd_factory())):
    if _factory is not None:
        _FACTORIES[_name] = _factory

# What a client asks for: only what it decodes (httpx would also offer br and zstd whenever a decoder is importable).
ACCEPT_ENCODING = ", ".join(name for name in _FACTORIES if not name.startswith("x-"))


def decoders(content_encoding: str | None) -> list[Decoder]:
    """The decoders of a `Content-Encoding`, in the order they apply (the last encoding applied is undone first)."""
    if not content_encoding:
        return []
    names = [name.strip().lower() for name in content_encoding.split(",")]
    names = [name for name in names if name and name != "identity"]
    if len(names) > MAX_LAYERS:
        raise httpx.DecodingError(f"Content-Encoding {content_encoding!r} has more than {MAX_LAYERS} layers")
    unknown = [name for name in names if name not in _FACTORIES]
    if unknown:
        raise httpx.DecodingError(f"Content-Encoding {unknown[0]!r} is not one this client decodes ({ACCEPT_ENCODING})")
    return [_FACTORIES[name]() for name in reversed(names)]


def decode(layers: list[Decoder], data: bytes, *, final: bool = False) -> Iterator[bytes]:
    """`data` through every layer, one bounded step at a time; `final` flushes each layer after its input."""
    if not layers:
        if data:
            yield data
        return
    first, rest = layers[0], layers[1:]
    for piece in first.decode(data):
        yield from decode(rest, piece)
    if final:
        for piece in first.flush():
            yield from decode(rest, piece)
        yield from decode(rest, b"", final=True)
