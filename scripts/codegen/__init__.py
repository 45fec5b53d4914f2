"""The usage-clients generator: OpenAPI specs in, one typed client package per provider out.

One run, top to bottom (pipeline.py): plan → render → classify → version → swap → record.

paths      where everything lives (one `Paths` per run), the pinned uv
manifest   which providers exist (scripts/providers.toml)
upstream   which specs are derived from a published description, and their inputs
derive     upstream → operation filter → overlay (overlay.py) → specs/ (documents.py reads and writes)
update     `make update-specs`: fetch a published description, check it, keep it, regenerate
lockfile   hash every provider's inputs; read and write generate.lock.json
spec       read and validate a spec; extract the facts templates cannot see
render     run openapi-python-client with our config and templates (rate_limits: the 429 headers it renders)
api_diff   read a package's public API and classify how it changed
versioning next versions, changelog entries, the facade's version ranges
swap       staging trees and swapping them into packages/ safely
uv_lock    keep uv.lock's member versions in step
files      atomic writes, tree comparison
pipeline   the whole run: incremental generate, and the drift check
"""
