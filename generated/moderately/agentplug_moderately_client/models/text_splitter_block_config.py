from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextSplitterBlockConfig")


@_attrs_define
class TextSplitterBlockConfig:
    """Settings of a `text_splitter` block.

    Attributes:
        chunk_overlap (float | Unset): Server default: `200`.
        chunk_size (float | Unset): Server default: `1000`.
        separators (list[str] | Unset):
    """

    chunk_overlap: float | Unset = UNSET
    chunk_size: float | Unset = UNSET
    separators: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "chunk_overlap",
            "chunk_size",
            "separators",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("chunk_overlap", self.chunk_overlap),
                ("chunk_size", self.chunk_size),
                ("separators", self.separators),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        chunk_overlap = self.chunk_overlap

        chunk_size = self.chunk_size

        separators: list[str] | Unset = UNSET
        if not isinstance(self.separators, Unset):
            separators = self.separators

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chunk_overlap is not UNSET:
            field_dict["chunk_overlap"] = chunk_overlap
        if chunk_size is not UNSET:
            field_dict["chunk_size"] = chunk_size
        if separators is not UNSET:
            field_dict["separators"] = separators

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _chunk_overlap_in = src_dict.get("chunk_overlap", UNSET)
        if _chunk_overlap_in is None:
            _chunk_overlap_in = UNSET
        chunk_overlap = _chunk_overlap_in

        _chunk_size_in = src_dict.get("chunk_size", UNSET)
        if _chunk_size_in is None:
            _chunk_size_in = UNSET
        chunk_size = _chunk_size_in

        _separators_in = src_dict.get("separators", UNSET)
        if _separators_in is None:
            _separators_in = UNSET
        separators = cast(list[str], _separators_in)

        _obj = cls(
            chunk_overlap,
            chunk_size,
            separators,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("chunk_overlap", None)
            additional_properties.pop("chunk_size", None)
            additional_properties.pop("separators", None)
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
