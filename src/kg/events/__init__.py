"""Event patterns: one module per event kind, each a pure function of a sentence context."""

from .meetings import find_meetings
from .pledges import find_pledges
from .speeches import find_speech_meeting, find_title_statement
from .statements import find_joint_statements, find_statements
from .strikes import find_strikes

__all__ = [
    "find_meetings", "find_pledges", "find_statements", "find_joint_statements", "find_strikes", "find_title_statement",
    "find_speech_meeting",
]
