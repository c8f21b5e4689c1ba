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

T = TypeVar("T", bound="DataRisk")


@_attrs_define
class DataRisk:
    """
    Attributes:
        action_profile (ActionProfile): What a span type may do.
        params_data_categories (DataCategories): Which kinds of data a span's params or result contain.
        result_data_categories (DataCategories): Which kinds of data a span's params or result contain.
    """

    action_profile: ActionProfile
    params_data_categories: DataCategories
    result_data_categories: DataCategories
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "action_profile",
            "params_data_categories",
            "result_data_categories",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("action_profile", self.action_profile),
                ("params_data_categories", self.params_data_categories),
                ("result_data_categories", self.result_data_categories),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        action_profile = (
            self.action_profile
            if isinstance(self.action_profile, dict)
            else self.action_profile.to_dict()
        )

        params_data_categories = (
            self.params_data_categories
            if isinstance(self.params_data_categories, dict)
            else self.params_data_categories.to_dict()
        )

        result_data_categories = (
            self.result_data_categories
            if isinstance(self.result_data_categories, dict)
            else self.result_data_categories.to_dict()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_profile": action_profile,
                "params_data_categories": params_data_categories,
                "result_data_categories": result_data_categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        action_profile = ActionProfile.from_dict(src_dict["action_profile"])

        params_data_categories = DataCategories.from_dict(
            src_dict["params_data_categories"]
        )

        result_data_categories = DataCategories.from_dict(
            src_dict["result_data_categories"]
        )

        _obj = cls(
            action_profile,
            params_data_categories,
            result_data_categories,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("action_profile", None)
            additional_properties.pop("params_data_categories", None)
            additional_properties.pop("result_data_categories", None)
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


from ..models.action_profile import ActionProfile  # noqa: E402
from ..models.data_categories import DataCategories  # noqa: E402
