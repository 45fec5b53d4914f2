"""The usage-clients generator: OpenAPI specs in, one typed client package per provider out.

manifest  which providers exist (scripts/providers.toml)
spec      read and validate a spec; extract the facts templates cannot see
render    run openapi-python-client with our config and templates
output    compare generated trees and swap them into packages/ safely
"""
