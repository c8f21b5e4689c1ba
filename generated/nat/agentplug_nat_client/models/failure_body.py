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

T = TypeVar("T", bound="FailureBody")


@_attrs_define
class FailureBody:
    """A 422 body. A workflow that failed before its first pause sends the `Error` fields (`code`, `message`, `details`); a
    request that failed validation sends FastAPI's `detail` list.

        Attributes:
            code (str | Unset):
            detail (list[ValidationIssue] | Unset):
            details (str | Unset):
            message (str | Unset):
    """

    code: str | Unset = UNSET
    detail: list[ValidationIssue] | Unset = UNSET
    details: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "detail",
            "details",
            "message",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("code", self.code),
                ("detail", self.detail),
                ("details", self.details),
                ("message", self.message),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = []
            for detail_item_data in self.detail:
                detail_item = (
                    detail_item_data
                    if isinstance(detail_item_data, dict)
                    else detail_item_data.to_dict()
                )
                detail.append(detail_item)

        details = self.details

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if detail is not UNSET:
            field_dict["detail"] = detail
        if details is not UNSET:
            field_dict["details"] = details
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _code_in = src_dict.get("code", UNSET)
        if _code_in is None:
            _code_in = UNSET
        code = _code_in

        _detail_in = src_dict.get("detail", UNSET)
        if _detail_in is None:
            _detail_in = UNSET
        _detail = _detail_in
        detail: list[ValidationIssue] | Unset = UNSET
        if not isinstance(_detail, Unset):
            if not isinstance(_detail, list):
                raise TypeError(
                    f"expected a list for detail, got {type(_detail).__name__}"
                )
            detail = [
                ValidationIssue.from_dict(detail_item_data)
                for detail_item_data in _detail
            ]

        _details_in = src_dict.get("details", UNSET)
        if _details_in is None:
            _details_in = UNSET
        details = _details_in

        _message_in = src_dict.get("message", UNSET)
        if _message_in is None:
            _message_in = UNSET
        message = _message_in

        _obj = cls(
            code,
            detail,
            details,
            message,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("code", None)
            additional_properties.pop("detail", None)
            additional_properties.pop("details", None)
            additional_properties.pop("message", None)
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


from ..models.validation_issue import ValidationIssue  # noqa: E402
