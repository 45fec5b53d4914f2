"""Errors (and warnings) the generator reports to its user: each names the file it is about."""

from dataclasses import dataclass
from pathlib import Path


class CodegenError(Exception):
    """Base of every error the generator reports instead of a traceback."""

    # What the failed run left behind, said after the error.
    aftermath = "specs/, packages/ and generate.lock.json were left unchanged."


class SpecError(CodegenError):
    """A spec cannot be used: bad YAML, invalid OpenAPI, a dangling $ref, an unsupported feature."""

    def __init__(self, path: Path, message: str, *, line: int | None = None, pointer: str = "") -> None:
        self.path = path
        self.line = line
        self.pointer = pointer
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        at = f" (at {self.pointer})" if self.pointer else ""
        return f"{where}: {self.message}{at}"


@dataclass(frozen=True)
class SpecWarning:
    """A publisher's mistake we worked around: printed in the summary of `make generate`, never a failure."""

    path: Path
    message: str  # what is wrong, and what we did about it
    line: int | None = None
    pointer: str = ""

    def __str__(self) -> str:
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        at = f" (at {self.pointer})" if self.pointer else ""
        return f"{where}: {self.message}{at}"


class ManifestError(CodegenError):
    """An entry of the manifest (scripts/providers.toml) cannot be used: it names the provider and the key."""

    def __init__(self, path: Path, provider: str, message: str) -> None:
        self.path = path
        self.provider = provider
        self.message = message
        super().__init__(f"{path}: [{provider}] {message}")


class GenerationError(CodegenError):
    """openapi-python-client or a post-processing step reported a problem for one spec."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


class UvLockError(CodegenError):
    """uv.lock cannot follow the packages' new versions: raised after they were swapped in, before the lockfile."""

    aftermath = (
        "packages/ hold the new versions, generate.lock.json the old ones: once uv.lock is mended (`uv lock`), "
        "`make generate` finishes the run."
    )
