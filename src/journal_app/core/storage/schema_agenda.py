"""Schema step for the agenda (issue 18).

V14: planned sessions by their start, in a partial index: the agenda of a day or a week seeks
its span in it and reads only planned sessions (a vault holds a few hundred planned sessions
against hundreds of thousands held). `sessions_by_client(client_id, start)` answers a client's
own sessions; nothing answered "every client's sessions on this day".
"""

from __future__ import annotations

V14_AGENDA = """
CREATE INDEX sessions_planned ON sessions(start) WHERE status = 'planned';
"""
