# Generated from specs/aymara.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Shared types: UNSET for absent fields, and the Response of the *_detailed functions."""

from collections.abc import Mapping, MutableMapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"  # unpickles as the one UNSET, so that models compare equal after a round trip


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    request_id: str | None = None  # the provider's id of the request, from its request-id header

    @property
    def deprecation(self) -> datetime | bool | None:
        """The `Deprecation` header (RFC 9745): when the operation is deprecated, True without a readable date."""
        return _deprecation_header(self.headers)

    @property
    def sunset(self) -> datetime | None:
        """The `Sunset` header (RFC 8594): when the operation stops answering; None when absent or unreadable."""
        return _sunset_header(self.headers)


def _deprecation_header(headers: Mapping[str, str]) -> datetime | bool | None:
    """A `Deprecation` header's date (`@1688169599`, RFC 9745), True when it has none we read, None when absent."""
    value = headers.get("deprecation")
    if value is None:
        return None
    value = value.strip()
    if value.startswith("@") and value[1:].lstrip("-").isdigit():
        try:
            return datetime.fromtimestamp(int(value[1:]), UTC)
        except (OverflowError, OSError, ValueError):
            return True
    return _http_date(value) or True  # `true`, or an HTTP-date as the drafts before RFC 9745 sent


def _sunset_header(headers: Mapping[str, str]) -> datetime | None:
    """A `Sunset` header's HTTP-date (RFC 8594); None when absent or unreadable."""
    value = headers.get("sunset")
    return None if value is None else _http_date(value.strip())


def _http_date(value: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
