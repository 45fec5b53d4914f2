"""Every decision a package's templates render, made up front from the model and the manifest.

    spec.api + manifest entry ──► decide() ──► Decisions ──► render.py hands them to the templates

Each field comes from the module named after it; a decision that cannot be made (a security scheme
we cannot serve, a serialization we cannot honour) is a SpecError here, before anything is rendered.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from .auth import AuthPlan, auth_plan
from .endpoints import Serialization, serializations
from .errors import SpecWarning
from .examples import ExampleAnswer, example_answers
from .manifest import Provider
from .model import Api
from .rate_limits import RateLimitHeaders, rate_limit_headers
from .reference import ParameterDoc, parameter_docs
from .retry_policy import RetryPolicy, idempotent_operations, retry_policy
from .servers import ServerPlan, server_plan


@dataclass(frozen=True)
class Decisions:
    servers: ServerPlan  # servers.py: named servers, the default one, their variables, operations' own
    auth: AuthPlan  # auth.py
    retry_policy: RetryPolicy  # retry_policy.py: the manifest's statuses and idempotency key
    idempotent_operations: frozenset[str]  # retry_policy.py, by operation key
    # endpoints.py: the parameters not sent in their location's default style, by "<operation key> <location> <name>"
    serializations: Mapping[str, Serialization]
    rate_limit_headers: RateLimitHeaders  # rate_limits.py
    example_answers: Mapping[str, ExampleAnswer]  # examples.py, by operation key
    parameter_docs: Mapping[str, Mapping[str, ParameterDoc]]  # reference.py, by operation key
    warnings: tuple[SpecWarning, ...]  # the publisher's mistakes we worked around, for the summary


def decide(provider: Provider, api: Api) -> Decisions:
    answers, example_warnings = example_answers(api)
    auth = auth_plan(api, provider)
    return Decisions(
        servers=server_plan(api, env_prefix=provider.env_prefix, published_at=provider.published_url),
        auth=auth,
        retry_policy=retry_policy(provider),
        idempotent_operations=idempotent_operations(api),
        serializations=serializations(api),
        rate_limit_headers=rate_limit_headers(api),
        example_answers=answers,
        parameter_docs=parameter_docs(api),
        warnings=(*api.warnings, *example_warnings, *auth.warnings),
    )
