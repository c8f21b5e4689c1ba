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

T = TypeVar("T", bound="LlmConfig")


@_attrs_define
class LlmConfig:
    """Models for each role of the agent loop.

    Attributes:
        fact_extraction_llm (LlmSettings | Unset): Which model one role of the agent uses.
        planner_llm (LlmSettings | Unset): Which model one role of the agent uses.
        thought_llm (LlmSettings | Unset): Which model one role of the agent uses.
    """

    fact_extraction_llm: LlmSettings | Unset = UNSET
    planner_llm: LlmSettings | Unset = UNSET
    thought_llm: LlmSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "fact_extraction_llm",
            "planner_llm",
            "thought_llm",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("fact_extraction_llm", self.fact_extraction_llm),
                ("planner_llm", self.planner_llm),
                ("thought_llm", self.thought_llm),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        fact_extraction_llm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fact_extraction_llm, Unset):
            fact_extraction_llm = (
                self.fact_extraction_llm
                if isinstance(self.fact_extraction_llm, dict)
                else self.fact_extraction_llm.to_dict()
            )

        planner_llm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.planner_llm, Unset):
            planner_llm = (
                self.planner_llm
                if isinstance(self.planner_llm, dict)
                else self.planner_llm.to_dict()
            )

        thought_llm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thought_llm, Unset):
            thought_llm = (
                self.thought_llm
                if isinstance(self.thought_llm, dict)
                else self.thought_llm.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fact_extraction_llm is not UNSET:
            field_dict["fact_extraction_llm"] = fact_extraction_llm
        if planner_llm is not UNSET:
            field_dict["planner_llm"] = planner_llm
        if thought_llm is not UNSET:
            field_dict["thought_llm"] = thought_llm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _fact_extraction_llm_in = src_dict.get("fact_extraction_llm", UNSET)
        if _fact_extraction_llm_in is None:
            _fact_extraction_llm_in = UNSET
        _fact_extraction_llm = _fact_extraction_llm_in
        fact_extraction_llm: LlmSettings | Unset
        if isinstance(_fact_extraction_llm, Unset):
            fact_extraction_llm = UNSET
        else:
            fact_extraction_llm = LlmSettings.from_dict(_fact_extraction_llm)

        _planner_llm_in = src_dict.get("planner_llm", UNSET)
        if _planner_llm_in is None:
            _planner_llm_in = UNSET
        _planner_llm = _planner_llm_in
        planner_llm: LlmSettings | Unset
        if isinstance(_planner_llm, Unset):
            planner_llm = UNSET
        else:
            planner_llm = LlmSettings.from_dict(_planner_llm)

        _thought_llm_in = src_dict.get("thought_llm", UNSET)
        if _thought_llm_in is None:
            _thought_llm_in = UNSET
        _thought_llm = _thought_llm_in
        thought_llm: LlmSettings | Unset
        if isinstance(_thought_llm, Unset):
            thought_llm = UNSET
        else:
            thought_llm = LlmSettings.from_dict(_thought_llm)

        _obj = cls(
            fact_extraction_llm,
            planner_llm,
            thought_llm,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("fact_extraction_llm", None)
            additional_properties.pop("planner_llm", None)
            additional_properties.pop("thought_llm", None)
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


from ..models.llm_settings import LlmSettings  # noqa: E402
