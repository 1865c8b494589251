from gateway.pipeline.stages import (
    Channel,
    ContentFiltered,
    InputStage,
    Outcome,
    OutputSession,
    OutputStage,
    Pipeline,
    TextTransform,
)

__all__ = [
    "Channel",
    "ContentFiltered",
    "InputStage",
    "Outcome",
    "OutputSession",
    "OutputStage",
    "Pipeline",
    "TextTransform",
]
