"""The usage-clients generator: OpenAPI specs in, one typed client package per provider out.

manifest  which providers exist (scripts/providers.toml)
spec      read and validate a spec; extract the facts templates cannot see
render    run openapi-python-client with our config and templates
output    compare generated trees and swap them into packages/ safely
lock      hash every provider's inputs; read and write generate.lock.json
api       read a package's public API and classify how it changed
versioning  version bumps, changelog entries, the facade's version ranges
regenerate  the whole run: incremental generate, and the drift check
"""
