"""The usage-clients generator: OpenAPI specs in, one typed client package per provider out.

One run, top to bottom (pipeline.py): derive → plan → render → classify → version → swap → record.

paths          where everything lives (one `Paths` per run), the pinned uv
manifest       which providers exist, and their settings (scripts/providers.toml)
upstream       which specs are derived from a published description, and their inputs
derive         upstream → operation filter → overlay (overlay.py) → specs/ (documents.py reads and writes)
update         `make update-specs`: fetch a published description, check it, keep it, regenerate
lockfile       hash every provider's inputs; read and write generate.lock.json
spec           read a spec once: parse, keep references inside it, validate, build its model
model          the typed view of what we keep (operations, parameters, bodies, responses, security, servers)
limits         bounds on operations and time per provider
escaping       the one way out for spec text, per output context (and the templates' finalize)
names          slugs, header names and identifiers made from spec text: ASCII, unique, stable
decisions      every decision below, made up front from the model and the manifest
  auth           which credentials a client sends, and how
  servers        named servers, their variables, operations' own servers
prepare        adapt what openapi-python-client cannot take as published (object defaults, media types, deep
               $refs, names: classes, modules, operations, tags, attributes, arguments, enum members)
render         run openapi-python-client with our config and templates, handing them the decisions
  unions         discriminator dispatch tables of oneOf/anyOf unions
  endpoints      each operation's responses, types, comma-joined parameters, datetimes, idempotency
  retry_policy   which operations may be sent again (the method, or `x-idempotent`)
  status_errors  the error class raised for each status
  examples       the README's example calls and the testing module's example answers
  reference      the README's operation reference (parameter docs, errors raised)
  docstrings     which spec text becomes a docstring
  rate_limits    the rate-limit headers a spec's 429 declares
api_diff       read a package's public API and classify how it changed, from the caller's side
versioning     next versions, changelog entries
facade         the facade's parts derived from the manifest, its ranges and its own version
swap           staging trees and swapping them into packages/ safely
uv_lock        keep uv.lock's member versions in step
files          atomic writes, tree comparison
pipeline       the whole run: incremental generate, and the drift check
"""
