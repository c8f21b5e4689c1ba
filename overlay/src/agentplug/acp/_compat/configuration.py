"""`ApiClientConfiguration`: the vendor SDK's settings object, turned into agentplug client arguments.

The vendor's keywords are kept (`host`, `api_key={"x-api-key": ...}` with `api_key_prefix`,
`access_token`, `username`/`password`, `ssl_ca_cert`, `ca_cert_data`, `retries`, `debug`) and
`fromEnvPrefix("MY_")` reads `MY_HOST` (or `MY_BASE_URL`), `MY_API_KEY`, `MY_SSL_CA_CERT`,
`MY_RETRIES`, `MY_PROXY`. The vendor's transport settings act on agentplug's httpx2 transport:
`connection_pool_maxsize` (the pool's `max_connections`), `socket_options`, `proxy_headers`,
`assert_hostname=False` (no hostname check) and `tls_server_name` (the SNI and the name checked);
the logging settings act on the `agentplug` logger; `date_format` / `datetime_format` on the
dates `ApiClient` serializes itself. `server_variables` has no meaning (the spec names one server).
"""

from __future__ import annotations

import base64
import logging
import os
import ssl
from collections.abc import Callable, Mapping
from typing import Any

import httpx2

from agentplug._core._connection import DEFAULT_LIMITS, ssl_context
from agentplug.errors import ConfigurationError

from .._settings import from_env_prefix, trust_only

__all__ = ["ApiClientConfiguration"]

_DEFAULT_HOST = "http://localhost"
_API_KEY_SCHEME = "x-api-key"  # the security scheme (and header) of the ACP spec
_LOGGER_NAMES = ("agentplug", "httpx2")  # the package's logger and its transport's
_DEFAULT_LOGGER_FORMAT = "%(asctime)s %(levelname)s %(message)s"


def _load_cert(context: ssl.SSLContext, cert: str | tuple[str, str] | None) -> None:
    if isinstance(cert, tuple):
        context.load_cert_chain(*cert)
    elif cert is not None:
        context.load_cert_chain(cert)


class ApiClientConfiguration:
    _default: ApiClientConfiguration | None = None

    def __init__(
        self,
        host: str | None = None,
        api_key: Mapping[str, str] | None = None,
        api_key_prefix: Mapping[str, str] | None = None,
        username: str | None = None,
        password: str | None = None,
        access_token: str | None = None,
        server_variables: Mapping[str, str] | None = None,
        server_operation_variables: Mapping[int, Mapping[str, str]] | None = None,
        ssl_ca_cert: str | None = None,
        retries: int | None = None,
        ca_cert_data: str | bytes | None = None,
        *,
        debug: bool | None = None,
    ) -> None:
        self.host = (host or _DEFAULT_HOST).rstrip("/")
        self.api_key: dict[str, str] = dict(api_key or {})
        self.api_key_prefix: dict[str, str] = dict(api_key_prefix or {})
        self.username = username
        self.password = password
        self.access_token = access_token
        self.server_variables = dict(server_variables or {})
        self.server_operation_variables = dict(server_operation_variables or {})
        self.ssl_ca_cert = ssl_ca_cert
        self.ca_cert_data = ca_cert_data
        self.retries = retries
        self.verify_ssl = True
        self.cert_file: str | None = None
        self.key_file: str | None = None
        self.proxy: str | None = None
        self.proxy_headers: dict[str, str] | None = None
        self.connection_pool_maxsize: int | None = None
        self.socket_options: list[tuple[int, int, int | bytes]] | None = None
        self.assert_hostname: bool | None = None
        self.tls_server_name: str | None = None
        self.safe_chars_for_path_param = ""
        self.temp_folder_path: str | None = None
        self.date_format = "%Y-%m-%d"
        self.datetime_format = "%Y-%m-%dT%H:%M:%S.%f%z"
        self.ignore_operation_servers = False
        self.server_operation_index: dict[str, int] = {}
        self.refresh_api_key_hook: Callable[[ApiClientConfiguration], None] | None = None
        self.logger: dict[str, logging.Logger] = {
            "package_logger": logging.getLogger(_LOGGER_NAMES[0]),
            "transport_logger": logging.getLogger(_LOGGER_NAMES[1]),
        }
        self.logger_stream_handler: logging.Handler | None = None
        self.logger_file_handler: logging.FileHandler | None = None
        self._logger_format = _DEFAULT_LOGGER_FORMAT
        self.logger_formatter = logging.Formatter(self._logger_format)
        self._logger_file: str | None = None
        self.debug = bool(debug)

    # Logging: handlers are added to the `agentplug` logger (and httpx2's) only when asked for,
    # by setting `logger_file` (a file, or None for a stream on stderr); a library adds none itself.

    @property
    def logger_format(self) -> str:
        return self._logger_format

    @logger_format.setter
    def logger_format(self, value: str) -> None:
        self._logger_format = value
        self.logger_formatter = logging.Formatter(value)
        for handler in (self.logger_file_handler, self.logger_stream_handler):
            if handler is not None:
                handler.setFormatter(self.logger_formatter)

    @property
    def logger_file(self) -> str | None:
        return self._logger_file

    @logger_file.setter
    def logger_file(self, value: str | None) -> None:
        """A path: log to that file (and no longer to the stream); None: log to stderr instead."""
        self._logger_file = value
        if value is not None:
            self._swap_handler("logger_stream_handler", None)
            self._swap_handler("logger_file_handler", logging.FileHandler(value, encoding="utf-8"))
        else:
            self._swap_handler("logger_file_handler", None)
            self._swap_handler("logger_stream_handler", logging.StreamHandler())

    def _swap_handler(self, attribute: str, handler: logging.Handler | None) -> None:
        old: logging.Handler | None = getattr(self, attribute)
        for logger in self.logger.values():
            if old is not None:
                logger.removeHandler(old)
            if handler is not None:
                logger.addHandler(handler)
        if old is not None:
            old.close()
        if handler is not None:
            handler.setFormatter(self.logger_formatter)
        setattr(self, attribute, handler)

    @classmethod
    def fromEnvPrefix(cls, env_var_prefix: str, host: str | None = None, **kwargs: Any) -> ApiClientConfiguration:
        """Settings from `<prefix>HOST` (or `<prefix>BASE_URL`), `<prefix>API_KEY`, `<prefix>SSL_CA_CERT`,
        `<prefix>RETRIES` and `<prefix>PROXY`; keyword arguments win over the environment."""
        environ = dict(os.environ)
        if host is not None:
            environ[f"{env_var_prefix}BASE_URL"] = host
        found = from_env_prefix(env_var_prefix, environ)
        if "api_key" in found and "api_key" not in kwargs:
            kwargs["api_key"] = {_API_KEY_SCHEME: str(found["api_key"])}
        if "verify" in found and "ssl_ca_cert" not in kwargs:
            kwargs["ssl_ca_cert"] = str(found["verify"])
        if "max_retries" in found and "retries" not in kwargs:
            kwargs["retries"] = found["max_retries"]
        configuration = cls(host=str(found["base_url"]), **kwargs)
        if "proxy" in found:
            configuration.proxy = str(found["proxy"])
        return configuration

    @classmethod
    def set_default(cls, default: ApiClientConfiguration | None) -> None:
        """The configuration `ApiClient()` uses when given none."""
        cls._default = default

    @classmethod
    def get_default(cls) -> ApiClientConfiguration:
        if cls._default is None:
            cls._default = cls()
        return cls._default

    @classmethod
    def get_default_copy(cls) -> ApiClientConfiguration:
        import copy

        return copy.copy(cls.get_default())

    def auth_settings(self) -> dict[str, dict[str, str]]:
        """The credentials by security scheme: `{scheme: {"type", "in", "key", "value"}}` (values are secrets)."""
        settings: dict[str, dict[str, str]] = {}
        for scheme in self.api_key:
            value = self.get_api_key_with_prefix(scheme)
            if value is not None:
                settings[scheme] = {"type": "api_key", "in": "header", "key": scheme, "value": value}
        return settings

    def get_host_settings(self) -> list[dict[str, Any]]:
        """The servers this client may call: the configured host (the spec declares no other)."""
        return [{"url": self.host, "description": "the ACP server", "variables": {}}]

    def get_host_from_settings(
        self,
        index: int | None,
        variables: Mapping[str, str] | None = None,
        servers: list[dict[str, Any]] | None = None,
    ) -> str:
        if index is None:
            return self.host
        hosts = servers if servers is not None else self.get_host_settings()
        if not 0 <= index < len(hosts):
            raise ConfigurationError(f"host index {index} out of range: {len(hosts)} server(s) configured")
        return str(hosts[index]["url"])

    def to_debug_report(self) -> str:
        """Versions worth quoting in a bug report (no settings, no secrets)."""
        import platform
        from importlib.metadata import PackageNotFoundError, version

        try:
            sdk = version("agentplug")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            sdk = "unknown"
        return (
            f"Python SDK Debug Report:\nOS: {platform.system()}\nPython Version: {platform.python_version()}\n"
            f"agentplug version: {sdk}\nACP API version: 0.2.3"
        )

    def get_api_key_with_prefix(self, identifier: str, alias: str | None = None) -> str | None:
        if self.refresh_api_key_hook is not None:  # the caller renews expiring keys here
            self.refresh_api_key_hook(self)
        key = self.api_key.get(identifier, self.api_key.get(alias) if alias is not None else None)
        if key is None:
            return None
        prefix = self.api_key_prefix.get(identifier)
        return f"{prefix} {key}" if prefix else key

    def get_basic_auth_token(self) -> str | None:
        if self.username is None and self.password is None:
            return None
        raw = f"{self.username or ''}:{self.password or ''}".encode()
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def auth_headers(self) -> dict[str, str]:
        """The credential headers every request carries (none of them is ever logged)."""
        headers: dict[str, str] = {}
        for scheme in self.api_key:
            value = self.get_api_key_with_prefix(scheme)
            if value is not None:
                headers[scheme] = value
        if self.access_token:
            headers["Authorization"] = f"Bearer {self.access_token}"
        basic = self.get_basic_auth_token()
        if basic is not None:
            if "Authorization" in headers:
                raise ConfigurationError("give access_token or username/password, not both (one Authorization header)")
            headers["Authorization"] = basic
        return headers

    def client_arguments(self) -> dict[str, Any]:
        """Keyword arguments for `agentplug.acp.ACP` / `AsyncACP`."""
        arguments: dict[str, Any] = {"base_url": self.host}
        if self.retries is not None:
            arguments["max_retries"] = self.retries
        if self.ca_cert_data is not None:
            arguments["ca_cert_data"] = self.ca_cert_data
        elif self.ssl_ca_cert is not None:
            arguments["verify"] = self.ssl_ca_cert
        elif not self.verify_ssl:
            arguments["verify"] = False
        if self.cert_file is not None:
            arguments["cert"] = (self.cert_file, self.key_file) if self.key_file else self.cert_file
        if self.proxy is not None:
            arguments["proxy"] = self.proxy
        return arguments

    def transport_arguments(self) -> dict[str, Any]:
        """Arguments for the `httpx2.HTTPTransport` / `AsyncHTTPTransport` of an `ApiClient`: TLS (with
        `assert_hostname`), proxy (with `proxy_headers`), pool size and socket options."""
        arguments: dict[str, Any] = {"verify": self.tls_context()}
        if self.connection_pool_maxsize is not None:
            if self.connection_pool_maxsize < 1:
                raise ConfigurationError(
                    f"connection_pool_maxsize must be at least 1, got {self.connection_pool_maxsize}"
                )
            size = self.connection_pool_maxsize
            arguments["limits"] = httpx2.Limits(max_connections=size, max_keepalive_connections=size)
        else:
            arguments["limits"] = DEFAULT_LIMITS
        if self.socket_options:
            arguments["socket_options"] = list(self.socket_options)
        if self.proxy is not None:
            arguments["proxy"] = httpx2.Proxy(self.proxy, headers=dict(self.proxy_headers or {}))
        elif self.proxy_headers:
            raise ConfigurationError("proxy_headers are sent to a proxy: set `proxy` too")
        return arguments

    def tls_context(self) -> ssl.SSLContext:
        """The TLS context of `ssl_ca_cert` / `ca_cert_data` / `verify_ssl` / `cert_file`, without the
        hostname check when `assert_hostname` is False (the certificate chain is still verified)."""
        cert = (self.cert_file, self.key_file) if self.cert_file and self.key_file else self.cert_file
        if self.assert_hostname is not False or not self.verify_ssl:
            if self.ca_cert_data is not None:
                context = trust_only(self.ca_cert_data)
                _load_cert(context, cert)
                return context
            return ssl_context(self.ssl_ca_cert or self.verify_ssl, cert)
        # A context of its own: the shared verifying contexts must keep their hostname check.
        if self.ca_cert_data is not None:
            context = trust_only(self.ca_cert_data)
        elif self.ssl_ca_cert is not None and os.path.isdir(self.ssl_ca_cert):
            context = ssl.create_default_context(capath=self.ssl_ca_cert)
        else:
            context = ssl.create_default_context(cafile=self.ssl_ca_cert)
        context.check_hostname = False
        _load_cert(context, cert)
        return context

    def __repr__(self) -> str:  # never the credentials
        return f"ApiClientConfiguration(host={self.host!r})"
