"""Rendering one provider package with openapi-python-client, driven as a library.

Driving it as a library (not its CLI) lets our templates see the spec facts it ignores (servers,
security scheme) and renders every spec in one process. Any warning is an error, as with
`--fail-on-warning`: nothing in a spec is silently dropped.
"""

import contextlib
import io
import re
import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.parser.properties.union import UnionProperty

from .decisions import decide
from .deprecations import deprecated_fields
from .docstrings import model_docstring, spec_text
from .endpoints import collections_in_headers, endpoint_plan
from .errors import GenerationError, SpecWarning
from .escaping import (
    comment_text,
    docstring_text,
    double_quoted_text,
    markdown_code,
    markdown_text,
    markdown_url,
    python_json,
    python_literal,
    refuse_spec_text,
)
from .examples import example_calls
from .manifest import Provider
from .model import Json, operation_key
from .page_plan import page_plan
from .paths import REPO
from .prepare import name_attributes, prepared
from .reference import ParameterDocs, markdown_cell
from .spec import Spec
from .status_errors import OTHER_ERROR, SERVER_ERROR, STATUS_ERRORS, error_class
from .unions import Dispatch, dispatch_tables

TEMPLATES = REPO / "scripts" / "templates"
CONFIG = REPO / "scripts" / "openapi-python-client.yaml"
GENERATOR = f"openapi-python-client {version('openapi-python-client')}"

# Files openapi-python-client does not write but a package needs, rendered from our templates;
# `{package}` stands for the import package's directory.
EXTRA_FILES = {
    "LICENSE": "LICENSE.jinja",
    "{package}/_query.py": "_query.py.jinja",
    "{package}/_retries.py": "_retries.py.jinja",
    "{package}/_deadlines.py": "_deadlines.py.jinja",
    "{package}/_decoding.py": "_decoding.py.jinja",
    "{package}/_validation.py": "_validation.py.jinja",
    # Issue 14, SDK users: per-call options, identity, logging switch, bring-your-own HTTP client, testing.
    "{package}/_options.py": "_options.py.jinja",
    "{package}/_auth.py": "_auth.py.jinja",  # issue 18: every security scheme
    "{package}/_identity.py": "_identity.py.jinja",
    "{package}/_logging.py": "_logging.py.jinja",
    "{package}/_transports.py": "_transports.py.jinja",
    "{package}/testing.py": "testing.py.jinja",
    # Issue 21: page walking, deprecations.
    "{package}/_pagination.py": "_pagination.py.jinja",
    "{package}/_deprecation.py": "_deprecation.py.jinja",
}


def header(spec: Path) -> str:
    """The first line of every generated source file."""
    return (
        f"# Generated from {spec.as_posix()} by scripts/generate.py with {GENERATOR}. "
        "Do not edit: change the spec or scripts/templates/ and run `make generate`."
    )


def render_package(provider: Provider, spec: Spec, version: str, destination: Path) -> tuple[SpecWarning, ...]:
    """Write the whole package directory for `provider` at `version` to `destination`, which must not exist.

    Returns the warnings about the spec: the publisher's mistakes we worked around.
    """
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
    decisions = decide(provider, spec.api)
    document = prepared(spec.document)
    with collections_in_headers():  # endpoints.py: array and object headers are sent in `simple` style
        openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(provider.spec, [_describe(openapi, spec)])
    name_attributes(openapi, config, document)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals.update(
        provider=provider,
        server_plan=decisions.servers,
        servers=decisions.servers.servers,
        default_server=decisions.servers.default,
        auth=decisions.auth,
        union_dispatch=_union_dispatch(document, config),
        endpoint_plan=endpoint_plan(decisions.serializations, decisions.idempotent_operations),
        retry_policy=decisions.retry_policy,
        rate_limit_headers=decisions.rate_limit_headers,
        example_calls=example_calls,
        spec_text=spec_text,
        model_docstring=model_docstring,
        spec_path=provider.spec.as_posix(),
        generated_header=header(provider.spec),
        example_answers=decisions.example_answers,
        operation_key=operation_key,
        error_class=error_class,
        status_errors=STATUS_ERRORS,
        server_error=SERVER_ERROR,
        other_error=OTHER_ERROR,
        parameter_doc=ParameterDocs(decisions.parameter_docs),
        # The typed view of an endpoint's operation (model.Operation), for what openapi-python-client does not carry.
        operation_view=lambda endpoint: spec.api.operation(
            operation_key(endpoint.method, endpoint.path.get_untrusted_value())
        ),
        # TEMPORARY (issue 21), until model.Operation carries them: pagination and deprecations of an endpoint.
        page_plan=page_plan(provider.spec),
        deprecated_fields=deprecated_fields,
    )
    project.env.finalize = refuse_spec_text  # before any template is compiled: it is compiled into each
    project.env.policies["json.dumps_function"] = python_json  # `tojson` output is a Python literal too
    project.env.filters["markdown_cell"] = markdown_cell
    project.env.filters.update(  # escaping.py: the one way out for spec text, by output context
        python_literal=python_literal,
        docstring_text=docstring_text,
        safe_for_docstring=docstring_text,  # openapi-python-client's lets non-ASCII through (ruff's RUF002)
        in_double_quote_literal=double_quoted_text,  # openapi-python-client's JSON escapes split non-BMP characters
        comment_text=comment_text,
        markdown_text=markdown_text,
        markdown_code=markdown_code,
        markdown_url=markdown_url,
    )
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        problems = project.build()
    if problems:
        raise GenerationError(provider.spec, [_describe(problem, spec) for problem in problems])
    for name, template in EXTRA_FILES.items():
        target = destination / name.format(package=provider.package_name)
        target.write_text(project.env.get_template(template).render(), encoding="utf-8")
    _stamp_sources(destination, header(provider.spec))
    return decisions.warnings


def _union_dispatch(document: Json, config: Config) -> Callable[[UnionProperty], Dispatch | None]:
    """The templates' `union_dispatch(property)`: the dispatch table of a union of models, if it has one."""

    def class_name(component: str, schema: dict[str, Json]) -> str:
        return str(Class.from_string(string=schema.get("title") or component, config=config).name)

    tables = dispatch_tables(document, class_name)

    def lookup(union: UnionProperty) -> Dispatch | None:
        models = [inner for inner in union.inner_properties if isinstance(inner, ModelProperty)]
        return tables.get(frozenset(str(model.class_info.name) for model in models)) if models else None

    return lookup


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


# openapi-python-client's messages name an operation or a schema, and print a status code as an object's repr.
_UNTRUSTED = re.compile(r" ?<openapi_python_client\.schema\.untrusted_string\.UntrustedString object at 0x[0-9a-f]+>")
_OPERATION = re.compile(r"parsing (GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) (\S+) within")
_SCHEMA = re.compile(r"schema (/components/schemas/[^\s:;]+)")


def _describe(problem: GeneratorError, spec: Spec) -> str:
    """One problem in words, with the line and JSON pointer of what it is about when the message names it."""
    text = " ".join(part.strip() for part in (problem.header, problem.detail) if part)
    text = _UNTRUSTED.sub("", " ".join(text.split())).replace("for status code ", "")
    pointer: tuple[str, ...] = ()
    if operation := _OPERATION.search(text):
        pointer = ("paths", operation.group(2), operation.group(1).lower())
    elif schema := _SCHEMA.search(text):
        pointer = tuple(schema.group(1).strip("/").split("/"))
    located = spec.source.error(text, *pointer) if pointer else None
    where = f"line {located.line}, {located.pointer}: " if located and located.line else ""
    return f"{problem.level.value.lower()}: {where}{text}"
