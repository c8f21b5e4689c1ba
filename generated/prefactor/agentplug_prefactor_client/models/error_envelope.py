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

from ..models.error_envelope_status import ErrorEnvelopeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """Every error answer.

    Attributes:
        code (str): A machine-readable code (`validation_errors`, `not_found`, `unauthorized`, ...).
        message (str):
        status (ErrorEnvelopeStatus):
        errors (ErrorEnvelopeErrors | Unset): Validation errors by field path (dots between levels, item indexes as
            numbers): a message, a list of messages or a nested object of the same kind.
    """

    code: str
    message: str
    status: ErrorEnvelopeStatus
    errors: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
            "status",
            "errors",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("code", self.code),
                ("message", self.message),
                ("status", self.status),
                ("errors", self.errors),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        status = getattr(self.status, "value", self.status)

        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "status": status,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        message = src_dict["message"]

        status = cast(
            ErrorEnvelopeStatus,
            ErrorEnvelopeStatus._value2member_map_.get(src_dict["status"])
            or ErrorEnvelopeStatus(src_dict["status"]),
        )

        _errors_in = src_dict.get("errors", UNSET)
        if _errors_in is None:
            _errors_in = UNSET
        errors = _errors_in
        if not isinstance(errors, (dict, Unset)):
            raise TypeError(
                f"expected an object for errors, got {type(errors).__name__}"
            )

        _obj = cls(
            code,
            message,
            status,
            errors,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("code", None)
            additional_properties.pop("message", None)
            additional_properties.pop("status", None)
            additional_properties.pop("errors", None)
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
