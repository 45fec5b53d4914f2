"""Which servers a client knows, by which names, which it talks to by default, and what fills their variables.

A server's name is its `x-fern-server-name`, else the first word of its description, else the first
label of its host (`staging.x.com`: staging; a host that names no environment, `api.example.com`, is
the production server). A name is a slug (`[a-z0-9]+` joined by dashes): an argument's value and a
README word, never code. Two servers of one name keep the first its name and number the others
(`production`, `production-2`).

A server variable (`https://{region}.sentry.io`) becomes a keyword argument of the client (`region=`),
read else from `<PREFIX>_<VARIABLE>` and else the spec's default, and checked against its `enum`. A
relative server URL is resolved against the URL the description is published at. An operation or
path item with servers of its own is sent to its first server (unless the caller chose a base URL).
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from openapi_python_client.strings import PythonIdentifier

from .escaping import SpecText
from .model import Api, Server
from .names import slug

# Host names that say nothing about the environment.
_GENERIC_HOSTS = {"api", "www", "app", "rest", "public"}
SERVER_NAME_EXTENSION = "x-fern-server-name"  # how Fern-made specs name their servers
# The client's own keyword arguments: a server variable of one of these names is `<name>_variable`.
_CLIENT_ARGUMENTS = frozenset(
    {"base_url", "server", "token", "timeout", "max_retries", "max_response_bytes", "headers", "cookies"}
    | {"verify_ssl", "follow_redirects", "httpx_args", "http_client", "async_http_client", "transport"}
    | {"async_transport", "self"}
)
_VARIABLE = re.compile(r"{([^{}]*)}")


@dataclass(frozen=True)
class NamedServer:
    name: str
    url: str  # absolute; `{variable}`s as the spec writes them
    description: str


@dataclass(frozen=True)
class ServerVariable:
    name: str  # as in the URL: `{region}`
    argument: str  # the client's keyword argument, e.g. "region"
    env: str  # the environment variable read when the argument is not given, e.g. "SENTRY_REGION"
    default: str
    allowed: tuple[str, ...]  # the spec's `enum`; empty: any value


@dataclass(frozen=True)
class ServerPlan:
    servers: tuple[NamedServer, ...]  # the document's, by unique name
    default: NamedServer | None  # None: the spec declares none, and a client needs a base URL
    variables: tuple[ServerVariable, ...]  # of every server the client may use
    operation_servers: Mapping[str, str]  # operation key -> the URL of its own first server


def server_plan(api: Api, *, env_prefix: str, published_at: str | None) -> ServerPlan:
    """The servers of `api` as its clients use them; `published_at` resolves relative server URLs."""
    servers = _named(api.servers, api, published_at)
    operation_servers = {
        operation.key: _absolute(operation.servers[0], api, published_at)
        for operation in api.operations
        if operation.servers
    }
    declared = [*api.servers, *(operation.servers[0] for operation in api.operations if operation.servers)]
    variables: dict[str, ServerVariable] = {}
    for server in declared:
        for variable in server.variables:
            argument = str(PythonIdentifier(variable.name, prefix="server_"))
            argument = f"{argument}_variable" if argument in _CLIENT_ARGUMENTS else argument
            variables.setdefault(
                variable.name,
                ServerVariable(
                    variable.name, argument, f"{env_prefix}{argument.upper()}", variable.default, variable.enum
                ),
            )
        for name in _VARIABLE.findall(server.url):
            if name not in variables:
                raise api.source.error(
                    f"server URL {server.url!r} uses {{{name}}}, which it does not declare", *server.pointer
                )
    return ServerPlan(servers, default_server(servers), tuple(variables.values()), operation_servers)


def named_servers(api: Api, published_at: str | None = None) -> tuple[NamedServer, ...]:
    """The document's servers under unique names, in the spec's order."""
    return _named(api.servers, api, published_at)


def default_server(servers: tuple[NamedServer, ...]) -> NamedServer | None:
    """The server a client talks to unless told otherwise: "production" where there is one, else the first."""
    return next((server for server in servers if server.name == "production"), servers[0] if servers else None)


def _named(declared: tuple[Server, ...], api: Api, published_at: str | None) -> tuple[NamedServer, ...]:
    taken: set[str] = set()
    servers = []
    for server in declared:
        name = base = _server_name(server)
        number = 1
        while name in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name)
        servers.append(NamedServer(name, _absolute(server, api, published_at), server.description))
    return tuple(servers)


def _absolute(server: Server, api: Api, published_at: str | None) -> str:
    """The server's URL made absolute; a relative one needs the URL the description is published at."""
    if urlsplit(server.url).scheme in ("http", "https"):
        return SpecText(server.url)
    if urlsplit(server.url).scheme or published_at is None:
        where = "is not an http(s) URL" if urlsplit(server.url).scheme else "is relative, and the spec is not derived"
        raise api.source.error(
            f"server URL {server.url!r} {where}: give the server an absolute URL in an overlay", *server.pointer
        )
    return SpecText(urljoin(published_at, server.url).rstrip("/"))


def _server_name(server: Server) -> str:
    description = server.description.split()
    named = slug(str(server.extensions.get(SERVER_NAME_EXTENSION) or (description[0] if description else "")))
    if named:
        return named
    host = urlsplit(server.url).hostname or ""
    label = slug(host.split(".")[0] if host.count(".") >= 1 else host)
    return "production" if not label or label in _GENERIC_HOSTS else label
