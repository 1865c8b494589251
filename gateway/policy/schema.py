"""The policy file format, as pydantic models. ``candor policy schema`` prints its JSON Schema.

One file holds one policy. Every section is optional; a section that is absent turns its check
off (or, with ``extends``, inherits the parent's). Each check section may carry its own ``mode``,
which wins over the policy's: a new rule can be trialled in ``monitor`` inside an enforcing policy.
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from gateway.checks.registry import CATALOG
from gateway.marking.config import MarkingConfig
from gateway.pii.config import PIIConfig
from gateway.review.config import ReviewPolicy

Mode = Literal["enforce", "monitor"]

# Presidio's predefined recognizers (2.2.36x), the spaCy NER entities and Candor's own recognizers
# (STREET_ADDRESS, gateway/pii/recognizers.py). A policy can add its
# own through pii.custom_recognizers; those names are valid entities too.
PII_ENTITIES = frozenset("""
PERSON LOCATION NRP ORGANIZATION DATE_TIME EMAIL_ADDRESS PHONE_NUMBER CREDIT_CARD CRYPTO IBAN_CODE
IP_ADDRESS STREET_ADDRESS MAC_ADDRESS URL UUID MEDICAL_LICENSE ABA_ROUTING_NUMBER US_BANK_NUMBER US_DRIVER_LICENSE
US_ITIN US_PASSPORT US_SSN US_MBI US_NPI US_HEALTH_INSURANCE_MEMBER_ID US_CLAIM_NUMBER
US_PRESCRIPTION_NUMBER US_PRIOR_AUTHORIZATION_NUMBER US_PROVIDER_TAX_ID US_REFERRAL_NUMBER
UK_NHS UK_NINO UK_PASSPORT UK_POSTCODE UK_DRIVING_LICENCE UK_VEHICLE_REGISTRATION CA_SIN
CA_POSTAL_CODE ES_NIF ES_NIE ES_PASSPORT IT_FISCAL_CODE IT_DRIVER_LICENSE IT_VAT_CODE IT_PASSPORT
IT_IDENTITY_CARD PL_PESEL SG_NRIC_FIN SG_UEN AU_ABN AU_ACN AU_TFN AU_MEDICARE IN_PAN IN_AADHAAR
IN_VEHICLE_REGISTRATION IN_VOTER IN_PASSPORT IN_GSTIN FI_PERSONAL_IDENTITY_CODE SE_PERSONNUMMER
SE_ORGANISATIONSNUMMER DE_TAX_ID DE_ID_CARD DE_PASSPORT DE_SOCIAL_SECURITY DE_VAT_ID DE_PLZ
DE_HEALTH_INSURANCE DE_TAX_NUMBER DE_KFZ DE_FUEHRERSCHEIN DE_HANDELSREGISTER DE_BSNR DE_LANR
KR_RRN KR_BRN KR_FRN KR_PASSPORT KR_DRIVER_LICENSE NG_NIN NG_VEHICLE_REGISTRATION PH_PASSPORT
PH_TIN PH_UMID TH_TNIN TR_NATIONAL_ID TR_LICENSE_PLATE ZA_ID_NUMBER ZA_PASSPORT
ZA_COMPANY_REGISTRATION ZA_DRIVER_LICENSE ZA_INCOME_TAX_NUMBER ZA_LICENSE_PLATE ZA_MOBILE_NUMBER
ZA_TELEPHONE_NUMBER ZA_TRAFFIC_REGISTER_NUMBER ZA_VAT_NUMBER
""".split())

RULE_ID = r"^[A-Za-z0-9_.:-]{1,64}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


MODE_HELP = "Overrides the policy's mode for this check (or category)."


def _with_mode(model: type[BaseModel]) -> type[BaseModel]:
    """The feature's model plus ``mode`` (per-check monitor/enforce), as a subclass."""
    return create_model(model.__name__, __base__=model, __module__=__name__,
                        mode=(Optional[Mode], Field(None, description=MODE_HELP)))


class CustomRule(Strict):
    id: str = Field(pattern=RULE_ID)
    pattern: str = Field(description="Python regular expression, matched case-insensitively.")
    where: Literal["input", "output", "both"] = "both"
    action: Literal["flag", "review", "revise", "block"] = Field(
        "flag", description="revise applies to output: the model is asked once to rewrite.")
    category: str = "custom"
    message: str | None = Field(None, description="Plain reason shown in findings.")
    case_sensitive: bool = False
    mode: Mode | None = None


class ValidatorSpec(Strict):
    id: str = Field(pattern=RULE_ID)
    validator: str = Field(description="Import path of a guardrails Validator, 'pkg.mod:Class'.")
    params: dict[str, Any] = Field(default_factory=dict)
    on_fail: Literal["flag", "review", "block", "fix"] = "flag"
    where: Literal["input", "output", "both"] = "output"
    category: str = "validator"
    mode: Mode | None = None


class _PolicyCore(Strict):
    """The fields every policy has; the check sections are added from the check catalogue."""

    model_config = ConfigDict(extra="forbid", title="Candor policy")

    policy: str | None = Field(None, pattern=r"^[A-Za-z0-9_.-]+$",
                               description="Name (defaults to the file name).")
    description: str | None = None
    extends: str | None = Field(None, description="Parent policy; this file overrides parts.")
    mode: Mode = "enforce"
    pii: PIIConfig | None = Field(None, description="Personal data (gateway/pii).")
    disclosure: MarkingConfig | None = Field(
        None, description="Visible AI label and invisible mark (gateway/marking).")
    review: ReviewPolicy | None = Field(
        None, description="Human review of held generations (docs/review.md): expiry, "
        "disclosure waiver for approved copy, webhook.")
    custom_rules: list[CustomRule] | None = None
    validators: list[ValidatorSpec] | None = None
    apps: dict[str, str] | None = Field(
        None, description="app name -> policy name; wins over the policy named in the key.")

    @field_validator("mode", mode="before")
    @classmethod
    def _lower(cls, v: Any) -> Any:
        return v.lower() if isinstance(v, str) else v


def _check_sections() -> dict[str, Any]:
    """One optional section per check in the catalogue, typed by the check's own config model."""
    fields: dict[str, Any] = {}
    for check in CATALOG:
        doc = f"{check.description} (gateway/checks: {check.name})." if check.description else None
        fields[check.section] = (Optional[check.section_type(_with_mode)],
                                 Field(None, description=doc))
    return fields


# One file holds one policy: the core fields and every check's section.
Policy = create_model("Policy", __base__=_PolicyCore, __module__=__name__, **_check_sections())
Policy.__doc__ = "One policy file."

# Section -> name of the check that implements it.
SECTION_CHECKS = {check.section: check.name for check in CATALOG}


def json_schema() -> dict[str, Any]:
    schema = Policy.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://candor.dev/schemas/policy.json"
    return schema
