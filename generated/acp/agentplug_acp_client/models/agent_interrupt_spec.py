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

T = TypeVar("T", bound="AgentInterruptSpec")


@_attrs_define
class AgentInterruptSpec:
    """One kind of interrupt the agent may raise.

    Attributes:
        interrupt_payload (AgentInterruptSpecInterruptPayload): Schema of the payload the agent sends when interrupting.
        interrupt_type (str): Name of the interrupt kind, unique within the agent.
        resume_payload (AgentInterruptSpecResumePayload): Schema of the payload a client sends to resume.
    """

    interrupt_payload: dict[str, Any]
    interrupt_type: str
    resume_payload: dict[str, Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "interrupt_payload",
            "interrupt_type",
            "resume_payload",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("interrupt_payload", self.interrupt_payload),
                ("interrupt_type", self.interrupt_type),
                ("resume_payload", self.resume_payload),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        interrupt_payload = self.interrupt_payload

        interrupt_type = self.interrupt_type

        resume_payload = self.resume_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interrupt_payload": interrupt_payload,
                "interrupt_type": interrupt_type,
                "resume_payload": resume_payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        interrupt_payload = src_dict["interrupt_payload"]
        if not isinstance(interrupt_payload, dict):
            raise TypeError(
                f"expected an object for interrupt_payload, got {type(interrupt_payload).__name__}"
            )

        interrupt_type = src_dict["interrupt_type"]

        resume_payload = src_dict["resume_payload"]
        if not isinstance(resume_payload, dict):
            raise TypeError(
                f"expected an object for resume_payload, got {type(resume_payload).__name__}"
            )

        _obj = cls(
            interrupt_payload,
            interrupt_type,
            resume_payload,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("interrupt_payload", None)
            additional_properties.pop("interrupt_type", None)
            additional_properties.pop("resume_payload", None)
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
