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

from ..models.data_category_presence import DataCategoryPresence
from ..models.data_classification import DataClassification
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataCategories")


@_attrs_define
class DataCategories:
    """Which kinds of data a span's params or result contain.

    Attributes:
        authentication_and_secrets (DataCategoryPresence | Unset):
        behavioural_and_inferred (DataCategoryPresence | Unset):
        classification (DataClassification | Unset):
        contact_information (DataCategoryPresence | Unset):
        criminal_justice (DataCategoryPresence | Unset):
        financial_information (DataCategoryPresence | Unset):
        gdpr_biometric_for_identification (DataCategoryPresence | Unset):
        gdpr_genetic_data (DataCategoryPresence | Unset):
        gdpr_political_opinions (DataCategoryPresence | Unset):
        gdpr_racial_or_ethnic_origin (DataCategoryPresence | Unset):
        gdpr_religious_or_philosophical_beliefs (DataCategoryPresence | Unset):
        gdpr_sex_life_or_sexual_orientation (DataCategoryPresence | Unset):
        gdpr_trade_union_membership (DataCategoryPresence | Unset):
        health_and_medical (DataCategoryPresence | Unset):
        location_and_tracking (DataCategoryPresence | Unset):
        minors_data (DataCategoryPresence | Unset):
        organisational_confidential (DataCategoryPresence | Unset):
        personal_identifiers (DataCategoryPresence | Unset):
    """

    authentication_and_secrets: DataCategoryPresence | Unset = UNSET
    behavioural_and_inferred: DataCategoryPresence | Unset = UNSET
    classification: DataClassification | Unset = UNSET
    contact_information: DataCategoryPresence | Unset = UNSET
    criminal_justice: DataCategoryPresence | Unset = UNSET
    financial_information: DataCategoryPresence | Unset = UNSET
    gdpr_biometric_for_identification: DataCategoryPresence | Unset = UNSET
    gdpr_genetic_data: DataCategoryPresence | Unset = UNSET
    gdpr_political_opinions: DataCategoryPresence | Unset = UNSET
    gdpr_racial_or_ethnic_origin: DataCategoryPresence | Unset = UNSET
    gdpr_religious_or_philosophical_beliefs: DataCategoryPresence | Unset = UNSET
    gdpr_sex_life_or_sexual_orientation: DataCategoryPresence | Unset = UNSET
    gdpr_trade_union_membership: DataCategoryPresence | Unset = UNSET
    health_and_medical: DataCategoryPresence | Unset = UNSET
    location_and_tracking: DataCategoryPresence | Unset = UNSET
    minors_data: DataCategoryPresence | Unset = UNSET
    organisational_confidential: DataCategoryPresence | Unset = UNSET
    personal_identifiers: DataCategoryPresence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "authentication_and_secrets",
            "behavioural_and_inferred",
            "classification",
            "contact_information",
            "criminal_justice",
            "financial_information",
            "gdpr_biometric_for_identification",
            "gdpr_genetic_data",
            "gdpr_political_opinions",
            "gdpr_racial_or_ethnic_origin",
            "gdpr_religious_or_philosophical_beliefs",
            "gdpr_sex_life_or_sexual_orientation",
            "gdpr_trade_union_membership",
            "health_and_medical",
            "location_and_tracking",
            "minors_data",
            "organisational_confidential",
            "personal_identifiers",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("authentication_and_secrets", self.authentication_and_secrets),
                ("behavioural_and_inferred", self.behavioural_and_inferred),
                ("classification", self.classification),
                ("contact_information", self.contact_information),
                ("criminal_justice", self.criminal_justice),
                ("financial_information", self.financial_information),
                (
                    "gdpr_biometric_for_identification",
                    self.gdpr_biometric_for_identification,
                ),
                ("gdpr_genetic_data", self.gdpr_genetic_data),
                ("gdpr_political_opinions", self.gdpr_political_opinions),
                ("gdpr_racial_or_ethnic_origin", self.gdpr_racial_or_ethnic_origin),
                (
                    "gdpr_religious_or_philosophical_beliefs",
                    self.gdpr_religious_or_philosophical_beliefs,
                ),
                (
                    "gdpr_sex_life_or_sexual_orientation",
                    self.gdpr_sex_life_or_sexual_orientation,
                ),
                ("gdpr_trade_union_membership", self.gdpr_trade_union_membership),
                ("health_and_medical", self.health_and_medical),
                ("location_and_tracking", self.location_and_tracking),
                ("minors_data", self.minors_data),
                ("organisational_confidential", self.organisational_confidential),
                ("personal_identifiers", self.personal_identifiers),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        authentication_and_secrets: str | Unset = UNSET
        if not isinstance(self.authentication_and_secrets, Unset):
            authentication_and_secrets = getattr(
                self.authentication_and_secrets,
                "value",
                self.authentication_and_secrets,
            )

        behavioural_and_inferred: str | Unset = UNSET
        if not isinstance(self.behavioural_and_inferred, Unset):
            behavioural_and_inferred = getattr(
                self.behavioural_and_inferred, "value", self.behavioural_and_inferred
            )

        classification: str | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = getattr(self.classification, "value", self.classification)

        contact_information: str | Unset = UNSET
        if not isinstance(self.contact_information, Unset):
            contact_information = getattr(
                self.contact_information, "value", self.contact_information
            )

        criminal_justice: str | Unset = UNSET
        if not isinstance(self.criminal_justice, Unset):
            criminal_justice = getattr(
                self.criminal_justice, "value", self.criminal_justice
            )

        financial_information: str | Unset = UNSET
        if not isinstance(self.financial_information, Unset):
            financial_information = getattr(
                self.financial_information, "value", self.financial_information
            )

        gdpr_biometric_for_identification: str | Unset = UNSET
        if not isinstance(self.gdpr_biometric_for_identification, Unset):
            gdpr_biometric_for_identification = getattr(
                self.gdpr_biometric_for_identification,
                "value",
                self.gdpr_biometric_for_identification,
            )

        gdpr_genetic_data: str | Unset = UNSET
        if not isinstance(self.gdpr_genetic_data, Unset):
            gdpr_genetic_data = getattr(
                self.gdpr_genetic_data, "value", self.gdpr_genetic_data
            )

        gdpr_political_opinions: str | Unset = UNSET
        if not isinstance(self.gdpr_political_opinions, Unset):
            gdpr_political_opinions = getattr(
                self.gdpr_political_opinions, "value", self.gdpr_political_opinions
            )

        gdpr_racial_or_ethnic_origin: str | Unset = UNSET
        if not isinstance(self.gdpr_racial_or_ethnic_origin, Unset):
            gdpr_racial_or_ethnic_origin = getattr(
                self.gdpr_racial_or_ethnic_origin,
                "value",
                self.gdpr_racial_or_ethnic_origin,
            )

        gdpr_religious_or_philosophical_beliefs: str | Unset = UNSET
        if not isinstance(self.gdpr_religious_or_philosophical_beliefs, Unset):
            gdpr_religious_or_philosophical_beliefs = getattr(
                self.gdpr_religious_or_philosophical_beliefs,
                "value",
                self.gdpr_religious_or_philosophical_beliefs,
            )

        gdpr_sex_life_or_sexual_orientation: str | Unset = UNSET
        if not isinstance(self.gdpr_sex_life_or_sexual_orientation, Unset):
            gdpr_sex_life_or_sexual_orientation = getattr(
                self.gdpr_sex_life_or_sexual_orientation,
                "value",
                self.gdpr_sex_life_or_sexual_orientation,
            )

        gdpr_trade_union_membership: str | Unset = UNSET
        if not isinstance(self.gdpr_trade_union_membership, Unset):
            gdpr_trade_union_membership = getattr(
                self.gdpr_trade_union_membership,
                "value",
                self.gdpr_trade_union_membership,
            )

        health_and_medical: str | Unset = UNSET
        if not isinstance(self.health_and_medical, Unset):
            health_and_medical = getattr(
                self.health_and_medical, "value", self.health_and_medical
            )

        location_and_tracking: str | Unset = UNSET
        if not isinstance(self.location_and_tracking, Unset):
            location_and_tracking = getattr(
                self.location_and_tracking, "value", self.location_and_tracking
            )

        minors_data: str | Unset = UNSET
        if not isinstance(self.minors_data, Unset):
            minors_data = getattr(self.minors_data, "value", self.minors_data)

        organisational_confidential: str | Unset = UNSET
        if not isinstance(self.organisational_confidential, Unset):
            organisational_confidential = getattr(
                self.organisational_confidential,
                "value",
                self.organisational_confidential,
            )

        personal_identifiers: str | Unset = UNSET
        if not isinstance(self.personal_identifiers, Unset):
            personal_identifiers = getattr(
                self.personal_identifiers, "value", self.personal_identifiers
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authentication_and_secrets is not UNSET:
            field_dict["authentication_and_secrets"] = authentication_and_secrets
        if behavioural_and_inferred is not UNSET:
            field_dict["behavioural_and_inferred"] = behavioural_and_inferred
        if classification is not UNSET:
            field_dict["classification"] = classification
        if contact_information is not UNSET:
            field_dict["contact_information"] = contact_information
        if criminal_justice is not UNSET:
            field_dict["criminal_justice"] = criminal_justice
        if financial_information is not UNSET:
            field_dict["financial_information"] = financial_information
        if gdpr_biometric_for_identification is not UNSET:
            field_dict["gdpr_biometric_for_identification"] = (
                gdpr_biometric_for_identification
            )
        if gdpr_genetic_data is not UNSET:
            field_dict["gdpr_genetic_data"] = gdpr_genetic_data
        if gdpr_political_opinions is not UNSET:
            field_dict["gdpr_political_opinions"] = gdpr_political_opinions
        if gdpr_racial_or_ethnic_origin is not UNSET:
            field_dict["gdpr_racial_or_ethnic_origin"] = gdpr_racial_or_ethnic_origin
        if gdpr_religious_or_philosophical_beliefs is not UNSET:
            field_dict["gdpr_religious_or_philosophical_beliefs"] = (
                gdpr_religious_or_philosophical_beliefs
            )
        if gdpr_sex_life_or_sexual_orientation is not UNSET:
            field_dict["gdpr_sex_life_or_sexual_orientation"] = (
                gdpr_sex_life_or_sexual_orientation
            )
        if gdpr_trade_union_membership is not UNSET:
            field_dict["gdpr_trade_union_membership"] = gdpr_trade_union_membership
        if health_and_medical is not UNSET:
            field_dict["health_and_medical"] = health_and_medical
        if location_and_tracking is not UNSET:
            field_dict["location_and_tracking"] = location_and_tracking
        if minors_data is not UNSET:
            field_dict["minors_data"] = minors_data
        if organisational_confidential is not UNSET:
            field_dict["organisational_confidential"] = organisational_confidential
        if personal_identifiers is not UNSET:
            field_dict["personal_identifiers"] = personal_identifiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _authentication_and_secrets_in = src_dict.get(
            "authentication_and_secrets", UNSET
        )
        if _authentication_and_secrets_in is None:
            _authentication_and_secrets_in = UNSET
        _authentication_and_secrets = _authentication_and_secrets_in
        authentication_and_secrets: DataCategoryPresence | Unset
        if isinstance(_authentication_and_secrets, Unset):
            authentication_and_secrets = UNSET
        else:
            authentication_and_secrets = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_authentication_and_secrets)
                or DataCategoryPresence(_authentication_and_secrets),
            )

        _behavioural_and_inferred_in = src_dict.get("behavioural_and_inferred", UNSET)
        if _behavioural_and_inferred_in is None:
            _behavioural_and_inferred_in = UNSET
        _behavioural_and_inferred = _behavioural_and_inferred_in
        behavioural_and_inferred: DataCategoryPresence | Unset
        if isinstance(_behavioural_and_inferred, Unset):
            behavioural_and_inferred = UNSET
        else:
            behavioural_and_inferred = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_behavioural_and_inferred)
                or DataCategoryPresence(_behavioural_and_inferred),
            )

        _classification_in = src_dict.get("classification", UNSET)
        if _classification_in is None:
            _classification_in = UNSET
        _classification = _classification_in
        classification: DataClassification | Unset
        if isinstance(_classification, Unset):
            classification = UNSET
        else:
            classification = cast(
                DataClassification,
                DataClassification._value2member_map_.get(_classification)
                or DataClassification(_classification),
            )

        _contact_information_in = src_dict.get("contact_information", UNSET)
        if _contact_information_in is None:
            _contact_information_in = UNSET
        _contact_information = _contact_information_in
        contact_information: DataCategoryPresence | Unset
        if isinstance(_contact_information, Unset):
            contact_information = UNSET
        else:
            contact_information = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_contact_information)
                or DataCategoryPresence(_contact_information),
            )

        _criminal_justice_in = src_dict.get("criminal_justice", UNSET)
        if _criminal_justice_in is None:
            _criminal_justice_in = UNSET
        _criminal_justice = _criminal_justice_in
        criminal_justice: DataCategoryPresence | Unset
        if isinstance(_criminal_justice, Unset):
            criminal_justice = UNSET
        else:
            criminal_justice = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_criminal_justice)
                or DataCategoryPresence(_criminal_justice),
            )

        _financial_information_in = src_dict.get("financial_information", UNSET)
        if _financial_information_in is None:
            _financial_information_in = UNSET
        _financial_information = _financial_information_in
        financial_information: DataCategoryPresence | Unset
        if isinstance(_financial_information, Unset):
            financial_information = UNSET
        else:
            financial_information = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_financial_information)
                or DataCategoryPresence(_financial_information),
            )

        _gdpr_biometric_for_identification_in = src_dict.get(
            "gdpr_biometric_for_identification", UNSET
        )
        if _gdpr_biometric_for_identification_in is None:
            _gdpr_biometric_for_identification_in = UNSET
        _gdpr_biometric_for_identification = _gdpr_biometric_for_identification_in
        gdpr_biometric_for_identification: DataCategoryPresence | Unset
        if isinstance(_gdpr_biometric_for_identification, Unset):
            gdpr_biometric_for_identification = UNSET
        else:
            gdpr_biometric_for_identification = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(
                    _gdpr_biometric_for_identification
                )
                or DataCategoryPresence(_gdpr_biometric_for_identification),
            )

        _gdpr_genetic_data_in = src_dict.get("gdpr_genetic_data", UNSET)
        if _gdpr_genetic_data_in is None:
            _gdpr_genetic_data_in = UNSET
        _gdpr_genetic_data = _gdpr_genetic_data_in
        gdpr_genetic_data: DataCategoryPresence | Unset
        if isinstance(_gdpr_genetic_data, Unset):
            gdpr_genetic_data = UNSET
        else:
            gdpr_genetic_data = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_gdpr_genetic_data)
                or DataCategoryPresence(_gdpr_genetic_data),
            )

        _gdpr_political_opinions_in = src_dict.get("gdpr_political_opinions", UNSET)
        if _gdpr_political_opinions_in is None:
            _gdpr_political_opinions_in = UNSET
        _gdpr_political_opinions = _gdpr_political_opinions_in
        gdpr_political_opinions: DataCategoryPresence | Unset
        if isinstance(_gdpr_political_opinions, Unset):
            gdpr_political_opinions = UNSET
        else:
            gdpr_political_opinions = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_gdpr_political_opinions)
                or DataCategoryPresence(_gdpr_political_opinions),
            )

        _gdpr_racial_or_ethnic_origin_in = src_dict.get(
            "gdpr_racial_or_ethnic_origin", UNSET
        )
        if _gdpr_racial_or_ethnic_origin_in is None:
            _gdpr_racial_or_ethnic_origin_in = UNSET
        _gdpr_racial_or_ethnic_origin = _gdpr_racial_or_ethnic_origin_in
        gdpr_racial_or_ethnic_origin: DataCategoryPresence | Unset
        if isinstance(_gdpr_racial_or_ethnic_origin, Unset):
            gdpr_racial_or_ethnic_origin = UNSET
        else:
            gdpr_racial_or_ethnic_origin = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(
                    _gdpr_racial_or_ethnic_origin
                )
                or DataCategoryPresence(_gdpr_racial_or_ethnic_origin),
            )

        _gdpr_religious_or_philosophical_beliefs_in = src_dict.get(
            "gdpr_religious_or_philosophical_beliefs", UNSET
        )
        if _gdpr_religious_or_philosophical_beliefs_in is None:
            _gdpr_religious_or_philosophical_beliefs_in = UNSET
        _gdpr_religious_or_philosophical_beliefs = (
            _gdpr_religious_or_philosophical_beliefs_in
        )
        gdpr_religious_or_philosophical_beliefs: DataCategoryPresence | Unset
        if isinstance(_gdpr_religious_or_philosophical_beliefs, Unset):
            gdpr_religious_or_philosophical_beliefs = UNSET
        else:
            gdpr_religious_or_philosophical_beliefs = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(
                    _gdpr_religious_or_philosophical_beliefs
                )
                or DataCategoryPresence(_gdpr_religious_or_philosophical_beliefs),
            )

        _gdpr_sex_life_or_sexual_orientation_in = src_dict.get(
            "gdpr_sex_life_or_sexual_orientation", UNSET
        )
        if _gdpr_sex_life_or_sexual_orientation_in is None:
            _gdpr_sex_life_or_sexual_orientation_in = UNSET
        _gdpr_sex_life_or_sexual_orientation = _gdpr_sex_life_or_sexual_orientation_in
        gdpr_sex_life_or_sexual_orientation: DataCategoryPresence | Unset
        if isinstance(_gdpr_sex_life_or_sexual_orientation, Unset):
            gdpr_sex_life_or_sexual_orientation = UNSET
        else:
            gdpr_sex_life_or_sexual_orientation = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(
                    _gdpr_sex_life_or_sexual_orientation
                )
                or DataCategoryPresence(_gdpr_sex_life_or_sexual_orientation),
            )

        _gdpr_trade_union_membership_in = src_dict.get(
            "gdpr_trade_union_membership", UNSET
        )
        if _gdpr_trade_union_membership_in is None:
            _gdpr_trade_union_membership_in = UNSET
        _gdpr_trade_union_membership = _gdpr_trade_union_membership_in
        gdpr_trade_union_membership: DataCategoryPresence | Unset
        if isinstance(_gdpr_trade_union_membership, Unset):
            gdpr_trade_union_membership = UNSET
        else:
            gdpr_trade_union_membership = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(
                    _gdpr_trade_union_membership
                )
                or DataCategoryPresence(_gdpr_trade_union_membership),
            )

        _health_and_medical_in = src_dict.get("health_and_medical", UNSET)
        if _health_and_medical_in is None:
            _health_and_medical_in = UNSET
        _health_and_medical = _health_and_medical_in
        health_and_medical: DataCategoryPresence | Unset
        if isinstance(_health_and_medical, Unset):
            health_and_medical = UNSET
        else:
            health_and_medical = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_health_and_medical)
                or DataCategoryPresence(_health_and_medical),
            )

        _location_and_tracking_in = src_dict.get("location_and_tracking", UNSET)
        if _location_and_tracking_in is None:
            _location_and_tracking_in = UNSET
        _location_and_tracking = _location_and_tracking_in
        location_and_tracking: DataCategoryPresence | Unset
        if isinstance(_location_and_tracking, Unset):
            location_and_tracking = UNSET
        else:
            location_and_tracking = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_location_and_tracking)
                or DataCategoryPresence(_location_and_tracking),
            )

        _minors_data_in = src_dict.get("minors_data", UNSET)
        if _minors_data_in is None:
            _minors_data_in = UNSET
        _minors_data = _minors_data_in
        minors_data: DataCategoryPresence | Unset
        if isinstance(_minors_data, Unset):
            minors_data = UNSET
        else:
            minors_data = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_minors_data)
                or DataCategoryPresence(_minors_data),
            )

        _organisational_confidential_in = src_dict.get(
            "organisational_confidential", UNSET
        )
        if _organisational_confidential_in is None:
            _organisational_confidential_in = UNSET
        _organisational_confidential = _organisational_confidential_in
        organisational_confidential: DataCategoryPresence | Unset
        if isinstance(_organisational_confidential, Unset):
            organisational_confidential = UNSET
        else:
            organisational_confidential = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(
                    _organisational_confidential
                )
                or DataCategoryPresence(_organisational_confidential),
            )

        _personal_identifiers_in = src_dict.get("personal_identifiers", UNSET)
        if _personal_identifiers_in is None:
            _personal_identifiers_in = UNSET
        _personal_identifiers = _personal_identifiers_in
        personal_identifiers: DataCategoryPresence | Unset
        if isinstance(_personal_identifiers, Unset):
            personal_identifiers = UNSET
        else:
            personal_identifiers = cast(
                DataCategoryPresence,
                DataCategoryPresence._value2member_map_.get(_personal_identifiers)
                or DataCategoryPresence(_personal_identifiers),
            )

        _obj = cls(
            authentication_and_secrets,
            behavioural_and_inferred,
            classification,
            contact_information,
            criminal_justice,
            financial_information,
            gdpr_biometric_for_identification,
            gdpr_genetic_data,
            gdpr_political_opinions,
            gdpr_racial_or_ethnic_origin,
            gdpr_religious_or_philosophical_beliefs,
            gdpr_sex_life_or_sexual_orientation,
            gdpr_trade_union_membership,
            health_and_medical,
            location_and_tracking,
            minors_data,
            organisational_confidential,
            personal_identifiers,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("authentication_and_secrets", None)
            additional_properties.pop("behavioural_and_inferred", None)
            additional_properties.pop("classification", None)
            additional_properties.pop("contact_information", None)
            additional_properties.pop("criminal_justice", None)
            additional_properties.pop("financial_information", None)
            additional_properties.pop("gdpr_biometric_for_identification", None)
            additional_properties.pop("gdpr_genetic_data", None)
            additional_properties.pop("gdpr_political_opinions", None)
            additional_properties.pop("gdpr_racial_or_ethnic_origin", None)
            additional_properties.pop("gdpr_religious_or_philosophical_beliefs", None)
            additional_properties.pop("gdpr_sex_life_or_sexual_orientation", None)
            additional_properties.pop("gdpr_trade_union_membership", None)
            additional_properties.pop("health_and_medical", None)
            additional_properties.pop("location_and_tracking", None)
            additional_properties.pop("minors_data", None)
            additional_properties.pop("organisational_confidential", None)
            additional_properties.pop("personal_identifiers", None)
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
