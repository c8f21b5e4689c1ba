from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="QualityPayloads")


@_attrs_define
class QualityPayloads:
    additional_properties: dict[str, QualityPayload] = _attrs_field(
        init=False, factory=dict
    )
    _known_keys: ClassVar[frozenset[str]] = frozenset({})

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop if isinstance(prop, dict) else prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _obj = cls()
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in cls._known_keys:
                    continue
                additional_property = QualityPayload.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> QualityPayload:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: QualityPayload) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.quality_payload import QualityPayload  # noqa: E402
