"""Real published descriptions go in as published: a file, its SOURCE.md and a manifest entry, nothing else.

Every description in ../shared/corpus/ (index.json lists them with the operations to keep) is added to
one scratch copy of the repository the way a maintainer adds a provider; then `make generate` and
`make check`'s steps pass, `from usage_clients import <key>` works, and every kept operation, called
through `<pkg>.testing.MockApi`, returns its parsed model.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import corpus
from support import repo_copy, run_generator

pytestmark = [
    pytest.mark.slow,
    pytest.mark.generator,
    pytest.mark.skipif(not corpus.entries(), reason=f"no corpus of descriptions at {corpus.CORPUS}"),
]


# Run in the scratch copy's packages: each kept operation through MockApi, with a value for each required argument.
CALL_EVERY_OPERATION = """
import datetime, enum, importlib, inspect, json, pkgutil, sys, types, typing, uuid
import usage_clients

def argument(kind):
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        kind = next(member for member in typing.get_args(kind) if member is not type(None))
    if typing.get_origin(kind) is list:
        return [argument(typing.get_args(kind)[0])]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind))
    if kind is datetime.datetime:
        return datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    if kind is datetime.date:
        return datetime.date(2026, 1, 1)
    if kind is uuid.UUID:
        return uuid.UUID(int=1)
    return {str: "x", int: 1, float: 1.0, bool: True}[kind]

called = {}
for key in sys.argv[1:]:
    package = getattr(usage_clients, key.replace("-", "_"))
    mock = importlib.import_module(package.__name__ + ".testing").MockApi()
    with mock.client() as client:
        for info in pkgutil.walk_packages(package.api.__path__, package.api.__name__ + "."):
            module = importlib.import_module(info.name)
            if info.ispkg or not hasattr(module, "sync"):
                continue
            signature = inspect.signature(module.sync, eval_str=True)
            arguments = {
                name: argument(parameter.annotation)
                for name, parameter in signature.parameters.items()
                if name != "client" and parameter.default is inspect.Parameter.empty
            }
            result = module.sync(client=client, **arguments)
            returns = signature.return_annotation
            union = typing.get_origin(returns) in (typing.Union, types.UnionType)
            expected = [typing.get_origin(kind) or kind for kind in (typing.get_args(returns) if union else (returns,))]
            assert result is not None, info.name
            assert isinstance(result, tuple(expected)), (info.name, type(result), returns)
            called[info.name] = type(result).__name__
print(json.dumps(called))
"""


def test_every_published_description_goes_in_as_published(tmp_path: Path) -> None:
    entries = corpus.entries()
    repo = repo_copy(tmp_path / "repo")
    for entry in entries:
        corpus.add_provider(repo, entry)

    generated = run_generator(repo)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    checked = run_generator(repo, "--check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    packages = [repo / "packages" / f"{entry['key']}-usage-client" for entry in entries]
    sources = [str(next(package.glob("*_usage_client"))) for package in packages]
    for command in (
        [sys.executable, "-m", "ruff", "check", "--no-cache", *map(str, packages)],
        [sys.executable, "-m", "mypy", "--no-incremental", *sources],
    ):
        result = subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=600, check=False)
        assert result.returncode == 0, f"{command[:3]}:\n{result.stdout}{result.stderr}"

    path = os.pathsep.join([*map(str, packages), str(repo / "packages" / "usage-clients" / "src")])
    keys = [entry["key"] for entry in entries]
    called = subprocess.run(
        [sys.executable, "-W", "error::DeprecationWarning", "-c", CALL_EVERY_OPERATION, *keys],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": path},
        check=False,
    )
    assert called.returncode == 0, called.stderr
    operations = json.loads(called.stdout)
    assert sum(len(entry["operations"]) for entry in entries) == len(operations), operations
