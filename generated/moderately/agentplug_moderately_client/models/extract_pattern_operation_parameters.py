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

from ..models.extract_pattern_operation_parameters_extract_type import (
    ExtractPatternOperationParametersExtractType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractPatternOperationParameters")


@_attrs_define
class ExtractPatternOperationParameters:
    """
    Attributes:
        case_sensitive (bool | Unset):
        clean_trailing (str | Unset):
        extract_type (ExtractPatternOperationParametersExtractType | Unset):
        patterns (list[str] | Unset):
        return_matches (bool | Unset):
    """

    case_sensitive: bool | Unset = UNSET
    clean_trailing: str | Unset = UNSET
    extract_type: ExtractPatternOperationParametersExtractType | Unset = UNSET
    patterns: list[str] | Unset = UNSET
    return_matches: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "case_sensitive",
            "clean_trailing",
            "extract_type",
            "patterns",
            "return_matches",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("case_sensitive", self.case_sensitive),
                ("clean_trailing", self.clean_trailing),
                ("extract_type", self.extract_type),
                ("patterns", self.patterns),
                ("return_matches", self.return_matches),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        case_sensitive = self.case_sensitive

        clean_trailing = self.clean_trailing

        extract_type: str | Unset = UNSET
        if not isinstance(self.extract_type, Unset):
            extract_type = getattr(self.extract_type, "value", self.extract_type)

        patterns: list[str] | Unset = UNSET
        if not isinstance(self.patterns, Unset):
            patterns = self.patterns

        return_matches = self.return_matches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if case_sensitive is not UNSET:
            field_dict["case_sensitive"] = case_sensitive
        if clean_trailing is not UNSET:
            field_dict["clean_trailing"] = clean_trailing
        if extract_type is not UNSET:
            field_dict["extract_type"] = extract_type
        if patterns is not UNSET:
            field_dict["patterns"] = patterns
        if return_matches is not UNSET:
            field_dict["return_matches"] = return_matches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _case_sensitive_in = src_dict.get("case_sensitive", UNSET)
        if _case_sensitive_in is None:
            _case_sensitive_in = UNSET
        case_sensitive = _case_sensitive_in

        _clean_trailing_in = src_dict.get("clean_trailing", UNSET)
        if _clean_trailing_in is None:
            _clean_trailing_in = UNSET
        clean_trailing = _clean_trailing_in

        _extract_type_in = src_dict.get("extract_type", UNSET)
        if _extract_type_in is None:
            _extract_type_in = UNSET
        _extract_type = _extract_type_in
        extract_type: ExtractPatternOperationParametersExtractType | Unset
        if isinstance(_extract_type, Unset):
            extract_type = UNSET
        else:
            extract_type = cast(
                ExtractPatternOperationParametersExtractType,
                ExtractPatternOperationParametersExtractType._value2member_map_.get(
                    _extract_type
                )
                or ExtractPatternOperationParametersExtractType(_extract_type),
            )

        _patterns_in = src_dict.get("patterns", UNSET)
        if _patterns_in is None:
            _patterns_in = UNSET
        patterns = cast(list[str], _patterns_in)

        _return_matches_in = src_dict.get("return_matches", UNSET)
        if _return_matches_in is None:
            _return_matches_in = UNSET
        return_matches = _return_matches_in

        _obj = cls(
            case_sensitive,
            clean_trailing,
            extract_type,
            patterns,
            return_matches,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("case_sensitive", None)
            additional_properties.pop("clean_trailing", None)
            additional_properties.pop("extract_type", None)
            additional_properties.pop("patterns", None)
            additional_properties.pop("return_matches", None)
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
