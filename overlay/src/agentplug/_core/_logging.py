"""The `agentplug` logger, and the redaction applied to everything it prints.

`AGENTPLUG_LOG=info` logs each HTTP attempt (method, URL, status, time) and each retry decision;
`AGENTPLUG_LOG=debug` adds the request and response headers. No value (or `off`) leaves logging
alone: a library adds no handler of its own unless asked to. Any other value leaves it alone too,
with a warning naming the values that work.

Nothing logged carries a credential: a filter on the `agentplug`, `httpx2` and `httpcore2` loggers
redacts URLs and registered credential values in every record (`_secrets`); `redact_url` masks
signature, credential and token query parameters (presigned S3 / GCS / Azure URLs, OAuth
callbacks) and userinfo passwords; `redact_headers` masks Authorization, API keys, cookies,
anything named like a token or secret, and any registered credential value.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, unquote_plus, urlsplit, urlunsplit

from ._secrets import REDACTED, install_log_filters, scrub

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "ENV_VAR",
    "REDACTED",
    "is_secret_header",
    "logger",
    "redact_headers",
    "redact_text",
    "redact_url",
    "setup_logging",
]

ENV_VAR = "AGENTPLUG_LOG"

logger = logging.getLogger("agentplug")

# Query parameters masked by exact (case-insensitive) name: the signature of an Azure SAS URL
# (`sig`; its `se`/`sp`/`sv` are expiry, permissions and version, not secrets, and help debugging),
# and short names APIs use for keys or OAuth authorization codes.
_SECRET_PARAMS = frozenset({"sig", "key", "code", "auth", "authorization", "x-amz-signature", "x-goog-signature"})
# ... and by substring: X-Amz-Credential, X-Amz-Security-Token, X-Goog-Credential, Signature,
# token, access_token, refresh_token, api_key, apikey, client_secret, password.
_SECRET_PARAM_PARTS = ("signature", "credential", "token", "secret", "password", "api_key", "apikey", "api-key")

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"})
_SECRET_HEADER_PARTS = ("token", "secret", "api-key", "apikey", "api_key", "signature", "password", "credential")


def _is_secret_param(name: str) -> bool:
    lowered = unquote_plus(name).strip().lower()
    return lowered in _SECRET_PARAMS or any(part in lowered for part in _SECRET_PARAM_PARTS)


def _redact_pairs(text: str) -> str:
    # Edit the raw text pair by pair: parsing and re-encoding would change how the URL reads.
    pairs = text.split("&")
    for index, pair in enumerate(pairs):
        name, equals, _ = pair.partition("=")
        if equals and _is_secret_param(name):
            pairs[index] = f"{name}={REDACTED}"
    return "&".join(pairs)


def _redact_netloc(parts: SplitResult) -> str:
    userinfo, at, hostport = parts.netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return parts.netloc
    user = userinfo.partition(":")[0]
    return f"{user}:{REDACTED}@{hostport}"


def redact_url(url: str | httpx2.URL) -> str:
    """`url` with credential-like query values and any userinfo password replaced by REDACTED.

    A fragment written as `name=value` pairs (OAuth implicit flow) is redacted the same way.
    Never raises: a URL that cannot be parsed comes back as a placeholder, not as itself.
    """
    try:
        parts = urlsplit(str(url))
        return urlunsplit(
            (parts.scheme, _redact_netloc(parts), parts.path, _redact_pairs(parts.query), _redact_pairs(parts.fragment))
        )
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return "<unparsable URL>"


_URL_IN_TEXT = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://[^\s'\"<>]+")


def redact_text(text: str) -> str:
    """Free text with every URL in it redacted and every registered credential value masked."""
    if "://" in text:
        text = _URL_IN_TEXT.sub(lambda m: redact_url(m.group(0)), text)
    return scrub(text)


def is_secret_header(name: str) -> bool:
    lowered = name.lower()
    return lowered in _SECRET_HEADERS or any(part in lowered for part in _SECRET_HEADER_PARTS)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of `headers` (a mapping, `httpx2.Headers` or pairs) with secret values masked."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    # By name, and by value: a credential sent under a header name of the caller's choosing.
    return {name: (REDACTED if is_secret_header(name) or scrub(value) != value else value) for name, value in items}


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]  # generic only in typeshed
    """The handler `setup_logging` adds; its own class so a second call can find it."""


_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
_OFF = frozenset({"", "off", "none", "0", "false", "no"})  # values that mean "no logging", said on purpose


def setup_logging(environ: Mapping[str, str] | None = None) -> None:
    """Configure the `agentplug` logger from `AGENTPLUG_LOG` (`info` or `debug`).

    Sets the level and adds one stderr handler, however many times it is called. Any other value
    (or none) changes nothing, leaving the application's logging configuration in charge.
    """
    value = (os.environ if environ is None else environ).get(ENV_VAR, "").strip().lower()
    level = _LEVELS.get(value)
    if level is None:
        if value not in _OFF:  # a typo (`verbose`, `1`) would otherwise switch nothing on, silently
            warnings.warn(
                f"{ENV_VAR}={value!r} is not a level agentplug knows: use {ENV_VAR}=info or {ENV_VAR}=debug "
                "(or unset it); logging is left as it is",
                UserWarning,
                stacklevel=2,
            )
        return
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvHandler) for handler in logger.handlers):
        handler = _EnvHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)


install_log_filters()
setup_logging()
