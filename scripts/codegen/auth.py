"""How a client authenticates, decided from the model's security requirements and schemes.

The scheme of the first requirement of the first secured operation (or of the document) gives the
header that carries the token and what precedes it. A spec that declares no security at all (GitHub's
does not) takes its scheme from the manifest's `auth`.
"""

import re

from .manifest import AuthScheme
from .model import Api
from .names import is_header_name

# The part of an apiKey header value before the key (e.g. "Token"): OpenAPI has no field for it.
AUTH_PREFIX_EXTENSION = "x-auth-prefix"


def auth_scheme(api: Api, manifest: AuthScheme | None) -> AuthScheme:
    """The header and prefix every secured request carries; a SpecError names a scheme we cannot serve."""
    declared = (operation.security for operation in api.operations if operation.security is not None)
    requirements = next(declared, None) or api.security or ()
    if not requirements or not requirements[0]:
        if manifest is not None:
            return manifest
        raise api.source.error(
            "no operation has a security requirement: declare one, or give the provider an `auth` in "
            "scripts/providers.toml",
            "security",
        )
    name = requirements[0][0][0]
    where = ("components", "securitySchemes", name)
    scheme = api.security_schemes.get(name)
    if scheme is None:
        raise api.source.error(f"security scheme {name!r} is not declared", *where[:2])
    if scheme.type == "http" and scheme.scheme == "bearer":
        return AuthScheme(header="Authorization", prefix="Bearer")
    if scheme.type == "apiKey" and scheme.location == "header":
        if not is_header_name(scheme.parameter):
            raise api.source.error(
                f"security scheme {name!r}: {scheme.parameter!r} is not a header name", *where, "name"
            )
        if not re.fullmatch(r"[!-~]*", scheme.prefix):
            raise api.source.error(f"{AUTH_PREFIX_EXTENSION} {scheme.prefix!r} is not a header value word", *where)
        return AuthScheme(header=scheme.parameter, prefix=scheme.prefix)
    raise api.source.error(f"security scheme {name!r} is not supported: use http bearer or an apiKey header", *where)
