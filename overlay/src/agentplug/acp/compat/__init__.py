"""A drop-in for the vendor SDK `agntcy-acp`: its names, on agentplug's transport.

    # from agntcy_acp import ACPClient, ApiClient, ApiClientConfiguration
    from agentplug.acp.compat import ACPClient, ApiClient, ApiClientConfiguration
    from agentplug.acp.compat.models import RunCreateStateless, Config

    config = ApiClientConfiguration(host="http://localhost:8000", api_key={"x-api-key": "..."})
    with ApiClient(configuration=config) as api_client:
        client = ACPClient(api_client)
        run = client.create_and_wait_for_stateless_run_output(
            RunCreateStateless(agent_id=agent_id, input={"text": "hi"}, config=Config(configurable={}))
        )

Every operation of the ACP spec has the vendor's three forms (`op`, `op_with_http_info`,
`op_without_preload_content`) and per-call options; they are generated from specs/acp.yaml.
Underneath is `agentplug.acp.ACP` / `AsyncACP` (`api_client.acp`): retries with backoff, each
stream event once, typed errors — raised under the vendor's exception names.
"""

from __future__ import annotations

from .._async.compat_client import AsyncApiClient
from .._async.compat_operations import AsyncACPClient
from .._compat.configuration import ApiClientConfiguration
from .._compat.exceptions import (
    ACPDescriptorValidationException,
    ACPRunException,
    ApiAttributeError,
    ApiException,
    ApiKeyError,
    ApiTypeError,
    ApiValueError,
    BadRequestException,
    ConflictException,
    ForbiddenException,
    NotFoundException,
    OpenApiException,
    ServiceException,
    UnauthorizedException,
    UnprocessableEntityException,
)
from .._compat.wire import ApiResponse
from .._sync.compat_client import ApiClient
from .._sync.compat_operations import ACPClient
from . import models

__all__ = [
    "ACPClient",
    "ACPDescriptorValidationException",
    "ACPRunException",
    "ApiAttributeError",
    "ApiClient",
    "ApiClientConfiguration",
    "ApiException",
    "ApiKeyError",
    "ApiResponse",
    "ApiTypeError",
    "ApiValueError",
    "AsyncACPClient",
    "AsyncApiClient",
    "BadRequestException",
    "ConflictException",
    "ForbiddenException",
    "NotFoundException",
    "OpenApiException",
    "ServiceException",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "models",
]
