from gateway.pipeline.stages import (
    Channel,
    ContentFiltered,
    Flow,
    LocalReply,
    Outcome,
    OutputSession,
    Pipeline,
    Report,
    Run,
    Sink,
    Stage,
    TextTransform,
)

__all__ = [
    "Channel",
    "ContentFiltered",
    "Flow",
    "LocalReply",
    "Outcome",
    "OutputSession",
    "Pipeline",
    "Report",
    "Run",
    "Sink",
    "Stage",
    "TextTransform",
]
