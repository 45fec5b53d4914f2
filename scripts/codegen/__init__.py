"""The usage-clients generator: OpenAPI specs in, one typed client package per provider out.

manifest  which providers exist (scripts/providers.toml)
spec      read and validate a spec; extract the facts templates cannot see
render    run openapi-python-client with our config and templates
output    compare generated trees and swap them into packages/ safely
lock      hash every provider's inputs; read and write generate.lock.json
api       read a package's public API and classify how it changed
versioning  version bumps, changelog entries, the facade's version ranges
regenerate  the whole run: incremental generate, and the drift check

The specs from upstream (specs/<provider>.yaml derived from upstream/ and overlays/):
upstream    the manifest's `upstream` tables; which derived specs are stale (stdlib only)
derive      keep the listed operations and their $ref closure, apply the overlay, write the spec
overlay     read and strictly apply an OpenAPI Overlay 1.0 document (python-jsonpath, RFC 9535)
documents   JSON/YAML in and out, with line numbers for errors
update      `make update-specs`: fetch, check and keep the published descriptions
rate_limits the rate-limit headers a spec's 429 declares, for the runtime templates
"""
