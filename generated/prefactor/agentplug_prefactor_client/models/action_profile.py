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

from ..models.action_permission import ActionPermission
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionProfile")


@_attrs_define
class ActionProfile:
    """What a span type may do.

    Attributes:
        create_data (ActionPermission | Unset):
        destroy_data (ActionPermission | Unset):
        external_communication (ActionPermission | Unset):
        financial_transactions (ActionPermission | Unset):
        read_data (ActionPermission | Unset):
        update_data (ActionPermission | Unset):
    """

    create_data: ActionPermission | Unset = UNSET
    destroy_data: ActionPermission | Unset = UNSET
    external_communication: ActionPermission | Unset = UNSET
    financial_transactions: ActionPermission | Unset = UNSET
    read_data: ActionPermission | Unset = UNSET
    update_data: ActionPermission | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "create_data",
            "destroy_data",
            "external_communication",
            "financial_transactions",
            "read_data",
            "update_data",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("create_data", self.create_data),
                ("destroy_data", self.destroy_data),
                ("external_communication", self.external_communication),
                ("financial_transactions", self.financial_transactions),
                ("read_data", self.read_data),
                ("update_data", self.update_data),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        create_data: str | Unset = UNSET
        if not isinstance(self.create_data, Unset):
            create_data = getattr(self.create_data, "value", self.create_data)

        destroy_data: str | Unset = UNSET
        if not isinstance(self.destroy_data, Unset):
            destroy_data = getattr(self.destroy_data, "value", self.destroy_data)

        external_communication: str | Unset = UNSET
        if not isinstance(self.external_communication, Unset):
            external_communication = getattr(
                self.external_communication, "value", self.external_communication
            )

        financial_transactions: str | Unset = UNSET
        if not isinstance(self.financial_transactions, Unset):
            financial_transactions = getattr(
                self.financial_transactions, "value", self.financial_transactions
            )

        read_data: str | Unset = UNSET
        if not isinstance(self.read_data, Unset):
            read_data = getattr(self.read_data, "value", self.read_data)

        update_data: str | Unset = UNSET
        if not isinstance(self.update_data, Unset):
            update_data = getattr(self.update_data, "value", self.update_data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_data is not UNSET:
            field_dict["create_data"] = create_data
        if destroy_data is not UNSET:
            field_dict["destroy_data"] = destroy_data
        if external_communication is not UNSET:
            field_dict["external_communication"] = external_communication
        if financial_transactions is not UNSET:
            field_dict["financial_transactions"] = financial_transactions
        if read_data is not UNSET:
            field_dict["read_data"] = read_data
        if update_data is not UNSET:
            field_dict["update_data"] = update_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _create_data_in = src_dict.get("create_data", UNSET)
        if _create_data_in is None:
            _create_data_in = UNSET
        _create_data = _create_data_in
        create_data: ActionPermission | Unset
        if isinstance(_create_data, Unset):
            create_data = UNSET
        else:
            create_data = cast(
                ActionPermission,
                ActionPermission._value2member_map_.get(_create_data)
                or ActionPermission(_create_data),
            )

        _destroy_data_in = src_dict.get("destroy_data", UNSET)
        if _destroy_data_in is None:
            _destroy_data_in = UNSET
        _destroy_data = _destroy_data_in
        destroy_data: ActionPermission | Unset
        if isinstance(_destroy_data, Unset):
            destroy_data = UNSET
        else:
            destroy_data = cast(
                ActionPermission,
                ActionPermission._value2member_map_.get(_destroy_data)
                or ActionPermission(_destroy_data),
            )

        _external_communication_in = src_dict.get("external_communication", UNSET)
        if _external_communication_in is None:
            _external_communication_in = UNSET
        _external_communication = _external_communication_in
        external_communication: ActionPermission | Unset
        if isinstance(_external_communication, Unset):
            external_communication = UNSET
        else:
            external_communication = cast(
                ActionPermission,
                ActionPermission._value2member_map_.get(_external_communication)
                or ActionPermission(_external_communication),
            )

        _financial_transactions_in = src_dict.get("financial_transactions", UNSET)
        if _financial_transactions_in is None:
            _financial_transactions_in = UNSET
        _financial_transactions = _financial_transactions_in
        financial_transactions: ActionPermission | Unset
        if isinstance(_financial_transactions, Unset):
            financial_transactions = UNSET
        else:
            financial_transactions = cast(
                ActionPermission,
                ActionPermission._value2member_map_.get(_financial_transactions)
                or ActionPermission(_financial_transactions),
            )

        _read_data_in = src_dict.get("read_data", UNSET)
        if _read_data_in is None:
            _read_data_in = UNSET
        _read_data = _read_data_in
        read_data: ActionPermission | Unset
        if isinstance(_read_data, Unset):
            read_data = UNSET
        else:
            read_data = cast(
                ActionPermission,
                ActionPermission._value2member_map_.get(_read_data)
                or ActionPermission(_read_data),
            )

        _update_data_in = src_dict.get("update_data", UNSET)
        if _update_data_in is None:
            _update_data_in = UNSET
        _update_data = _update_data_in
        update_data: ActionPermission | Unset
        if isinstance(_update_data, Unset):
            update_data = UNSET
        else:
            update_data = cast(
                ActionPermission,
                ActionPermission._value2member_map_.get(_update_data)
                or ActionPermission(_update_data),
            )

        _obj = cls(
            create_data,
            destroy_data,
            external_communication,
            financial_transactions,
            read_data,
            update_data,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("create_data", None)
            additional_properties.pop("destroy_data", None)
            additional_properties.pop("external_communication", None)
            additional_properties.pop("financial_transactions", None)
            additional_properties.pop("read_data", None)
            additional_properties.pop("update_data", None)
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
