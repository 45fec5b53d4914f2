"""Rendering one provider package with openapi-python-client, driven as a library.

Driving it as a library (not its CLI) lets our templates see the spec facts it ignores (servers,
security scheme) and renders every spec in one process. Any warning is an error, as with
`--fail-on-warning`: nothing in a spec is silently dropped.
"""

import contextlib
import io
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from .errors import GenerationError
from .examples import example_answers, operation_key
from .manifest import Provider
from .reference import ParameterDocs, error_class, markdown_cell
from .spec import Spec

SCRIPTS = Path(__file__).resolve().parent.parent
TEMPLATES = SCRIPTS / "templates"
CONFIG = SCRIPTS / "openapi-python-client.yaml"
GENERATOR = f"openapi-python-client {version('openapi-python-client')}"

# Files openapi-python-client does not write but a package needs, rendered from our templates;
# `{package}` stands for the import package's directory.
EXTRA_FILES = {
    "LICENSE": "LICENSE.jinja",
    "{package}/_query.py": "_query.py.jinja",
    "{package}/_retries.py": "_retries.py.jinja",
    "{package}/_validation.py": "_validation.py.jinja",
    # Issue 14, SDK users: per-call options, identity, logging switch, bring-your-own HTTP client, testing.
    "{package}/_options.py": "_options.py.jinja",
    "{package}/_identity.py": "_identity.py.jinja",
    "{package}/_logging.py": "_logging.py.jinja",
    "{package}/_transports.py": "_transports.py.jinja",
    "{package}/testing.py": "testing.py.jinja",
}


def header(spec: Path) -> str:
    """The first line of every generated source file."""
    return (
        f"# Generated from {spec.as_posix()} by scripts/generate.py with {GENERATOR}. "
        "Do not edit: change the spec or scripts/templates/ and run `make generate`."
    )


def render_package(provider: Provider, spec: Spec, version: str, destination: Path) -> None:
    """Write the whole package directory for `provider` at `version` to `destination`, which must not exist."""
    shared = ConfigFile.load_from_path(CONFIG)
    config = Config.from_sources(
        shared.model_copy(
            update={
                "project_name_override": provider.project_name,
                "package_name_override": provider.package_name,
                "package_version_override": version,
            }
        ),
        MetaType.UV,
        document_source=spec.path,
        file_encoding="utf-8",
        overwrite=False,
        output_path=destination,
    )
    openapi = GeneratorData.from_dict(spec.document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(provider.spec, [_describe(openapi)])
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals.update(
        provider=provider,
        servers=spec.servers,
        default_server=spec.default_server,
        auth=spec.auth,
        unexploded_parameters=spec.unexploded_parameters,
        spec_path=provider.spec.as_posix(),
        generated_header=header(provider.spec),
        example_answers=example_answers(spec.document),
        operation_key=operation_key,
        error_class=error_class,
        parameter_doc=ParameterDocs(spec.document),
    )
    project.env.filters["markdown_cell"] = markdown_cell
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        problems = project.build()
    if problems:
        raise GenerationError(provider.spec, [_describe(problem) for problem in problems])
    for name, template in EXTRA_FILES.items():
        target = destination / name.format(package=provider.package_name)
        target.write_text(project.env.get_template(template).render(), encoding="utf-8")
    _stamp_sources(destination, header(provider.spec))


def format_packages(root: Path) -> None:
    """Run the pinned ruff over every package below `root`, as openapi-python-client's post hooks would."""
    for command in (["check", "--fix-only"], ["format"]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--no-cache", "--quiet", str(root)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise GenerationError(root, [f"ruff {command[0]} failed: {result.stderr.strip() or result.stdout.strip()}"])


def _stamp_sources(destination: Path, line: str) -> None:
    for path in sorted(destination.rglob("*.py")):
        path.write_text(f"{line}\n{path.read_text(encoding='utf-8')}", encoding="utf-8")


def _describe(problem: GeneratorError) -> str:
    return " ".join(part for part in (problem.level.value, problem.header, problem.detail) if part)
