"""Derive one provider's spec from its published description and render its package, in one process.

    python derive_render.py REPO KEY OUT     (REPO: a copy holding the provider's manifest entry and upstream file)

What `make generate` does for a new provider, less versioning and uv.lock: parse, keep, validate, render, format.
"""

import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])

from scripts.codegen.derive import derive_text
from scripts.codegen.manifest import load_providers
from scripts.codegen.render import format_packages, render_package
from scripts.codegen.spec import load_spec
from scripts.codegen.upstream import load_upstreams

repo, key, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
[provider] = [provider for provider in load_providers(repo / "scripts" / "providers.toml") if provider.key == key]
spec = repo / provider.spec
spec.write_text(derive_text(repo, load_upstreams(repo)[key]), encoding="utf-8")
render_package(provider, load_spec(spec, shown_as=provider.spec), "1.0.0", out / provider.project_name)
format_packages(out)
