"""What bodiag knows, in plain Python: questionnaires, answers, scoring, records and the report's content.

May import: the standard library, msgspec and ruamel.yaml, and :mod:`bodiag.errors`
and :mod:`bodiag.paths` — nothing else of bodiag. Every other layer imports it
(``tests/test_directions.py`` checks the arrows).
"""
