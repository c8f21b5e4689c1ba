"""The vendor `ApiClient`'s request building and answer reading, sans I/O, on agentplug's models.

`param_serialize(...)` gives the `(method, url, headers, body, post_params)` that `call_api(*...)`
sends; `response_deserialize` / `deserialize` read an answer into the generated models of
specs/acp.yaml (named as the vendor names them: `"Agent"`, `"List[Agent]"`, `"Dict[str, Thread]"`).
Dates the client serializes itself follow the configuration's `date_format` / `datetime_format`.
"""

from __future__ import annotations

import datetime
import json
import mimetypes
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

import agentplug_acp_client.models as models
import httpx2

from agentplug.errors import ResponseValidationError

from .configuration import ApiClientConfiguration
from .exceptions import ApiValueError, from_response
from .wire import ApiResponse, sanitize

__all__ = [
    "deserialize",
    "files_parameters",
    "param_serialize",
    "parameters_to_tuples",
    "parameters_to_url_query",
    "response_deserialize",
    "serialize",
    "update_params_for_auth",
]

_DELIMITERS = {"csv": ",", "ssv": " ", "tsv": "\t", "pipes": "|"}
_CONTAINER = re.compile(r"^(List|list|Dict|dict)\[(?:str,\s*)?(.+)\]$")
Params = Mapping[str, Any] | Sequence[tuple[str, Any]] | None


def serialize(value: Any, configuration: ApiClientConfiguration) -> Any:
    """`value` as JSON-ready data, its bare dates in the configuration's formats."""
    if isinstance(value, datetime.datetime):
        return value.strftime(configuration.datetime_format)
    if isinstance(value, datetime.date):
        return value.strftime(configuration.date_format)
    if isinstance(value, (list, tuple)):
        return [serialize(item, configuration) for item in value]
    if isinstance(value, Mapping):
        return {str(key): serialize(item, configuration) for key, item in value.items()}
    return sanitize(value)


def parameters_to_tuples(params: Params, collection_formats: Mapping[str, str] | None) -> list[tuple[str, Any]]:
    """`params` as (name, value) pairs; a list value per its collection format (`multi`: one pair each,
    `csv` / `ssv` / `tsv` / `pipes`: joined)."""
    formats = collection_formats or {}
    pairs: list[tuple[str, Any]] = []
    for name, value in params.items() if isinstance(params, Mapping) else (params or ()):
        style = formats.get(name)
        if style is None or not isinstance(value, (list, tuple)):
            pairs.append((name, value))
        elif style == "multi":
            pairs.extend((name, item) for item in value)
        elif style in _DELIMITERS:
            pairs.append((name, _DELIMITERS[style].join(str(item) for item in value)))
        else:
            raise _unknown_format(name, style)
    return pairs


def _unknown_format(name: str, style: str) -> ApiValueError:
    return ApiValueError(f"collection format {style!r} of {name!r} is not one of multi, {', '.join(_DELIMITERS)}")


def _query_text(value: Any, configuration: ApiClientConfiguration) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    data = serialize(value, configuration)
    if isinstance(data, (dict, list)):
        return json.dumps(data, separators=(",", ":"))
    return str(data)


def parameters_to_url_query(
    params: Params, collection_formats: Mapping[str, str] | None, configuration: ApiClientConfiguration
) -> str:
    """`params` as a URL query string (`a=Hello%20World&b=123`), lists per their collection format."""
    formats = collection_formats or {}
    parts: list[str] = []
    for name, value in params.items() if isinstance(params, Mapping) else (params or ()):
        style = formats.get(name)
        if isinstance(value, (list, tuple)) and style not in (None, "multi"):
            texts = [_query_text(item, configuration) for item in value]
            if style not in _DELIMITERS:
                raise _unknown_format(name, style)
            parts.append(f"{quote(name, safe='')}={quote(_DELIMITERS[style].join(texts), safe='')}")
        elif isinstance(value, (list, tuple)):
            parts.extend(f"{quote(name, safe='')}={quote(_query_text(item, configuration), safe='')}" for item in value)
        else:
            parts.append(f"{quote(name, safe='')}={quote(_query_text(value, configuration), safe='')}")
    return "&".join(parts)


def files_parameters(files: Mapping[str, Any] | None) -> list[tuple[str, tuple[str, bytes, str]]]:
    """Multipart parts `(field, (filename, content, mimetype))` for file paths, bytes or (filename, bytes) pairs."""
    parts: list[tuple[str, tuple[str, bytes, str]]] = []
    for name, value in (files or {}).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                try:
                    with open(item, "rb") as file:
                        content = file.read()
                except OSError as error:
                    raise ApiValueError(f"cannot read the file for {name!r}: {error.strerror} ({item})") from None
                filename = os.path.basename(item)
            elif isinstance(item, (bytes, bytearray)):
                filename, content = name, bytes(item)
            elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], (bytes, bytearray)):
                filename, content = str(item[0]), bytes(item[1])
            else:
                raise ApiValueError(f"file {name!r}: give a path, bytes or a (filename, bytes) pair")
            mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
            parts.append((name, (filename, content, mimetype)))
    return parts


def update_params_for_auth(
    configuration: ApiClientConfiguration,
    headers: dict[str, Any],
    queries: list[tuple[str, Any]],
    auth_settings: Sequence[str] | None,
    request_auth: Mapping[str, Any] | None = None,
) -> None:
    """Add the credentials of the named security schemes (or only `request_auth`) to headers / queries."""
    if not auth_settings:
        return
    if request_auth:
        _apply(request_auth, headers, queries)
        return
    settings = configuration.auth_settings()
    for scheme in auth_settings:
        if scheme in settings:
            _apply(settings[scheme], headers, queries)


def _apply(setting: Mapping[str, Any], headers: dict[str, Any], queries: list[tuple[str, Any]]) -> None:
    where, key, value = setting.get("in"), setting.get("key"), setting.get("value")
    if not isinstance(key, str) or not isinstance(value, str):
        raise ApiValueError("an auth setting needs string `key` and `value` (and `in`: header, query or cookie)")
    if where == "header":
        headers[key] = value
    elif where == "query":
        queries.append((key, value))
    elif where == "cookie":
        headers["Cookie"] = value
    else:
        raise ApiValueError(f"an auth setting's `in` must be header, query or cookie, got {where!r}")


def param_serialize(
    configuration: ApiClientConfiguration,
    default_headers: Mapping[str, str],
    cookie: str | None,
    method: str,
    resource_path: str,
    path_params: Params = None,
    query_params: Params = None,
    header_params: Params = None,
    body: Any = None,
    post_params: Params = None,
    files: Mapping[str, Any] | None = None,
    auth_settings: Sequence[str] | None = None,
    collection_formats: Mapping[str, str] | None = None,
    _host: str | None = None,
    _request_auth: Mapping[str, Any] | None = None,
) -> tuple[str, str, dict[str, str], Any, list[tuple[str, Any]]]:
    """`(method, url, headers, body, post_params)` for `call_api`: path parameters substituted and
    quoted (except `safe_chars_for_path_param`), the query encoded, credentials and cookie added."""
    headers: dict[str, Any] = dict(default_headers)
    for name, value in parameters_to_tuples(serialize(dict(header_params or {}), configuration), collection_formats):
        headers[name] = str(value)
    if cookie:
        headers["Cookie"] = cookie
    path = resource_path
    for name, value in parameters_to_tuples(serialize(dict(path_params or {}), configuration), collection_formats):
        text = _query_text(value, configuration)
        path = path.replace(f"{{{name}}}", quote(text, safe=configuration.safe_chars_for_path_param))
    if unfilled := re.findall(r"\{(\w+)\}", path):
        raise ApiValueError(f"{method} {resource_path}: no value for the path parameter(s) {', '.join(unfilled)}")
    posts = parameters_to_tuples(serialize(post_params, configuration), collection_formats) if post_params else []
    posts.extend(files_parameters(files))
    queries = parameters_to_tuples(query_params, collection_formats)
    update_params_for_auth(configuration, headers, queries, auth_settings, _request_auth)
    host = _host if _host and not configuration.ignore_operation_servers else configuration.host
    url = host.rstrip("/") + path
    if queries:
        url += "?" + parameters_to_url_query(queries, collection_formats, configuration)
    data = serialize(body, configuration) if body is not None else None
    return method.upper(), url, headers, data, posts


def deserialize(
    response_text: str | bytes | None,
    response_type: Any,
    content_type: str | None,
    configuration: ApiClientConfiguration,
) -> Any:
    """The answer text as `response_type`: a generated model (class, or name such as `"Agent"`),
    `"List[...]"` / `"Dict[str, ...]"`, `"str"`, `"int"`, `"float"`, `"bool"`, `"date"`, `"datetime"`,
    `"object"`, `"bytearray"` (the bytes), or `"file"` (saved under `temp_folder_path`: its path)."""
    raw = response_text.encode() if isinstance(response_text, str) else (response_text or b"")
    if response_type == "bytearray":
        return bytearray(raw)
    if response_type == "file":
        descriptor, path = tempfile.mkstemp(dir=configuration.temp_folder_path)
        with os.fdopen(descriptor, "wb") as file:
            file.write(raw)
        return path
    media = (content_type or "application/json").split(";")[0].strip().lower()
    if not raw:
        data: Any = None
    elif media == "application/json" or media.endswith("+json"):
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as error:
            raise ResponseValidationError(f"The ACP server's answer is not JSON: {error}") from None
    elif media.startswith("text/"):
        data = raw.decode("utf-8", errors="replace")
    else:
        raise ApiValueError(f"cannot read a {media!r} answer as {response_type!r}: ask for 'bytearray' or 'file'")
    try:
        return _as_type(data, response_type)
    except (LookupError, TypeError, ValueError, AttributeError) as error:
        if isinstance(error, ApiValueError):
            raise
        name = getattr(response_type, "__name__", response_type)
        raise ResponseValidationError(f"The ACP server's answer is not a valid {name}: {error!r}") from None


_PRIMITIVES: dict[str, Any] = {"str": str, "int": int, "float": float, "bool": bool}


def _as_type(data: Any, kind: Any) -> Any:
    if data is None or kind in (None, "object", object):
        return data
    if isinstance(kind, str):
        if match := _CONTAINER.match(kind):
            inner = match.group(2)
            if match.group(1).lower() == "list":
                return [_as_type(item, inner) for item in data]
            return {str(key): _as_type(item, inner) for key, item in data.items()}
        if kind in _PRIMITIVES:
            return _PRIMITIVES[kind](data)
        if kind == "datetime":
            return datetime.datetime.fromisoformat(data)
        if kind == "date":
            return datetime.date.fromisoformat(data)
        model = getattr(models, kind, None)
        if model is None or not hasattr(model, "from_dict"):
            raise ApiValueError(f"{kind!r} is not a model of agentplug.acp.compat.models")
        kind = model
    from_dict = getattr(kind, "from_dict", None)
    if callable(from_dict):
        return from_dict(data)
    if kind in (str, int, float, bool):
        return kind(data)
    raise ApiValueError(f"cannot read an answer as {kind!r}: name a model or a primitive type")


def response_deserialize(
    response: httpx2.Response,
    response_types_map: Mapping[str, Any] | None,
    configuration: ApiClientConfiguration,
) -> ApiResponse[Any]:
    """A read response as an `ApiResponse`, its data typed per `response_types_map` (`"200"`, `"2XX"`);
    an error status raises the vendor's exception for it."""
    if response.status_code >= 400:
        raise from_response(response)
    status = str(response.status_code)
    types = response_types_map or {}
    kind = types.get(status, types.get(status[0] + "XX"))
    data = None
    if kind is not None:
        data = deserialize(response.content, kind, response.headers.get("content-type"), configuration)
    headers = dict(response.headers)
    return ApiResponse(status_code=response.status_code, headers=headers, data=data, raw_data=response.content)
