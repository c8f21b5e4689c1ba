"""Reprs show what a model holds, never `<Unset object at 0x...>`: UNSET fields are left out."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import attrs
import pytest
from agentplug.moderately import AsyncFileModel, FileModel
from agentplug_moderately_client.models import File

APIS = ("acp", "nat", "prefactor", "moderately")


def _models(api: str) -> list[type]:
    package = importlib.import_module(f"agentplug_{api}_client.models")
    found: dict[str, type] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for value in vars(module).values():
            if inspect.isclass(value) and attrs.has(value) and value.__module__ == module.__name__:
                found[value.__qualname__] = value
    return list(found.values())


def _all_unset(cls: type) -> object:
    # Each generated package has its own UNSET.
    unset = importlib.import_module(cls.__module__.split(".")[0] + ".types").UNSET
    return cls(**{field.alias: unset for field in attrs.fields(cls) if field.init})


@pytest.mark.parametrize("api", APIS)
def test_no_generated_model_shows_an_unset_object(api: str) -> None:
    models = _models(api)
    assert models
    for cls in models:
        text = repr(_all_unset(cls))
        assert "Unset" not in text and "UNSET" not in text and " at 0x" not in text, text
        assert text.startswith(cls.__name__ + "(")


def test_set_fields_and_unknown_ones_are_shown_in_declaration_order() -> None:
    data = {"fileId": "f1", "fileName": "a.csv", "teamId": "t", "extra": 1}
    text = repr(File.from_dict({**_file_body(), **data}))
    assert "file_id='f1'" in text and "file_name='a.csv'" in text and "additional_properties={'extra': 1}" in text
    assert "Unset" not in text


@pytest.mark.parametrize("rich", [FileModel, AsyncFileModel])
def test_overlay_rich_models_read_as_themselves(rich: type[File]) -> None:
    model = rich.from_dict(_file_body())
    text = repr(model)
    assert text.startswith(rich.__name__ + "(") and "file_id='f1'" in text
    assert "Unset" not in text and "_client" not in text


def _file_body() -> dict[str, object]:
    return {
        "fileId": "f1",
        "teamId": "t",
        "fileName": "a.csv",
        "fileSize": 3,
        "mimeType": "text/csv",
        "fileHash": "h",
        "uploadStatus": "completed",
        "uploadedBy": "u",
        "createdAt": "2026-01-01T00:00:00Z",
        "updatedAt": "2026-01-01T00:00:00Z",
    }
