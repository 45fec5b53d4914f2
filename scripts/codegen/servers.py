"""Which servers a client knows, by which names, and which it talks to by default; decided from the model.

A server's name is its `x-fern-server-name`, else the first word of its description, else the first
label of its host (`staging.x.com`: staging; a host that names no environment, `api.example.com`, is
the production server). A name is a slug (`[a-z0-9]+` joined by dashes): an argument's value and a
README word, never code. Two servers of one name keep the first its name and number the others
(`production`, `production-2`).
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from .model import Api, Server
from .names import slug

# Host names that say nothing about the environment.
_GENERIC_HOSTS = {"api", "www", "app", "rest", "public"}
SERVER_NAME_EXTENSION = "x-fern-server-name"  # how Fern-made specs name their servers


@dataclass(frozen=True)
class NamedServer:
    name: str
    url: str
    description: str


def named_servers(api: Api) -> tuple[NamedServer, ...]:
    """The document's servers under unique names, in the spec's order."""
    taken: set[str] = set()
    servers = []
    for server in api.servers:
        name = base = _server_name(server)
        number = 1
        while name in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name)
        servers.append(NamedServer(name, server.url, server.description))
    return tuple(servers)


def default_server(servers: tuple[NamedServer, ...]) -> NamedServer | None:
    """The server a client talks to unless told otherwise: "production" where there is one, else the first."""
    return next((server for server in servers if server.name == "production"), servers[0] if servers else None)


def _server_name(server: Server) -> str:
    description = server.description.split()
    named = slug(str(server.extensions.get(SERVER_NAME_EXTENSION) or (description[0] if description else "")))
    if named:
        return named
    host = urlsplit(server.url).hostname or ""
    label = slug(host.split(".")[0] if host.count(".") >= 1 else host)
    return "production" if not label or label in _GENERIC_HOSTS else label
