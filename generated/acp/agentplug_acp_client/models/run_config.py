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

T = TypeVar("T", bound="RunConfig")


@_attrs_define
class RunConfig:
    """Run configuration.

    Attributes:
        configurable (Any | Unset): Agent configuration (`config.configurable`). Any JSON value except null; scalars and
            arrays are allowed since 0.2.3. The agent descriptor's `specs.config` gives its shape.
        recursion_limit (int | Unset): Maximum recursion depth for the agent.
        tags (list[str] | Unset): Tags attached to the run.
    """

    configurable: Any | Unset = UNSET
    recursion_limit: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "configurable",
            "recursion_limit",
            "tags",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("configurable", self.configurable),
                ("recursion_limit", self.recursion_limit),
                ("tags", self.tags),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        configurable = self.configurable

        recursion_limit = self.recursion_limit

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configurable is not UNSET:
            field_dict["configurable"] = configurable
        if recursion_limit is not UNSET:
            field_dict["recursion_limit"] = recursion_limit
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        configurable = src_dict.get("configurable", UNSET)

        _recursion_limit_in = src_dict.get("recursion_limit", UNSET)
        if _recursion_limit_in is None:
            _recursion_limit_in = UNSET
        recursion_limit = _recursion_limit_in

        _tags_in = src_dict.get("tags", UNSET)
        if _tags_in is None:
            _tags_in = UNSET
        tags = cast(list[str], _tags_in)

        _obj = cls(
            configurable,
            recursion_limit,
            tags,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("configurable", None)
            additional_properties.pop("recursion_limit", None)
            additional_properties.pop("tags", None)
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
