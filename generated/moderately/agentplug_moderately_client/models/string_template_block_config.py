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

T = TypeVar("T", bound="StringTemplateBlockConfig")


@_attrs_define
class StringTemplateBlockConfig:
    """Settings of a `string_template` block.

    Attributes:
        template (str):
        strip_whitespace (bool | Unset): Server default: `true`.
    """

    template: str
    strip_whitespace: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "template",
            "strip_whitespace",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("template", self.template),
                ("strip_whitespace", self.strip_whitespace),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        strip_whitespace = self.strip_whitespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
            }
        )
        if strip_whitespace is not UNSET:
            field_dict["strip_whitespace"] = strip_whitespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        template = src_dict["template"]

        _strip_whitespace_in = src_dict.get("strip_whitespace", UNSET)
        if _strip_whitespace_in is None:
            _strip_whitespace_in = UNSET
        strip_whitespace = _strip_whitespace_in

        _obj = cls(
            template,
            strip_whitespace,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("template", None)
            additional_properties.pop("strip_whitespace", None)
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
