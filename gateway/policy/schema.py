"""The policy file format, as pydantic models. ``candor policy schema`` prints its JSON Schema.

One file holds one policy. Every section is optional; a section that is absent turns its check
off (or, with ``extends``, inherits the parent's). Each check section may carry its own ``mode``,
which wins over the policy's: a new rule can be trialled in ``monitor`` inside an enforcing policy.
"""

from __future__ import annotations

import importlib
import re
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

Mode = Literal["enforce", "monitor"]

# GDPR Art. 9 special categories plus what a marketer must not exploit (seeds 002, 003); the
# checks' own list wins when gateway/checks/sensitive.py is present (sub-categories fall back to
# their parent: pregnancy/mental_health -> health, bereavement/divorce -> life_events).
SENSITIVE_CATEGORIES: tuple[str, ...] = (
    "health", "sexual_orientation", "sex_life", "religion", "ethnicity", "political_opinion",
    "trade_union", "genetic", "biometric", "financial_hardship", "life_events", "mental_health",
    "pregnancy", "bereavement", "divorce",
)

# Dark patterns (Mathur et al. 2019; FTC "Bringing Dark Patterns to Light", 2022).
MANIPULATION_CATEGORIES = (
    "false_urgency", "fake_scarcity", "confirmshaming", "hidden_subscription",
    "pressured_upsell", "fake_social_proof", "hard_to_cancel", "guilt_appeal", "fear_appeal",
)
ManipulationCategory = Literal[
    "false_urgency", "fake_scarcity", "confirmshaming", "hidden_subscription",
    "pressured_upsell", "fake_social_proof", "hard_to_cancel", "guilt_appeal", "fear_appeal",
]

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
DURATION = re.compile(r"^(\d+)\s*([smhdw])$")
_DURATION_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def duration_seconds(text: str) -> int:
    m = DURATION.match(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a duration like 30m, 24h, 7d or 2w")
    return int(m.group(1)) * _DURATION_SECONDS[m.group(2)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- feature sections ------------------------------------------------------------------------
# Each section's model is owned by its feature: gateway/pii/config.py PIIConfig,
# gateway/checks/<check>.py <Check>Config, gateway/marking/config.py MarkingConfig. When a feature
# module is importable its model is embedded as is (so the check/stage receives its own type);
# otherwise the fallback below, which mirrors its shape, validates the section.

def _feature(module: str, attr: str) -> Any:
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError):
        return None
    except Exception as exc:  # noqa: BLE001 - a broken feature module must not stop validation
        import structlog

        structlog.get_logger("candor.policy").warning(
            "policy_feature_model_unavailable", module=module, error=repr(exc))
        return None


Action = Literal["allow", "flag", "review", "revise", "block"]


class CustomRecognizer(Strict):
    name: str = Field(pattern=r"^[A-Z][A-Z0-9_]*[A-Z]$", description="Entity name, UPPER_SNAKE.")
    pattern: str = Field(description="Python regular expression.")
    score: float = Field(0.6, ge=0, le=1)
    context: list[str] = Field(default_factory=list, description="Words that raise confidence.")
    action: Literal["pseudonymize", "redact", "block"] | None = None


class PIIFallback(Strict):
    enabled: bool = True
    language: str = "en"
    entities: list[str] = Field(default_factory=lambda: [
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
        "IP_ADDRESS", "LOCATION"], description="Presidio entity types to detect.")
    score_threshold: float = Field(0.5, ge=0, le=1)
    action: Literal["pseudonymize", "redact", "block"] = Field(
        "pseudonymize", description="pseudonymize (restored in the output), redact, block.")
    actions: dict[str, Literal["pseudonymize", "redact", "block"]] = Field(
        default_factory=dict, description="Per entity type.")
    allow_list: list[str] = Field(default_factory=list, description="Never treated as PII.")
    custom_recognizers: list[CustomRecognizer] = Field(default_factory=list)
    output_action: Literal["redact", "keep", "block"] = Field(
        "redact", description="PII in the output that was not in the request.")
    output_entities: list[str] = Field(default_factory=lambda: [
        "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS"])


class TopicRuleFallback(Strict):
    action: Action = "block"
    unless_consent: bool = Field(
        True, description="Allowed when the request carries consent for this category.")


class Principal(Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    consent: Literal["never", "with_approval", "allowed"] = "never"
    notify: str | None = Field(None, description="Who hears about content in this name.")


PersonAction = Literal["block", "company_voice", "review", "flag"]


class GhostwritingFallback(Strict):
    company_voice: str = Field("The Customer Team",
                               description="The sign-off used instead of a person.")
    principals: list[Principal] = Field(default_factory=list)
    unregistered_person: PersonAction = "company_voice"
    consent_never: PersonAction = "company_voice"
    with_approval: Literal["review", "flag", "block"] = "review"
    forbidden_topics: dict[str, list[str]] = Field(
        default_factory=dict, description="Topic -> phrases; never sent in a person's voice.")
    forbidden_action: PersonAction = "company_voice"
    company_names: list[str] = Field(default_factory=list)


class AllowedFact(Strict):
    text: str
    kind: Literal["urgency", "scarcity", "social_proof", "any"] = "any"


class ManipulationFallback(Strict):
    categories: list[ManipulationCategory] = Field(
        default_factory=lambda: list(MANIPULATION_CATEGORIES))
    action: Action = Field("revise", description="For manipulative output.")
    input_action: Action = Field("block", description="For requests asking for manipulation.")
    allowed_facts: list[AllowedFact | str] = Field(
        default_factory=list,
        description="True statements (a real end date, real stock) that are not manipulation.")
    check_requests: bool = True


class Cap(Strict):
    max: int = Field(3, ge=1, description="Generated messages per recipient per window.")
    per: str | float = Field("7d", description="Window: 30m, 24h, 7d, 2w, or seconds.")

    @field_validator("per")
    @classmethod
    def _window(cls, v: str | float) -> str | float:
        if isinstance(v, str):
            duration_seconds(v)
        elif v <= 0:
            raise ValueError("window must be positive")
        return v


class FrequencyFallback(Cap):
    channels: dict[str, Cap] = Field(default_factory=dict)
    action: Literal["block", "review", "flag"] = "block"


class FrustrationFallback(Strict):
    frustration: Literal["flag", "handoff"] = Field("flag", description="The action.")
    threshold: float = Field(0.4, ge=0, le=1, description="Score above which to escalate.")
    human_request_escalates: bool = True
    handoff_message: str = (
        "I'm sorry for the trouble. I'm passing this conversation to a member of our team, "
        "who will get back to you shortly.")


class VisibleDisclosure(Strict):
    text: str | dict[str, str] = Field(
        "This message was written with the help of AI.",
        description="One text, or one per language code ('en', 'de', ...).")
    language: str = "auto"
    default_language: str = "en"
    placement: Literal["start", "end", "none"] = "end"
    channels: list[str] | None = Field(None, description="Channels that get it; absent = all.")
    overrides: dict[str, dict[str, Any]] = Field(default_factory=dict)
    separator: str = "\n\n"
    waive_if_human_approved: bool = True


class MarkingFallback(Strict):
    visible: VisibleDisclosure = Field(default_factory=VisibleDisclosure)
    invisible: Literal["compact", "c2pa", "none"] = "compact"


def _with_mode(model: type[BaseModel]) -> type[BaseModel]:
    """The feature's model plus ``mode`` (per-check monitor/enforce), as a subclass."""
    return create_model(model.__name__, __base__=model, __module__=__name__,
                        mode=(Optional[Mode], Field(None, description=MODE_HELP)))


MODE_HELP = "Overrides the policy's mode for this check (or category)."

PIIModel = _feature("gateway.pii.config", "PIIConfig") or PIIFallback
MarkingModel = _feature("gateway.marking.config", "MarkingConfig") or MarkingFallback
TopicRule = _with_mode(_feature("gateway.checks.sensitive", "CategoryRule") or TopicRuleFallback)
GhostwritingModel = _with_mode(
    _feature("gateway.checks.ghostwriting", "GhostwritingConfig") or GhostwritingFallback)
ManipulationModel = _with_mode(
    _feature("gateway.checks.manipulation", "ManipulationConfig") or ManipulationFallback)
FrequencyModel = _with_mode(
    _feature("gateway.checks.frequency", "FrequencyConfig") or FrequencyFallback)
EscalationModel = _with_mode(
    _feature("gateway.checks.frustration", "FrustrationConfig") or FrustrationFallback)
SensitiveTopicsConfig = _feature("gateway.checks.sensitive", "SensitiveTopicsConfig")


def _sensitive_categories() -> tuple[str, ...]:
    rules = _feature("gateway.checks.sensitive", "DEFAULT_RULES")
    parents = _feature("gateway.checks.sensitive", "PARENT")
    if isinstance(rules, dict) and isinstance(parents, dict):
        return tuple(dict.fromkeys([*rules, *parents]))
    return SENSITIVE_CATEGORIES


SENSITIVE_CATEGORIES = _sensitive_categories()
SensitiveCategory = Literal[SENSITIVE_CATEGORIES]  # type: ignore[valid-type]


def check_config(section: str, value: Any) -> Any:
    """What the check receives as ``config``: the feature's own type (modes stay on the policy).

    Sections already are instances (subclasses) of the feature's model; sensitive_topics is a
    mapping of rules here (so each category can carry a mode) and becomes the check's RootModel.
    """
    if section == "sensitive_topics" and SensitiveTopicsConfig is not None:
        return SensitiveTopicsConfig.model_validate(
            {k: v.model_dump(exclude={"mode"}) for k, v in value.items()})
    return value


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


class Policy(Strict):
    """One policy file."""

    model_config = ConfigDict(extra="forbid", title="Candor policy")

    policy: str | None = Field(None, pattern=r"^[A-Za-z0-9_.-]+$",
                               description="Name (defaults to the file name).")
    description: str | None = None
    extends: str | None = Field(None, description="Parent policy; this file overrides parts.")
    mode: Mode = "enforce"
    pii: PIIModel | None = Field(None, description="Personal data (gateway/pii).")  # type: ignore[valid-type]
    sensitive_topics: dict[SensitiveCategory, TopicRule] | None = Field(  # type: ignore[valid-type]
        None, description="Category -> {action, unless_consent, mode}.")
    ghostwriting: GhostwritingModel | None = None  # type: ignore[valid-type]
    manipulation: ManipulationModel | None = None  # type: ignore[valid-type]
    contact_frequency: FrequencyModel | None = None  # type: ignore[valid-type]
    escalation: EscalationModel | None = None  # type: ignore[valid-type]
    disclosure: MarkingModel | None = Field(  # type: ignore[valid-type]
        None, description="Visible AI label and invisible mark (gateway/marking).")
    custom_rules: list[CustomRule] | None = None
    validators: list[ValidatorSpec] | None = None
    apps: dict[str, str] | None = Field(
        None, description="app name -> policy name; wins over the policy named in the key.")

    @field_validator("mode", mode="before")
    @classmethod
    def _lower(cls, v: Any) -> Any:
        return v.lower() if isinstance(v, str) else v


# Section -> name of the check (in the check registry) that implements it.
SECTION_CHECKS = {
    "sensitive_topics": "sensitive_topics",
    "ghostwriting": "ghostwriting",
    "manipulation": "manipulation",
    "contact_frequency": "contact_frequency",
    "escalation": "frustration",
}


def json_schema() -> dict[str, Any]:
    schema = Policy.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://candor.dev/schemas/policy.json"
    return schema
