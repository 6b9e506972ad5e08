"""Use cases that the command line and the desktop app both call."""
