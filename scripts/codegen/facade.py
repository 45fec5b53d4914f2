"""Everything derived from the manifest outside the generated packages, kept in step by the generator.

Adding a provider is a spec and a manifest entry: `make generate` writes the rest, `make check` fails
when any of it is stale. Each derived part lives between two marker lines in a hand-written file
(or is a whole generated file), so the rest of those files stays as people wrote it:

- the root pyproject.toml's `[tool.uv.sources]` (each provider package is a workspace member);
- the facade's extras, one per provider allowing its current major version, and `all`;
- the facade's `_providers.py` (names, packages, extras, titles, environment variables), which its
  registry, lazy imports and CLI help read;
- the facade's `__init__.py`: the typing imports of each provider module and their `__all__` entries.
"""

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .api_diff import Level
from .errors import CodegenError
from .files import write_atomically
from .manifest import Provider
from .paths import Paths
from .versioning import CHANGELOG, add_entry, next_version

PROJECT = "usage-clients"  # the facade's distribution
_BEGIN = "<generated from scripts/providers.toml by `python -m scripts.generate`: do not edit>"
_END = "</generated>"


@dataclass(frozen=True)
class Derived:
    """One file the manifest shapes: where, and what it should hold."""

    path: Path
    text: str


def facade_name(provider: Provider) -> str:
    """The provider's attribute of `usage_clients` (`wiremock_cloud`)."""
    return provider.key.replace("-", "_")


def derived(paths: Paths, providers: list[Provider], versions: Mapping[Provider, str]) -> list[Derived]:
    """What every derived file should hold now, given the providers and their packages' versions.

    A repository without the facade (a partial copy, e.g. the benchmarks') has nothing to derive there.
    """
    facade = paths.facade
    init = facade.parent / "src" / "usage_clients" / "__init__.py"
    root = paths.repo / "pyproject.toml"
    sources = [f"{provider.project_name} = {{ workspace = true }}" for provider in providers]
    extras = [_extra(provider, versions[provider]) for provider in providers]
    extras.append(f'all = ["usage-clients[{",".join([*(p.extra for p in providers), "cli"])}]"]')
    # Sorted as ruff sorts them, whatever the manifest's order: imports by module, `__all__` by name.
    by_module = sorted(providers, key=lambda provider: provider.package_name)
    imports = [f"    import {provider.package_name} as {facade_name(provider)}" for provider in by_module] + [""]
    names = ", ".join(f'"{name}"' for name in sorted(facade_name(provider) for provider in providers))
    result = []
    if root.exists():
        result.append(Derived(root, _with_block(root, _read(root), sources, "#")))
    if facade.exists():
        result.append(Derived(facade, _with_block(facade, _read(facade), extras, "#")))
    if init.exists():
        typed = _with_block(init, _read(init), imports, "    #")
        result.append(Derived(init, _with_block(init, typed, [f"__all__ += [{names}]"], "#")))
        result.append(Derived(init.parent / "_providers.py", _providers_module(providers)))
    return result


def stale(paths: Paths, providers: list[Provider], versions: Mapping[Provider, str]) -> list[Path]:
    """The derived files that differ from what they should hold."""
    return [item.path for item in derived(paths, providers, versions) if _read(item.path) != item.text]


def sync(paths: Paths, providers: list[Provider], versions: Mapping[Provider, str]) -> list[Path]:
    """Write every derived file that differs (the facade's version moves on with its extras); the ones written."""
    written = []
    for item in derived(paths, providers, versions):
        text = _read(item.path)
        if text == item.text:
            continue
        wanted = _with_next_version(paths, text, item.text) if item.path == paths.facade else item.text
        write_atomically(item.path, wanted)
        written.append(item.path)
    return written


def changelog(paths: Paths) -> Path:
    """The facade's CHANGELOG.md: one entry per version, written when its extras change."""
    return paths.facade.parent / CHANGELOG


def _with_next_version(paths: Paths, old: str, new: str) -> str:
    """`new` (the facade's pyproject.toml) at its next version, with the changelog entry saying why.

    An extra that now allows another major version of its provider, or is gone, is a major change of
    the facade (`pip install usage-clients[x]` installs an incompatible client); a new extra a minor one.
    """
    before, after = _extras(old), _extras(new)
    if not before:  # a facade without extras yet: nothing was released with them
        return new
    lines = [f"Extra `{name}` is gone." for name in before.keys() - after.keys()]
    lines += [
        f"Extra `{name}` now installs `{after[name]}` (was `{before[name]}`)."
        for name in sorted(before.keys() & after.keys())
        if before[name] != after[name]
    ]
    breaking = bool(lines)
    lines += [f"New extra `{name}`: `{after[name]}`." for name in sorted(after.keys() - before.keys())]
    if not lines:
        return new
    found = re.search(r'^version = "([^"]+)"$', new, flags=re.MULTILINE)
    if found is None:
        raise CodegenError(f'{paths.facade}: no `version = "..."` line')
    version = next_version(found.group(1), Level.BREAKING if breaking else Level.FEATURE)
    path = changelog(paths)
    history = _read(path) or "# Changelog of usage-clients\n"
    write_atomically(path, add_entry(history, version, lines))
    return new[: found.start(1)] + version + new[found.end(1) :]


def _extras(pyproject: str) -> dict[str, str]:
    """The provider extras of the facade's generated block: extra -> its requirement."""
    return dict(re.findall(r'^([a-z0-9-]+) = \["([a-z0-9-]+-usage-client[^"]*)"\]$', pyproject, flags=re.MULTILINE))


def _extra(provider: Provider, version: str) -> str:
    major = int(version.split(".")[0])
    return f'{provider.extra} = ["{provider.project_name}>={major}.0.0,<{major + 1}"]'


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _with_block(path: Path, text: str, lines: list[str], comment: str) -> str:
    """`text` (of `path`) with its generated block, between the marker comments at this indent, holding `lines`."""
    begin, end = re.escape(f"{comment} {_BEGIN}\n"), re.escape(f"{comment} {_END}\n")
    block = re.search(rf"^({begin}).*?^({end})", text, flags=re.MULTILINE | re.DOTALL)
    if block is None:
        raise CodegenError(f"{path}: the lines `{comment} {_BEGIN}` ... `{comment} {_END}` are missing; restore them")
    body = "".join(f"{line}\n" for line in lines)
    return text[: block.start()] + block.group(1) + body + block.group(2) + text[block.end() :]


def _providers_module(providers: list[Provider]) -> str:
    """The facade's `_providers.py`: plain tables, formatted as ruff would."""

    def literal(value: object) -> str:
        if isinstance(value, tuple):
            return "(" + ", ".join(literal(item) for item in value) + ("," if len(value) == 1 else "") + ")"
        if isinstance(value, dict):
            return "{" + ", ".join(f"{literal(key)}: {literal(item)}" for key, item in value.items()) + "}"
        return json.dumps(value)

    def table(comment: str, name: str, annotation: str, rows: dict[str, object]) -> str:
        body = "".join(f"    {literal(key)}: {literal(value)},\n" for key, value in rows.items())
        return f"# {comment}\n{name}: {annotation} = {{\n{body}}}\n"

    names = [facade_name(provider) for provider in providers]
    tables = [
        table(
            "The facade's name for each provider -> (the provider's package, the extra that installs it).",
            "PROVIDERS",
            "dict[str, tuple[str, str]]",
            {name: (p.package_name, p.extra) for name, p in zip(names, providers, strict=True)},
        ),
        table(
            "How people write each provider's name.",
            "TITLES",
            "dict[str, str]",
            dict(zip(names, (p.name for p in providers), strict=True)),
        ),
        table(
            "Each provider's variables: token, base URL, the manifest's credentials, arguments from the environment.",
            "ENVIRONMENT",
            "dict[str, tuple[str, ...]]",
            {
                name: (
                    p.token_env,
                    p.base_url_env,
                    *(variable for _, variable in p.credentials_env),
                    *(variable for _, variable in p.arguments_env),
                )
                for name, p in zip(names, providers, strict=True)
            },
        ),
        table(
            "The get-usage arguments each provider reads from the environment: argument -> variable.",
            "ARGUMENTS_ENV",
            "dict[str, dict[str, str]]",
            {name: dict(p.arguments_env) for name, p in zip(names, providers, strict=True)},
        ),
    ]
    header = f'"""The providers of scripts/providers.toml, as the facade knows them.\n\n{_BEGIN}\n"""\n\n'
    return header + "\n".join(tables)
