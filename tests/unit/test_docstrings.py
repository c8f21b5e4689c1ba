"""Every public class, method and property of the public API has a docstring.

The walk starts at the public modules' `__all__` and at the resource attributes of each client
(built from the documented environment variables), then follows the agentplug classes named by
return annotations (handles, pagers, raw responses, ...). A member counts when it is public
(no leading underscore) and defined by agentplug itself: members inherited from the generated
models, httpx2 or the standard library are theirs to document.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import inspect
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from agentplug._core import _response
from agentplug._core._async._raw_calls import AsyncStreamedResponse
from agentplug._core._sync._raw_calls import StreamedResponse

PUBLIC_MODULES = (
    "agentplug",
    "agentplug.acp",
    "agentplug.acp.langgraph",
    "agentplug.errors",
    "agentplug.moderately",
    "agentplug.nat",
    "agentplug.nat.answers",
    "agentplug.nat.console",
    "agentplug.nat.events",
    "agentplug.nat.models",
    "agentplug.prefactor",
    "agentplug.prefactor.otel",
    "agentplug.testing",
    "agentplug.transports",
)

CLIENT_ENV = {
    "ACP_BASE_URL": "http://127.0.0.1:9",
    "NAT_BASE_URL": "http://127.0.0.1:9",
    "PREFACTOR_API_URL": "http://127.0.0.1:9",
    "PREFACTOR_API_TOKEN": "docstring-walk-token",
    "MODERATELY_BASE_URL": "http://127.0.0.1:9",
    "MODERATELY_API_KEY": "docstring-walk-key",
    "MODERATELY_TEAM_ID": "team_docstrings",
}
CLIENTS = (
    ("agentplug.acp", "ACP"),
    ("agentplug.acp", "AsyncACP"),
    ("agentplug.nat", "NAT"),
    ("agentplug.nat", "AsyncNAT"),
    ("agentplug.prefactor", "Prefactor"),
    ("agentplug.prefactor", "AsyncPrefactor"),
    ("agentplug.moderately", "ModeratelyAI"),
    ("agentplug.moderately", "AsyncModeratelyAI"),
)


def _ours(obj: object) -> bool:
    return (getattr(obj, "__module__", None) or "").startswith("agentplug.")


def _public_functions(cls: type) -> Iterator[tuple[str, type, Callable[..., Any]]]:
    """(name, defining class, function) of each public method and property, bases included."""
    seen: set[str] = set()
    for base in cls.__mro__:
        if not _ours(base):
            continue
        for name, attribute in vars(base).items():
            if name.startswith("_") or name in seen:
                continue
            if isinstance(attribute, staticmethod | classmethod):
                function = attribute.__func__
            elif isinstance(attribute, property):
                function = attribute.fget
            elif isinstance(attribute, functools.cached_property):
                function = attribute.func
            elif inspect.isfunction(attribute):
                function = attribute
            else:
                continue  # data attributes and fields
            seen.add(name)
            if function is not None:
                yield name, base, function


def _returned_classes(function: Callable[..., Any]) -> Iterator[type]:
    """The agentplug classes a return annotation names (looked up in the function's module)."""
    annotation = getattr(function, "__annotations__", {}).get("return")
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    namespace = getattr(inspect.unwrap(function), "__globals__", {})  # methods taking per-call options are wrapped
    for name in re.findall(r"[A-Za-z_]\w*", text):
        candidate = namespace.get(name)
        if inspect.isclass(candidate) and _ours(candidate):
            yield candidate


def _client_resources() -> Iterator[type]:
    """The classes of the clients' public attributes (`client.runs`, `client.datasets`, ...)."""
    with pytest.MonkeyPatch.context() as env:
        for name, value in CLIENT_ENV.items():
            env.setenv(name, value)
        for module, name in CLIENTS:
            client = getattr(importlib.import_module(module), name)()
            try:
                for attribute, value in vars(client).items():
                    if not attribute.startswith("_") and _ours(type(value)):
                        yield type(value)
            finally:
                closing = getattr(client, "close", None) or client.aclose
                result = closing()
                if inspect.isawaitable(result):
                    asyncio.run(result)  # type: ignore[arg-type]


def undocumented(roots: list[type], functions: list[Callable[..., Any]]) -> tuple[list[str], set[type]]:
    """Names of the public classes, methods and properties without a docstring, and the classes walked."""
    missing: list[str] = [f"{f.__module__}.{f.__qualname__}" for f in functions if not inspect.getdoc(f)]
    walked: set[type] = set()
    queue = list(roots)
    while queue:
        cls = queue.pop()
        if cls in walked or not _ours(cls):
            continue
        walked.add(cls)
        if not cls.__dict__.get("__doc__"):
            missing.append(f"{cls.__module__}.{cls.__qualname__} (class)")
        for name, base, function in _public_functions(cls):
            if name in ("with_raw_response", "with_streaming_response"):
                queue += [_response.RawResponse, StreamedResponse, AsyncStreamedResponse]
            queue += _returned_classes(function)
            if not function.__doc__:
                missing.append(f"{base.__module__}.{base.__qualname__}.{name}")
    return sorted(set(missing)), walked


def _public_api() -> tuple[list[type], list[Callable[..., Any]]]:
    classes: list[type] = []
    functions: list[Callable[..., Any]] = []
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            value = getattr(module, name)
            if inspect.isclass(value):
                classes.append(value)
            elif callable(value) and _ours(value):
                functions.append(value)
    classes += _client_resources()
    return classes, functions


def test_every_public_method_and_property_has_a_docstring() -> None:
    classes, functions = _public_api()
    missing, walked = undocumented(classes, functions)
    assert not missing, f"{len(missing)} public names have no docstring:\n" + "\n".join(missing)
    # The walk reached what it is meant to check: clients, resources of both flavours, handles.
    names = {cls.__qualname__ for cls in walked}
    expected = {"AsyncModeratelyAI", "ModeratelyAI", "AsyncUsers", "Users", "AsyncRuns", "Threads", "AsyncBulk"}
    expected |= {"AsyncPager", "Pager", "RawResponse", "AsyncSocketTransport", "ACPNode", "FileModel"}
    assert expected <= names, sorted(expected - names)


class _Documented:
    """A class the checker should pass."""

    def method(self) -> _Bare:
        """Documented."""
        return _Bare()


class _Bare:
    def method(self) -> None:
        pass

    @property
    def value(self) -> int:
        return 1

    def _private(self) -> None:
        pass


def test_the_walk_names_each_missing_docstring_and_follows_return_annotations() -> None:
    for cls in (_Documented, _Bare):
        cls.__module__ = "agentplug.checked"  # as if agentplug defined them
    try:
        missing, walked = undocumented([_Documented], [])
    finally:
        for cls in (_Documented, _Bare):
            cls.__module__ = __name__
    prefix = f"agentplug.checked.{_Bare.__qualname__}"
    assert missing == [f"{prefix} (class)", f"{prefix}.method", f"{prefix}.value"]
    assert walked == {_Documented, _Bare}
