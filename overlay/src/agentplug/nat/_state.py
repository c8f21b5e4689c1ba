"""Sans-I/O reading of execution states: bodies to typed statuses, and what a status asks for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx2

from agentplug._core._errors import build_model
from agentplug.errors import OperationFailedError, ResponseValidationError

from ._interactions import Interaction, OAuthRequest

if TYPE_CHECKING:
    from .models import ExecutionAcceptedResponse, ExecutionStatusResponse, HumanPrompt

__all__ = [
    "FINAL_STATUSES",
    "accepted_of",
    "completed_status",
    "failed_status",
    "failure_error",
    "interaction_of",
    "oauth_of",
    "parse_prompt",
    "parse_status",
]

FINAL_STATUSES = frozenset({"completed", "failed"})


def _status_classes() -> dict[str, Any]:
    from . import models

    return {
        "running": models.ExecutionRunningStatus,
        "interaction_required": models.ExecutionInteractionRequiredStatus,
        "oauth_required": models.ExecutionOAuthRequiredStatus,
        "completed": models.ExecutionCompletedStatus,
        "failed": models.ExecutionFailedStatus,
    }


def _parse_status(data: object) -> ExecutionStatusResponse:
    from .models import ExecutionOtherStatus

    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    cls = _status_classes().get(str(data.get("status")), ExecutionOtherStatus)
    status: ExecutionStatusResponse = cls.from_dict(data)
    return status


def parse_status(data: object, response: httpx2.Response) -> ExecutionStatusResponse:
    """A status body (GET /executions/{id}, or a 202) as its typed variant, by `status`."""
    return build_model(_parse_status, data, response=response, model="ExecutionStatusResponse")


def accepted_of(data: object) -> ExecutionAcceptedResponse | None:
    """A 202 body as its typed `ExecutionAccepted*` model, or None when it is not one of them.

    The handle follows the run from its status reading of the same body; this typed copy is
    informative, so a 202 of an unknown kind (or missing a field) is kept as None, never an error.
    """
    from .models import ExecutionAcceptedInteraction, ExecutionAcceptedOAuth

    if not isinstance(data, dict):
        return None
    classes: dict[str, Any] = {
        "interaction_required": ExecutionAcceptedInteraction,
        "oauth_required": ExecutionAcceptedOAuth,
    }
    cls = classes.get(str(data.get("status")))
    if cls is None:
        return None
    try:
        accepted: ExecutionAcceptedResponse = cls.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return accepted


def parse_prompt(data: object) -> HumanPrompt:
    """A prompt JSON as its typed variant, by `input_type` (raises on a malformed prompt)."""
    from . import models

    classes: dict[str, Any] = {
        "text": models.HumanPromptText,
        "notification": models.HumanPromptNotification,
        "binary_choice": models.HumanPromptBinary,
        "radio": models.HumanPromptRadio,
        "checkbox": models.HumanPromptCheckbox,
        "dropdown": models.HumanPromptDropdown,
        "oauth_consent": models.HumanPromptOAuthConsent,
    }
    if not isinstance(data, dict):
        raise TypeError(f"a prompt must be a JSON object, got {type(data).__name__}")
    prompt: HumanPrompt = classes.get(str(data.get("input_type")), models.HumanPromptOther).from_dict(data)
    return prompt


def completed_status(result: Any) -> ExecutionStatusResponse:
    """The state of a run the server answered with 200 at once (it has no execution id)."""
    from .models import ExecutionCompletedStatus

    return ExecutionCompletedStatus(execution_id="", result=result, status="completed")


def failed_status(message: str) -> ExecutionStatusResponse:
    """The state of a run that failed before its first pause (a 422 `Error`)."""
    from .models import ExecutionFailedStatus

    return ExecutionFailedStatus(execution_id="", error=message, status="failed")


def status_name(status: ExecutionStatusResponse) -> str:
    return str(status.status)


def interaction_of(status: ExecutionStatusResponse) -> Interaction | None:
    """The pending prompt a status shows, if any."""
    from .models import ExecutionInteractionRequiredStatus

    if not isinstance(status, ExecutionInteractionRequiredStatus):
        return None
    return Interaction(status.execution_id, status.interaction_id, status.prompt, status.response_url)


def oauth_of(status: ExecutionStatusResponse) -> OAuthRequest | None:
    """The OAuth consent a status asks for, if any."""
    from .models import ExecutionOAuthRequiredStatus

    if not isinstance(status, ExecutionOAuthRequiredStatus):
        return None
    return OAuthRequest(status.execution_id, status.auth_url, status.oauth_state)


def failure_error(
    status: ExecutionStatusResponse, *, code: str | None = None, details: Any = None
) -> OperationFailedError:
    """The exception for a failed execution (raise it)."""
    error = getattr(status, "error", None) or "no error message"
    name = f"execution {status.execution_id}" if status.execution_id else "the workflow"
    return OperationFailedError(f"{name} failed: {error}", code=code, details=details, result=status)


def invalid(message: str, response: httpx2.Response, body: Any) -> ResponseValidationError:
    return ResponseValidationError(message, status_code=response.status_code, body=body)
