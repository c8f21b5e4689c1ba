from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingsBlockConfig")


@_attrs_define
class EmbeddingsBlockConfig:
    """Settings of a `embeddings` block.

    Attributes:
        batch_size (float | Unset): Server default: `100`.
        model (str | Unset): Server default: `"sentence-transformers/static-retrieval-mrl-en-v1"`.
        normalize (bool | Unset): Server default: `true`.
    """

    batch_size: float | Unset = UNSET
    model: str | Unset = UNSET
    normalize: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "batch_size",
            "model",
            "normalize",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("batch_size", self.batch_size),
                ("model", self.model),
                ("normalize", self.normalize),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        batch_size = self.batch_size

        model = self.model

        normalize = self.normalize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if model is not UNSET:
            field_dict["model"] = model
        if normalize is not UNSET:
            field_dict["normalize"] = normalize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _batch_size_in = src_dict.get("batch_size", UNSET)
        if _batch_size_in is None:
            _batch_size_in = UNSET
        batch_size = _batch_size_in

        _model_in = src_dict.get("model", UNSET)
        if _model_in is None:
            _model_in = UNSET
        model = _model_in

        _normalize_in = src_dict.get("normalize", UNSET)
        if _normalize_in is None:
            _normalize_in = UNSET
        normalize = _normalize_in

        _obj = cls(
            batch_size,
            model,
            normalize,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("batch_size", None)
            additional_properties.pop("model", None)
            additional_properties.pop("normalize", None)
            _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
