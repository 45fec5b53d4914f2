"""Which `errors` class a non-2xx status raises: the one table both the generated `errors.status_error`
(rendered from it by errors.py.jinja) and the package README's "Operations" reference read.
"""

from collections.abc import Mapping

# Each class is defined in scripts/templates/errors.py.jinja; a name missing there fails mypy on the package.
STATUS_ERRORS: Mapping[int, str] = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
SERVER_ERROR = "InternalServerError"  # any other 5xx
OTHER_ERROR = "ApiStatusError"  # any other non-2xx


def error_class(status: int) -> str:
    """The name of the `errors` class a call's `sync`/`asyncio` raises for `status` (a non-2xx status)."""
    return STATUS_ERRORS.get(status) or (SERVER_ERROR if 500 <= status <= 599 else OTHER_ERROR)
