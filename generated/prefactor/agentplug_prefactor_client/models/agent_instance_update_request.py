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

T = TypeVar("T", bound="AgentInstanceUpdateRequest")


@_attrs_define
class AgentInstanceUpdateRequest:
    """
    Attributes:
        details (AgentInstanceForUpdate):
        idempotency_key (str | Unset): Repeating a request with the same key returns the first result.
    """

    details: AgentInstanceForUpdate
    idempotency_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "details",
            "idempotency_key",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("details", self.details),
                ("idempotency_key", self.idempotency_key),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        details = (
            self.details if isinstance(self.details, dict) else self.details.to_dict()
        )

        idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
            }
        )
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        details = AgentInstanceForUpdate.from_dict(src_dict["details"])

        _idempotency_key_in = src_dict.get("idempotency_key", UNSET)
        if _idempotency_key_in is None:
            _idempotency_key_in = UNSET
        idempotency_key = _idempotency_key_in

        _obj = cls(
            details,
            idempotency_key,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("details", None)
            additional_properties.pop("idempotency_key", None)
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


from ..models.agent_instance_for_update import AgentInstanceForUpdate  # noqa: E402
