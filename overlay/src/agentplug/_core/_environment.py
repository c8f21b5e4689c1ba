"""`Client.from_env(prefix)`: one implementation for every platform client.

A platform declares an `EnvTable`: its default prefix (e.g. `PLATFORM_`) and its settings, whose
variables are named under that prefix. `from_env("MY_")` reads the same settings under another
prefix (`MY_BASE_URL` for `PLATFORM_BASE_URL`), and beside them the variables every client shares:
`<prefix>RETRIES`, `<prefix>TIMEOUT`, `<prefix>SSL_CA_CERT` (a CA bundle path) and `<prefix>PROXY`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Self

from agentplug.errors import ConfigurationError

from ._config import Setting, resolve

__all__ = ["EnvTable", "FromEnv", "environment_arguments"]


@dataclass(frozen=True)
class EnvTable:
    """A platform's settings read from the environment, their variables named under `prefix`."""

    prefix: str
    settings: tuple[Setting, ...]

    def under(self, prefix: str) -> tuple[Setting, ...]:
        """The settings with their variables renamed from this table's prefix to `prefix`."""
        return tuple(
            replace(
                setting,
                env=self._rename(setting.env, prefix),
                aliases=tuple(self._rename(alias, prefix) for alias in setting.aliases),
            )
            for setting in self.settings
        )

    def _rename(self, variable: str, prefix: str) -> str:
        return prefix + variable.removeprefix(self.prefix)


def _number(env: Mapping[str, str], name: str, kind: type[int] | type[float]) -> int | float | None:
    text = env.get(name)
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        raise ConfigurationError(f"{name} must be a {kind.__name__}, got {text!r}") from None


def environment_arguments(
    table: EnvTable,
    prefix: str | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    given: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The constructor arguments found in `environ` (default: the process environment) under `prefix`.

    A setting left unset is passed as "none" (an empty string), so that a client built under a
    custom prefix never falls back to the default prefix's variables. Settings named in `given`
    (passed explicitly by the caller) are not required here.

    Raises:
        ConfigurationError: a required setting is missing, or a number does not parse (naming the variable).
    """
    env = os.environ if environ is None else environ
    prefix = table.prefix if prefix is None else prefix
    settings = tuple(replace(s, required=s.required and s.name not in given) for s in table.under(prefix))
    found: dict[str, Any] = {name: "" if value is None else value for name, value in resolve(settings, {}, env).items()}
    retries = _number(env, f"{prefix}RETRIES", int)
    if retries is not None:
        found["max_retries"] = retries
    timeout = _number(env, f"{prefix}TIMEOUT", float)
    if timeout is not None:
        found["timeout"] = timeout
    ca_bundle, proxy = env.get(f"{prefix}SSL_CA_CERT") or None, env.get(f"{prefix}PROXY") or None
    if ca_bundle is not None or proxy is not None:
        from ._http import HTTPSettings  # imported here: building a client stays free of httpx2 until used

        found["http_settings"] = HTTPSettings(verify=ca_bundle or True, proxy=proxy)
    return found


class FromEnv:
    """Gives a client `from_env(prefix)`; the client names its table in `_environment`."""

    _environment: ClassVar[EnvTable]

    @classmethod
    def from_env(cls, prefix: str | None = None, **overrides: Any) -> Self:
        """A client configured from the environment variables under `prefix` (default: the
        platform's own, e.g. `ACP_`): its settings (`<prefix>BASE_URL`...), `<prefix>RETRIES`,
        `<prefix>TIMEOUT`, `<prefix>SSL_CA_CERT` (a CA bundle path) and `<prefix>PROXY`.
        Keyword arguments win over the environment.

        Raises:
            ConfigurationError: a required variable is missing or a number does not parse.
        """
        found = environment_arguments(cls._environment, prefix, given=frozenset(overrides))
        return cls(**{**found, **overrides})
