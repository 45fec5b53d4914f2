"""Package versions: the next version an API change calls for, the changelog entry, the facade's ranges.

Every package starts at 1.0.0. A breaking change moves the major, a feature the minor, any other
change of the generated files the patch; a package whose files did not change keeps its version.
Each package's CHANGELOG.md is history: the generator carries it forward from the previous
package and adds one dated entry per new version, newest first.
"""

import datetime
import os
import tomllib
from pathlib import Path

from .api_diff import Change, Level
from .errors import CodegenError
from .manifest import Provider

CHANGELOG = "CHANGELOG.md"
FIRST_VERSION = "1.0.0"
# The part of the version each level moves, as the summary line names it.
PART = {Level.BREAKING: "major", Level.FEATURE: "minor", Level.OTHER: "patch"}


def next_version(version: str, level: Level) -> str:
    major, minor, patch = (int(part) for part in version.split("."))
    if level is Level.BREAKING:
        return f"{major + 1}.0.0"
    if level is Level.FEATURE:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def package_version(package: Path) -> str | None:
    """The version in a generated package's pyproject.toml, if there is one."""
    try:
        with (package / "pyproject.toml").open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return None


# A fixed date for a changelog entry (YYYY-MM-DD), for tests; SOURCE_DATE_EPOCH is the builds' and is not read:
# an entry says the day the change was regenerated, not the day of the commit before it.
CHANGELOG_DATE_ENV = "CHANGELOG_DATE"


def release_date() -> str:
    """The date of a new changelog entry: today (UTC), or $CHANGELOG_DATE when set.

    The entry is committed text, so a build stays reproducible without back-dating it to the last commit.
    """
    given = os.environ.get(CHANGELOG_DATE_ENV, "").strip()
    if given:
        try:
            return datetime.date.fromisoformat(given).isoformat()
        except ValueError:
            raise CodegenError(f"${CHANGELOG_DATE_ENV} must be a date (YYYY-MM-DD), got {given!r}") from None
    return datetime.datetime.now(datetime.UTC).date().isoformat()


def first_changelog(provider: Provider) -> str:
    """The changelog of a package at its baseline: one entry, for 1.0.0."""
    header = (
        f"<!-- Generated from {provider.spec.as_posix()} by scripts/generate.py: one entry per version, newest "
        "first. Do not edit: `make generate` adds an entry whenever the package's version changes. -->\n"
        f"# Changelog of {provider.project_name}\n"
    )
    return add_entry(header, FIRST_VERSION, [f"First release, generated from `{provider.spec.as_posix()}`."])


def add_entry(changelog: str, version: str, lines: list[str]) -> str:
    """`changelog` with an entry for `version` inserted above the newest one."""
    entry = f"## {version} ({release_date()})\n\n" + "".join(f"- {line}\n" for line in lines) + "\n"
    position = changelog.find("\n## ")
    if position < 0:
        return changelog.rstrip("\n") + "\n\n" + entry
    return changelog[: position + 1] + entry + changelog[position + 1 :]


def entry_lines(changes: list[Change], changed_inputs: tuple[str, ...]) -> list[str]:
    """What a changelog entry says: each API change in words, or which inputs changed when none did."""
    if changes:
        return [
            f"BREAKING: {change.text}."
            if change.level is Level.BREAKING
            else f"{change.text[:1].upper()}{change.text[1:]}."
            for change in changes
        ]
    shown = ", ".join(f"`{name}`" for name in changed_inputs[:3])
    more = f" and {len(changed_inputs) - 3} more" if len(changed_inputs) > 3 else ""
    return [f"No change to the public API (documentation or internals only); regenerated after {shown}{more} changed."]
