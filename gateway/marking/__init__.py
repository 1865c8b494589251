"""Marking outputs as AI-generated: visible disclosure, invisible signed mark, verification.

See docs/marking.md. ``find_marks`` / ``strip_marks`` are handy in tests and tools.
"""

from gateway.marking.config import DEFAULT_MARKING, MarkingConfig
from gateway.marking.mark import find_marks, strip_marks

__all__ = ["DEFAULT_MARKING", "MarkingConfig", "find_marks", "strip_marks"]
