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

T = TypeVar("T", bound="AuditLogMetadata")


@_attrs_define
class AuditLogMetadata:
    """Request context of an audited event.

    Attributes:
        additional_info (JsonObject | Unset): A free-form JSON object.
        correlation_id (str | Unset):
        ip_address (None | str | Unset):
        request_id (str | Unset):
        user_agent (None | str | Unset):
    """

    additional_info: dict[str, Any] | Unset = UNSET
    correlation_id: str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    request_id: str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "additionalInfo",
            "correlationId",
            "ipAddress",
            "requestId",
            "userAgent",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("additional_info", self.additional_info),
                ("correlation_id", self.correlation_id),
                ("ip_address", self.ip_address),
                ("request_id", self.request_id),
                ("user_agent", self.user_agent),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        additional_info = self.additional_info

        correlation_id = self.correlation_id

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        request_id = self.request_id

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _additional_info_in = src_dict.get("additionalInfo", UNSET)
        if _additional_info_in is None:
            _additional_info_in = UNSET
        additional_info = _additional_info_in
        if not isinstance(additional_info, (dict, Unset)):
            raise TypeError(
                f"expected an object for additionalInfo, got {type(additional_info).__name__}"
            )

        _correlation_id_in = src_dict.get("correlationId", UNSET)
        if _correlation_id_in is None:
            _correlation_id_in = UNSET
        correlation_id = _correlation_id_in

        _ip_address_raw = src_dict.get("ipAddress", UNSET)
        ip_address: None | str | Unset
        if isinstance(_ip_address_raw, Unset):
            ip_address = UNSET
        else:
            ip_address = cast(None | str | Unset, _ip_address_raw)

        _request_id_in = src_dict.get("requestId", UNSET)
        if _request_id_in is None:
            _request_id_in = UNSET
        request_id = _request_id_in

        _user_agent_raw = src_dict.get("userAgent", UNSET)
        user_agent: None | str | Unset
        if isinstance(_user_agent_raw, Unset):
            user_agent = UNSET
        else:
            user_agent = cast(None | str | Unset, _user_agent_raw)

        _obj = cls(
            additional_info,
            correlation_id,
            ip_address,
            request_id,
            user_agent,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("additionalInfo", None)
            additional_properties.pop("correlationId", None)
            additional_properties.pop("ipAddress", None)
            additional_properties.pop("requestId", None)
            additional_properties.pop("userAgent", None)
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
