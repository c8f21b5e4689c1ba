"""Reading liberally, writing only what is set: the rules every generated client follows.

- an explicit null in an optional property whose type cannot hold null reads as absent (UNSET);
  where the declared type holds null (`X | None`, free `Any`) it is kept as None;
- a required property stays required: missing, the whole model fails;
- a date-time without an offset is a naive datetime, kept as written;
- `format: uuid` ids are plain strings, kept exactly as sent (not every server uses UUIDs);
- `format: uri` values are strings, kept even when not absolute;
- no spec default goes on the wire: optional parameters and body fields default to UNSET.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

PACKAGES = ("agentplug_acp_client", "agentplug_nat_client", "agentplug_prefactor_client", "agentplug_moderately_client")


def _model_classes() -> Iterator[tuple[str, type[Any]]]:
    for package in PACKAGES:
        models = importlib.import_module(f"{package}.models")
        for name in models.__all__:
            cls = getattr(models, name)
            if attrs.has(cls) and hasattr(cls, "from_dict"):
                yield f"{package}.{name}", cls


MODELS = sorted(_model_classes())


def _optional_json_keys(cls: type[Any]) -> dict[str, str]:
    """JSON key → attribute name of the optional properties (those whose attrs default is UNSET)."""
    unset = importlib.import_module(cls.__module__.rsplit(".models", 1)[0] + ".types").UNSET
    by_attribute = {field.name: field for field in attrs.fields(cls)}
    keys: dict[str, str] = {}
    source = inspect.getsource(cls.from_dict)
    for key in cls._known_keys:
        for attribute, field in by_attribute.items():
            if field.default is unset and (f'"{key}", UNSET' in source) and attribute.rstrip("_") in _names(key):
                keys[key] = attribute
    return keys


def _names(key: str) -> set[str]:
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", key).lower().replace("-", "_").replace(".", "_")
    return {key, key.lower(), snake, snake.rstrip("_")}


def _accepts_null(cls: type[Any], attribute: str) -> bool:
    hint = str(inspect.get_annotations(cls).get(attribute, ""))
    return "None" in hint.split(" | ") or hint.startswith("Any")


def test_every_package_has_models() -> None:
    assert {name.split(".")[0] for name, _ in MODELS} == set(PACKAGES)


def _has_required(cls: type[Any]) -> bool:
    return any(f.default is attrs.NOTHING and f.init for f in attrs.fields(cls))


# Models whose properties are all optional: an object of nulls must parse. (Models with required
# properties are covered by the recorded-body tests below and by the replay tests.)
ALL_OPTIONAL = [(name, cls) for name, cls in MODELS if _optional_json_keys(cls) and not _has_required(cls)]


def test_the_null_sweep_covers_every_package() -> None:
    assert {name.split(".")[0] for name, _ in ALL_OPTIONAL} == set(PACKAGES)
    assert len(ALL_OPTIONAL) >= 40


@pytest.mark.parametrize(("name", "cls"), ALL_OPTIONAL, ids=[name for name, _ in ALL_OPTIONAL])
def test_null_in_every_optional_property_reads_as_absent(name: str, cls: type[Any]) -> None:
    optional = _optional_json_keys(cls)
    model = cls.from_dict(dict.fromkeys(optional))
    for key, attribute in optional.items():
        value = getattr(model, attribute)
        if _accepts_null(cls, attribute):
            assert value is None, (key, value)
        else:
            assert type(value).__name__ == "Unset", (key, value)
    assert model.to_dict() == {key: None for key, attribute in optional.items() if _accepts_null(cls, attribute)}


# --------------------------------------------------------------------------------------------
# The shapes the ACP reference server writes (workflow-srv 0.3.0)
# --------------------------------------------------------------------------------------------

RUN = {
    "run_id": "ca11ff9b-00b5-43be-982f-a629e7173ab7",
    "thread_id": "6c52f21a-a246-4b6e-9b87-9be36a81bff5",
    "agent_id": "3f1e2d4c-5b6a-4789-9abc-def012345678",
    "created_at": "2026-12-07T08:29:31.344747",
    "updated_at": "2026-12-07T08:29:31.350520",
    "status": "success",
    "creation": {
        "agent_id": "3f1e2d4c-5b6a-4789-9abc-def012345678",
        "input": {"messages": [{"type": "human", "content": "hi"}]},
        "metadata": None,
        "config": {"tags": None, "recursion_limit": None, "configurable": {"to_upper": True}},
        "webhook": None,
        "stream_mode": None,
        "on_disconnect": "cancel",
        "multitask_strategy": "reject",
        "after_seconds": None,
        "on_completion": "delete",
    },
}


def test_reference_server_run_with_nulls_and_naive_timestamps_parses() -> None:
    from agentplug_acp_client.models import RunStateless
    from agentplug_acp_client.types import Unset

    run = RunStateless.from_dict(RUN)
    creation = run.creation
    for value in (creation.metadata, creation.webhook, creation.after_seconds):
        assert isinstance(value, Unset)
    assert not isinstance(creation.config, Unset)
    assert isinstance(creation.config.tags, Unset)
    assert isinstance(creation.config.recursion_limit, Unset)
    assert creation.stream_mode is None  # nullable in the spec: null is a value there
    assert run.created_at == datetime.datetime(2026, 12, 7, 8, 29, 31, 344747)
    assert run.created_at.tzinfo is None  # kept as written: no offset is invented
    assert run.run_id == RUN["run_id"]
    # what was null is absent when written back
    assert "metadata" not in run.to_dict()["creation"]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2026-12-07T08:29:31.344747", datetime.datetime(2026, 12, 7, 8, 29, 31, 344747)),
        ("2026-12-07T08:29:31.3447479", datetime.datetime(2026, 12, 7, 8, 29, 31, 344747)),
        ("2026-12-07 08:29:31", datetime.datetime(2026, 12, 7, 8, 29, 31)),
        ("2026-12-07T08:29:31Z", datetime.datetime(2026, 12, 7, 8, 29, 31, tzinfo=datetime.UTC)),
        ("2026-12-07T08:29:31+0000", datetime.datetime(2026, 12, 7, 8, 29, 31, tzinfo=datetime.UTC)),
    ],
)
def test_date_times_as_servers_write_them(written: str, read: datetime.datetime) -> None:
    from agentplug_acp_client.models import RunStateless

    run = RunStateless.from_dict({**RUN, "created_at": written})
    assert run.created_at == read
    assert (run.created_at.tzinfo is None) == (read.tzinfo is None)


def test_required_property_stays_required() -> None:
    from agentplug_acp_client.models import RunStateless

    with pytest.raises(KeyError):
        RunStateless.from_dict({k: v for k, v in RUN.items() if k != "run_id"})
    with pytest.raises((TypeError, ValueError)):
        RunStateless.from_dict({**RUN, "created_at": None})


def test_ids_that_are_not_uuids_are_kept_as_sent() -> None:
    from agentplug_acp_client.models import RunStateless

    run = RunStateless.from_dict({**RUN, "run_id": "run-42", "agent_id": "ECHO"})
    assert (run.run_id, run.agent_id) == ("run-42", "ECHO")
    assert run.to_dict()["run_id"] == "run-42"


def test_thread_with_null_messages_and_values() -> None:
    from agentplug_acp_client.models import Thread
    from agentplug_acp_client.types import Unset

    thread = Thread.from_dict(
        {
            "thread_id": "6c52f21a-a246-4b6e-9b87-9be36a81bff5",
            "created_at": "2026-12-07T08:29:31.344747",
            "updated_at": "2026-12-07T08:29:31.344747",
            "metadata": {"k": "v"},
            "status": "idle",
            "values": None,
            "messages": None,
        }
    )
    assert isinstance(thread.messages, Unset)
    assert thread.values is None  # free JSON (Any): null is one of its values


def test_agent_ref_url_without_scheme_is_kept() -> None:
    from agentplug_acp_client.models import AgentRef

    ref = AgentRef.from_dict({"name": "echo", "version": "0.1", "url": "<HOST>/agents/echo"})
    assert ref.url == "<HOST>/agents/echo"


def test_capabilities_with_null_flags() -> None:
    from agentplug_acp_client.models import AgentCapabilities
    from agentplug_acp_client.types import Unset

    caps = AgentCapabilities.from_dict({"threads": True, "interrupts": True, "callbacks": None, "streaming": None})
    assert isinstance(caps.streaming, Unset)
    assert isinstance(caps.callbacks, Unset)


# --------------------------------------------------------------------------------------------
# Requests carry only what the caller set
# --------------------------------------------------------------------------------------------


def test_optional_query_parameters_are_not_sent_unless_set() -> None:
    from agentplug_acp_client.api.stateless_runs import cancel_stateless_run
    from agentplug_acp_client.api.thread_runs import list_thread_runs

    # Nothing set, no query at all (an empty `params` is left out: httpx2 would rebuild the URL for it).
    assert "params" not in list_thread_runs.request_kwargs("t")
    assert "params" not in cancel_stateless_run.request_kwargs("r")
    assert list_thread_runs.request_kwargs("t", limit=5)["params"] == {"limit": 5}


def test_body_models_send_no_spec_default() -> None:
    from agentplug_acp_client.models import RunCreateStateless

    assert RunCreateStateless(agent_id="a").to_dict() == {"agent_id": "a"}


def test_no_generated_signature_or_model_defaults_to_a_value() -> None:
    """Every optional parameter and model field of the four clients defaults to UNSET (or None)."""
    offenders = []
    for package in PACKAGES:
        api = importlib.import_module(f"{package}.api")
        root = api.__path__[0]
        for module_info in pkgutil.walk_packages([root], prefix=f"{package}.api."):
            module = importlib.import_module(module_info.name)
            function = getattr(module, "request_kwargs", None)
            if function is None:
                continue
            for parameter in inspect.signature(function).parameters.values():
                default = parameter.default
                if default is not inspect.Parameter.empty and type(default).__name__ != "Unset" and default is not None:
                    offenders.append(f"{module_info.name}({parameter.name}={default!r})")
    for name, cls in MODELS:
        for field in attrs.fields(cls):
            default = field.default
            if default is attrs.NOTHING or type(default).__name__ == "Unset" or default is None:
                continue
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                continue
            offenders.append(f"{name}.{field.name}={default!r}")
    assert offenders == []
