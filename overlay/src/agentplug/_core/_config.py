"""Client settings: explicit argument > environment variable > default, declared once per platform.

Each platform lists its settings as a table of `Setting`s; `resolve` applies the precedence and
reports a missing required setting by naming both the argument and the variable. `ClientConfig` is
the frozen result a client is built from; its repr never shows the credential.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, urlsplit, urlunsplit

from agentplug.errors import ConfigurationError

from ._arguments import check_headers, check_int, check_seconds
from ._logging import redact_headers, redact_url

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "ClientConfig",
    "Secret",
    "Setting",
    "normalize_base_url",
    "resolve",
]


class Secret:
    """A credential whose repr and str are masked; read it with `get_secret_value()`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Setting:
    """One client setting: the keyword argument `name`, read from `env` when the argument is not given.

    `url` settings are validated and normalised by `normalize_base_url`; `secret` ones are never
    echoed in error messages; `aliases` are further variables read, in order, when `env` is unset.
    """

    name: str
    env: str
    default: str | None = None
    required: bool = False
    secret: bool = False
    url: bool = False
    aliases: tuple[str, ...] = ()

    def from_environment(self, env: Mapping[str, str]) -> str | None:
        """The value of the first of `env` and `aliases` set (not empty) in `env`, else None."""
        for variable in (self.env, *self.aliases):
            if env.get(variable):
                return env[variable]
        return None


def _explicit_text(value: object) -> str:
    # Accept str, a Secret-like holder, or anything URL-like (httpx2.URL); never the holder's repr.
    getter = getattr(value, "get_secret_value", None)
    if callable(getter):
        value = getter()
    return value if isinstance(value, str) else str(value)


def resolve(
    settings: Iterable[Setting],
    explicit: Mapping[str, object | None],
    environ: Mapping[str, str] | None = None,
) -> dict[str, str | None]:
    """The value of each setting, keyed by argument name (None: not set).

    Precedence: an explicit argument that is not None, then the environment variable (an empty
    value counts as unset), then the default. An explicit empty string means "none" and stops the
    lookup, so a caller can switch off, say, an API key present in the environment.

    Raises:
        ConfigurationError: a required setting has no value, or a URL setting is invalid.
    """
    env = os.environ if environ is None else environ
    values: dict[str, str | None] = {}
    for setting in settings:
        given = explicit.get(setting.name)
        # `or None`: an explicit "" means "none" and does not fall back to the environment.
        value = (
            (_explicit_text(given) or None) if given is not None else (setting.from_environment(env) or setting.default)
        )
        if value is None and setting.required:
            raise ConfigurationError(
                f"Missing {setting.name}: pass {setting.name}=... or set the {setting.env} environment variable"
            )
        if value is not None and setting.url:
            value = normalize_base_url(value, argument=setting.name, env=setting.env)
        values[setting.name] = value
    return values


def _without_password(parts: SplitResult) -> str:
    """The URL for display: the userinfo password and query values masked (they may hold credentials)."""
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user = userinfo.partition(":")[0]
        netloc = f"{user}:***@{hostport}" if ":" in userinfo else f"{user}@{hostport}"
    query = "&".join(f"{pair.partition('=')[0]}=***" if "=" in pair else pair for pair in parts.query.split("&"))
    return urlunsplit((parts.scheme, netloc, parts.path, query if parts.query else "", parts.fragment))


def normalize_base_url(value: str, *, argument: str, env: str) -> str:
    """`value` checked to be an http(s) URL with a host, without its trailing slash.

    Raises:
        ConfigurationError: naming `argument` and `env`, showing the value without its password.
    """
    text = value.strip()
    try:
        parts = urlsplit(text)
        shown = _without_password(parts)
        _ = parts.port  # raises ValueError for a non-numeric or out-of-range port
    except ValueError as exc:  # e.g. an unbalanced IPv6 bracket
        raise ConfigurationError(
            f"Invalid {argument} (not a URL: {exc}): pass {argument}=... or set the {env} environment variable"
        ) from None
    problem = None
    if any(ch.isspace() or not ch.isprintable() for ch in text):
        problem = "the URL contains whitespace or control characters"
    elif parts.scheme.lower() not in ("http", "https"):
        problem = "the scheme must be http or https"
    elif not parts.hostname:
        problem = "the URL has no host"
    elif parts.query or parts.fragment:
        problem = "a base URL takes no query string or fragment"
    if problem is not None:
        raise ConfigurationError(
            f"Invalid {argument} {shown!r}: {problem}; pass {argument}=... or set the {env} environment variable"
        )
    return text.rstrip("/")


def require_httpx2(value: object, argument: str) -> None:
    """Refuse an object of the httpx package: agentplug runs on httpx2, and the two never mix.

    An `httpx.Timeout` in an `httpx2.Client` is a TypeError deep inside, and `except httpx.HTTPError`
    never catches httpx2's errors; say so at the call that brought it in, with the fix.
    """
    module = type(value).__module__.split(".")[0]
    if module in ("httpx", "httpcore"):
        name = type(value).__name__
        raise TypeError(
            f"{argument}= got an {module}.{name}, but agentplug runs on httpx2 (the maintained fork of httpx): "
            f"pass httpx2.{name}(...) instead (import httpx2)"
        )


@dataclass(frozen=True, repr=False)
class ClientConfig:
    """Everything a platform client is built from, resolved and validated.

    Attributes:
        api: the platform name ("acp", "nat", "prefactor", "moderately").
        base_url: the normalised base URL (no trailing slash).
        credential: the API key or token, masked in every repr.
        headers: extra headers sent with every request (read-only).
        timeout: seconds (or an httpx2.Timeout); None waits forever.
        max_retries: retries after the first attempt.
    """

    api: str
    base_url: str
    credential: Secret | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    timeout: float | httpx2.Timeout | None = 60.0
    max_retries: int = 2

    def __post_init__(self) -> None:
        require_httpx2(self.timeout, "timeout")
        if type(self.timeout).__module__.split(".")[0] != "httpx2":  # httpx2 stays unimported until needed
            check_seconds(self.timeout, "timeout")
        check_int(self.max_retries, "max_retries")
        check_headers(self.headers)
        # A read-only copy: the caller's dict must not change a frozen config behind its back.
        object.__setattr__(self, "headers", MappingProxyType(dict(self.headers)))

    def __repr__(self) -> str:
        return (
            f"ClientConfig(api={self.api!r}, base_url={redact_url(self.base_url)!r}, "
            f"credential={self.credential!r}, headers={redact_headers(self.headers)!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r})"
        )

    __str__ = __repr__
