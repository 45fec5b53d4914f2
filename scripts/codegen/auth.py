"""How a client authenticates, decided from the model's security requirements and schemes.

OpenAPI's meaning, kept: an operation's `security` (else the document's) lists alternatives, any one of
which suffices; each alternative names schemes that must all be satisfied together (two API keys are
both sent); an empty alternative `{}` makes authentication optional. A spec that declares no security
at all takes a header scheme from the manifest's `auth`.

Each scheme becomes a `Scheme` the templates render into `_auth.py`; each credential it needs (a
token, a user name and password, a client id and secret) one keyword argument of `AuthenticatedClient`
and one environment variable. The main token keeps `token` and the manifest's `token_env`, so a
package's public API does not move; other credentials are named after their scheme, their variable
after the provider's prefix (`VOCODE_BASE_URL` -> `VOCODE_USERNAME`) unless the manifest's
`credentials_env` names it.

A requirement we cannot serve (mutualTLS, http digest...) is dropped when its operation has another
one; an operation left with none takes the manifest's `auth`, else is a SpecError naming the scheme and
the Overlay action that removes it.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import ManifestError, SpecWarning
from .manifest import AuthScheme, Provider
from .model import Api, Operation, SecurityScheme
from .names import is_header_name
from .paths import MANIFEST

# The part of an apiKey header value before the key (e.g. "Token"): OpenAPI has no field for it.
AUTH_PREFIX_EXTENSION = "x-auth-prefix"
# The name of the scheme made from the manifest's `auth`, for a spec that declares none.
MANIFEST_SCHEME = "manifest"
# The keyword arguments of a client that a credential's argument must not shadow.
_RESERVED = frozenset({"base_url", "options", "self", "token"})


@dataclass(frozen=True)
class Credential:
    """One value the user gives: an `AuthenticatedClient` keyword argument, or else its environment variable."""

    argument: str  # e.g. "token", "username", "client_secret", "partner_key"
    variable: str  # e.g. "VOCODE_API_KEY"
    what: str  # e.g. "token", "user name", "client secret"


@dataclass(frozen=True)
class Scheme:
    """A security scheme as the client serves it."""

    name: str  # its key in components.securitySchemes (MANIFEST_SCHEME for the manifest's `auth`)
    # "api_key": the token in a header, query parameter or cookie; "basic": user name and password;
    # "bearer": a token (or a callable returning one) in `Authorization: Bearer`; "client_credentials":
    # an OAuth2 token fetched from `token_url` with a client id and secret.
    kind: str
    location: str  # "header", "query" or "cookie"
    parameter: str  # the header, query parameter or cookie that carries it
    prefix: str  # what precedes the token in its header value ("Bearer", "Token", "" for none)
    credentials: tuple[Credential, ...]
    token_url: str = ""  # client_credentials: as declared; a relative one is resolved against the base URL
    scopes: tuple[str, ...] = ()  # client_credentials: every scope a kept operation asks of it

    @property
    def sent_as(self) -> str:
        """How a request carries it, in words (Markdown code spans)."""
        if self.kind == "basic":
            return "HTTP basic authentication (`Authorization: Basic ...`)"
        if self.kind == "client_credentials":
            return f"`Authorization: Bearer <token>`, an OAuth2 token fetched from `{self.token_url}`"
        if self.location == "header":
            return f"`{self.parameter}: {self.prefix + ' ' if self.prefix else ''}<{self.credentials[0].what}>`"
        return f"the `{self.parameter}` {'query parameter' if self.location == 'query' else 'cookie'}"

    @property
    def takes_callable(self) -> bool:
        """Its credential may be a callable that returns it, asked before each request."""
        return self.kind in ("api_key", "bearer")


@dataclass(frozen=True)
class AuthPlan:
    schemes: tuple[Scheme, ...]  # those a kept operation may use, in the order they are first required
    # The requirements of the client's calls unless an operation says otherwise: alternatives, each the names
    # of the schemes it needs together; () among them makes authentication optional.
    security: tuple[tuple[str, ...], ...]
    operations: Mapping[str, tuple[tuple[str, ...], ...]]  # by operation key: where it differs from `security`
    warnings: tuple[SpecWarning, ...] = ()  # the schemes we cannot serve, left out for another requirement

    @property
    def main(self) -> Scheme | None:
        """The scheme whose credential is the client's `token`."""
        return next((s for s in self.schemes if s.credentials and s.credentials[0].argument == "token"), None)

    @property
    def credentials(self) -> tuple[Credential, ...]:
        return tuple(credential for scheme in self.schemes for credential in scheme.credentials)

    @property
    def secret_headers(self) -> tuple[str, ...]:
        """The headers, lower-cased, that carry a credential."""
        return tuple(
            dict.fromkeys(s.parameter.lower() for s in self.schemes if s.location == "header" and s.kind != "basic")
        )

    @property
    def secret_parameters(self) -> tuple[str, ...]:
        """The query parameters that carry a credential: blanked out of every URL shown."""
        return tuple(dict.fromkeys(s.parameter for s in self.schemes if s.location == "query"))

    @property
    def test_credentials(self) -> tuple[str, ...]:
        """The arguments besides `token` that `<pkg>.testing.MockApi.client()` fills with a test value: all but
        an OAuth2 client's, whose token endpoint the mock does not serve."""
        return tuple(
            credential.argument
            for scheme in self.schemes
            if scheme.kind != "client_credentials"
            for credential in scheme.credentials
            if credential.argument != "token"
        )

    def scheme(self, name: str) -> Scheme:
        return next(scheme for scheme in self.schemes if scheme.name == name)

    def requirements(self, key: str) -> tuple[tuple[str, ...], ...] | None:
        """The requirements of the operation `key` when they differ from the client's, else None."""
        return self.operations.get(key)


def auth_plan(api: Api, provider: Provider) -> AuthPlan:
    """The schemes and requirements of `api`'s kept operations; a SpecError names what cannot be served."""
    manifest = _manifest_scheme(provider.auth, provider.token_env) if provider.auth else None
    if all(operation.security is None for operation in api.operations) and manifest is None:
        raise api.source.error(
            "no operation has a security requirement: declare one, or give the provider an `auth` in "
            "scripts/providers.toml",
            "security",
        )
    served: dict[str, SecurityScheme] = {}
    dropped: dict[str, str] = {}  # the schemes we cannot serve, left out: name -> why
    by_operation = {}
    for operation in api.operations:
        requirements = _served(api, operation, served, dropped, manifest)
        if requirements is None:  # declared neither on the operation nor on the document
            requirements = ((MANIFEST_SCHEME,),) if manifest else ((),)
        by_operation[operation.key] = requirements
    # The client's requirements: those of the first kept operation (the document's may name schemes no kept
    # operation uses: OpenAI's user key, where its usage operations take an admin key).
    default = next(iter(by_operation.values()), None) or _served(api, None, served, dropped, manifest) or ((),)
    used = dict.fromkeys(name for group in (default, *by_operation.values()) for names in group for name in names)
    names = _Names(provider)
    schemes = tuple(
        manifest if name == MANIFEST_SCHEME and manifest else _scheme(api, served[name], names) for name in used
    )
    named = {credential.argument for scheme in schemes for credential in scheme.credentials} - {"token"}
    if unknown := [argument for argument, _ in provider.credentials_env if argument not in named]:
        raise ManifestError(
            Path(MANIFEST),
            provider.key,
            f"credentials_env: {', '.join(map(repr, unknown))} is no credential of this API besides its token "
            f"(token_env names the token's variable); its others: {', '.join(sorted(named)) or 'none'}",
        )
    return AuthPlan(
        schemes=_with_main_token(schemes, provider.token_env),
        security=default,
        operations={key: requirements for key, requirements in by_operation.items() if requirements != default},
        warnings=tuple(
            api.source.warning(
                f"security scheme {name!r} cannot be served ({reason}): requests carry their operation's other "
                "requirements, or the manifest's `auth`",
                "components",
                "securitySchemes",
                name,
            )
            for name, reason in dropped.items()
        ),
    )


def _manifest_scheme(auth: AuthScheme, token_env: str) -> Scheme:
    return Scheme(
        MANIFEST_SCHEME, "api_key", "header", auth.header, auth.prefix, (Credential("token", token_env, "token"),)
    )


def _served(
    api: Api,
    operation: Operation | None,
    served: dict[str, SecurityScheme],
    dropped: dict[str, str],
    manifest: Scheme | None,
) -> tuple[tuple[str, ...], ...] | None:
    """The requirements of `operation` (or of the document) we can serve; records their schemes in `served`,
    those left out in `dropped`.

    When none can be served, the manifest's `auth` stands in; without one it is a SpecError.
    """
    declared = api.security if operation is None else operation.security
    if declared is None:
        return None
    if not declared:  # `security: []`: no requirement at all
        return ((),)
    inherited = operation is None or operation.security == api.security  # the document's, unless it says its own
    where: tuple[str | int, ...] = ("security",) if inherited or operation is None else (*operation.pointer, "security")
    kept: list[tuple[str, ...]] = []
    refused: list[tuple[SecurityScheme, str]] = []
    for requirement in declared:
        schemes = []
        for name, _ in requirement:
            scheme = api.security_schemes.get(name)
            if scheme is None:
                raise api.source.error(f"security scheme {name!r} is not declared", "components", "securitySchemes")
            schemes.append(scheme)
        reasons = [(scheme, reason) for scheme in schemes if (reason := _unservable(scheme))]
        if reasons:
            refused.extend(reasons)
            continue
        served.update((scheme.name, scheme) for scheme in schemes)
        kept.append(tuple(scheme.name for scheme in schemes))
    if kept or manifest is not None:
        dropped.update((scheme.name, reason) for scheme, reason in refused)
    if refused and not kept and manifest is not None:
        return ((MANIFEST_SCHEME,),)
    if refused and not kept:
        scheme, reason = refused[0]
        if where == ("security",) and "security" not in api.document:  # declared, required nowhere: model.py
            where = ("components", "securitySchemes", scheme.name)
        # Removing the whole `security` leaves the operation the document's requirements, or the manifest's `auth`.
        action = f'{{target: "{_json_path(where)}", description: "The client cannot serve {reason}.", remove: true}}'
        raise api.source.error(
            f"security scheme {scheme.name!r} cannot be served ({reason}) and no other requirement is left: "
            "give the provider an `auth` in scripts/providers.toml (sent instead), or remove it in the provider's "
            f"overlay with the action {action}",
            "components",
            "securitySchemes",
            scheme.name,
        )
    return tuple(kept)


def _unservable(scheme: SecurityScheme) -> str:
    """Why the client cannot serve `scheme`; "" when it can."""
    if scheme.type == "http":
        return "" if scheme.scheme in ("basic", "bearer") else f"http {scheme.scheme or 'without a scheme'}"
    if scheme.type == "apiKey":
        if scheme.location not in ("header", "query", "cookie"):
            return f"apiKey in {scheme.location!r}"
        if scheme.location == "header" and not is_header_name(scheme.parameter):
            return f"{scheme.parameter!r} is not a header name"
        if not scheme.parameter:
            return "apiKey without a name"
        if not re.fullmatch(r"[!-~]*", scheme.prefix):
            return f"{AUTH_PREFIX_EXTENSION} {scheme.prefix!r} is not a header value word"
        return ""
    if scheme.type == "oauth2":
        return "" if scheme.flows else "oauth2 without flows"
    if scheme.type == "openIdConnect":
        return ""
    return scheme.type or "a scheme without a type"


class _Names:
    """Each credential's argument and variable: the first of a kind takes the plain name, later ones their scheme's."""

    def __init__(self, provider: Provider) -> None:
        self.prefix = provider.base_url_env.removesuffix("BASE_URL")
        self.overrides = dict(provider.credentials_env)
        self.taken: set[str] = set(_RESERVED)

    def credential(self, scheme: str, field: str, what: str) -> Credential:
        own = re.sub(r"[^0-9a-zA-Z]+", "_", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", scheme)).strip("_").lower()
        argument = field if field and field not in self.taken else "_".join(filter(None, (own or "scheme", field)))
        if not argument.isidentifier() or argument[0].isdigit():
            argument = f"scheme_{argument}"
        while argument in self.taken:
            argument += "_"
        self.taken.add(argument)
        return Credential(argument, self.overrides.get(argument, self.prefix + argument.upper()), what)


def _scheme(api: Api, scheme: SecurityScheme, names: _Names) -> Scheme:
    """`scheme` as served (it passed `_unservable`)."""
    if scheme.type == "apiKey":
        token = names.credential(scheme.name, "", "key")
        return Scheme(scheme.name, "api_key", scheme.location, scheme.parameter, scheme.prefix, (token,))
    if scheme.type == "http" and scheme.scheme == "basic":
        return _authorization(names, scheme, "basic", "Basic", {"username": "user name", "password": "password"})
    flow = scheme.flows.get("clientCredentials") if scheme.type == "oauth2" else None
    if isinstance(flow, dict) and isinstance(flow.get("tokenUrl"), str):
        scopes = sorted(
            {
                scope
                for operation in api.operations
                for requirement in operation.security or ()
                for name, required in requirement
                if name == scheme.name
                for scope in required
            }
        )
        credentials = {"client_id": "client id", "client_secret": "client secret"}
        return _authorization(
            names, scheme, "client_credentials", "Bearer", credentials, token_url=flow["tokenUrl"], scopes=tuple(scopes)
        )
    # http bearer, other OAuth2 flows, OpenID Connect: a token you pass, or a callable that returns one.
    token = names.credential(scheme.name, "", "token")
    return Scheme(scheme.name, "bearer", "header", "Authorization", "Bearer", (token,))


def _authorization(
    names: _Names, scheme: SecurityScheme, kind: str, prefix: str, fields: Mapping[str, str], **more: Any
) -> Scheme:
    """A scheme sent in `Authorization` whose credentials are `fields` (argument -> what it is)."""
    credentials = tuple(names.credential(scheme.name, field, what) for field, what in fields.items())
    return Scheme(scheme.name, kind, "header", "Authorization", prefix, credentials, **more)


def _with_main_token(schemes: tuple[Scheme, ...], token_env: str) -> tuple[Scheme, ...]:
    """`schemes` with the first single-token scheme's credential renamed `token`, read from `token_env`."""
    for index, scheme in enumerate(schemes):
        if scheme.kind in ("api_key", "bearer"):
            main = replace(scheme, credentials=(replace(scheme.credentials[0], argument="token", variable=token_env),))
            return (*schemes[:index], main, *schemes[index + 1 :])
    return schemes


def _json_path(pointer: tuple[str | int, ...]) -> str:
    """An RFC 9535 JSONPath (as Overlay 1.0 targets are) of a JSON pointer's parts."""
    return "$" + "".join(
        f"[{part}]" if isinstance(part, int) else f"[{_quoted(part)}]" if not part.isidentifier() else f".{part}"
        for part in pointer
    )


def _quoted(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
