"""Schema V19: the language of the notes written from an own template (issue 17).

A note started from a built-in template is spell-checked in that template's language (its id
ends in `-sv` or `-en`); one from the practitioner's own template was checked in the app's
language, so a Swedish practitioner with an English desktop got English checking. An own
template now says which language its notes are in: 'sv', 'en', or '' for the app's language.
The templates that exist keep '' and so are checked as before.
"""

from __future__ import annotations

V19_TEMPLATE_LANGUAGE = """
ALTER TABLE note_templates ADD COLUMN language TEXT NOT NULL DEFAULT '';
"""
