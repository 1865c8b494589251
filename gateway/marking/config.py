"""What a policy says about marking outputs: the visible disclosure and the invisible mark.

The policy engine embeds ``MarkingConfig`` under a policy's ``disclosure:`` key and hands the
marking stage a ``ctx -> MarkingConfig`` callable; until then ``DEFAULT_MARKING`` applies.

YAML shape (all optional)::

    disclosure:
      visible:
        text: {en: "This message was written with the help of AI.", de: "..."}  # or one string
        language: auto            # auto (detect from the output) | en | de | ...
        placement: end            # start | end | none
        channels: [email, sms, chat]   # "default" = requests that name no channel; omit = all
        overrides:
          sms: {text: {en: "AI-generated."}, placement: end}
        waive_if_human_approved: true  # EU AI Act Art. 50(4): human editorial control
      invisible: compact          # compact | c2pa | none (true = compact, false = none)
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Placement = Literal["start", "end", "none"]
InvisibleMode = Literal["compact", "c2pa", "none"]

# The shipped disclosure texts. Plain sentences, no markup: they go into emails, SMS and chats.
DISCLOSURE_TEXTS: dict[str, str] = {
    "en": "This message was written with the help of AI.",
    "de": "Diese Nachricht wurde mit Hilfe von KI verfasst.",
    "fr": "Ce message a été rédigé avec l'aide de l'IA.",
    "es": "Este mensaje se ha redactado con ayuda de IA.",
    "it": "Questo messaggio è stato scritto con l'aiuto dell'IA.",
    "nl": "Dit bericht is geschreven met behulp van AI.",
    "pt": "Esta mensagem foi escrita com a ajuda de IA.",
}
# Short forms for channels where every character costs (SMS segments of 160 GSM-7 chars).
SHORT_DISCLOSURE_TEXTS: dict[str, str] = {
    "en": "AI-generated.",
    "de": "KI-generiert.",
    "fr": "Généré par IA.",
    "es": "Generado con IA.",
    "it": "Generato con IA.",
    "nl": "AI-gegenereerd.",
    "pt": "Gerado por IA.",
}
NO_CHANNEL = "default"  # the channel name for requests that do not say where the text goes


def _texts(value: Any) -> Any:
    return {"en": value} if isinstance(value, str) else value


class ChannelOverride(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: dict[str, str] | None = None
    placement: Placement | None = None
    separator: str | None = None

    _norm_text = field_validator("text", mode="before")(_texts)


class VisibleDisclosure(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: dict[str, str] = Field(default_factory=lambda: dict(DISCLOSURE_TEXTS))
    language: str = "auto"
    default_language: str = "en"
    placement: Placement = "end"
    # None: every channel, including requests without one. The default names the channels
    # where text reaches a person; a request without a channel only gets the invisible mark.
    channels: list[str] | None = Field(default_factory=lambda: [
        "email", "sms", "chat", "social", "ad", "push", "letter", "web"])
    overrides: dict[str, ChannelOverride] = Field(default_factory=lambda: {
        "sms": ChannelOverride(text=dict(SHORT_DISCLOSURE_TEXTS), separator=" "),
        "push": ChannelOverride(text=dict(SHORT_DISCLOSURE_TEXTS), separator=" "),
    })
    separator: str = "\n\n"
    waive_if_human_approved: bool = True

    _norm_text = field_validator("text", mode="before")(_texts)

    @model_validator(mode="after")
    def _has_default_language(self) -> "VisibleDisclosure":
        if self.placement != "none" and self.default_language not in self.text:
            raise ValueError(
                f"disclosure text lacks the default language {self.default_language!r}")
        return self


class MarkingConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    visible: VisibleDisclosure = Field(default_factory=VisibleDisclosure)
    invisible: InvisibleMode = "compact"

    @field_validator("invisible", mode="before")
    @classmethod
    def _bool_mode(cls, value: Any) -> Any:
        if value is True:
            return "compact"
        if value is False or value is None:
            return "none"
        return value


DEFAULT_MARKING = MarkingConfig()


def default_config_for(ctx: Any) -> MarkingConfig:
    """The resolver used until the policy engine supplies one per request."""
    return DEFAULT_MARKING


class Disclosure(BaseModel):
    """The visible disclosure resolved for one request and channel."""

    placement: Placement
    texts: dict[str, str]
    language: str
    default_language: str
    separator: str

    def text_for(self, language: str | None) -> str:
        return self.texts.get(language or "", "") or self.texts.get(self.default_language, "")


def resolve_disclosure(cfg: MarkingConfig, channel: str | None,
                       human_approved: bool = False) -> Disclosure | None:
    """The disclosure for this channel, or None (placement none, channel not covered, waived)."""
    vis = cfg.visible
    name = channel or NO_CHANNEL
    if vis.placement == "none" or (vis.channels is not None and name not in vis.channels):
        return None
    if human_approved and vis.waive_if_human_approved:
        return None
    override = vis.overrides.get(name)
    placement = (override.placement if override and override.placement else vis.placement)
    if placement == "none":
        return None
    texts = {**vis.text, **(override.text or {})} if override else dict(vis.text)
    separator = override.separator if override and override.separator is not None else vis.separator
    return Disclosure(placement=placement, texts=texts, language=vis.language,
                      default_language=vis.default_language, separator=separator)
