"""bodiag: diagnose an SME's back office, offline, and leave with a scored report."""

__version__ = "0.1.0"
