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

T = TypeVar("T", bound="AgentInstanceForUpdate")


@_attrs_define
class AgentInstanceForUpdate:
    """
    Attributes:
        quality_payload (None | QualityPayload | Unset): Replaces the instance's quality record; null clears it.
    """

    quality_payload: None | QualityPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "quality_payload",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("quality_payload", self.quality_payload),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        quality_payload: dict[str, Any] | None | Unset
        if isinstance(self.quality_payload, Unset):
            quality_payload = UNSET
        elif isinstance(self.quality_payload, QualityPayload):
            quality_payload = (
                self.quality_payload
                if isinstance(self.quality_payload, dict)
                else self.quality_payload.to_dict()
            )
        else:
            quality_payload = self.quality_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quality_payload is not UNSET:
            field_dict["quality_payload"] = quality_payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _quality_payload_raw = src_dict.get("quality_payload", UNSET)
        quality_payload: None | QualityPayload | Unset
        if isinstance(_quality_payload_raw, Unset):
            quality_payload = UNSET
        elif isinstance(_quality_payload_raw, (dict, Mapping)):
            quality_payload = QualityPayload.from_dict(_quality_payload_raw)
        else:
            quality_payload = cast(None | QualityPayload | Unset, _quality_payload_raw)

        _obj = cls(
            quality_payload,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("quality_payload", None)
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


from ..models.quality_payload import QualityPayload  # noqa: E402
