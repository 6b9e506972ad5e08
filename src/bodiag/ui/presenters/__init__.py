"""Behaviour of the screens, in plain Python: no Qt import here."""
