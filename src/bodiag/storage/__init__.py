"""The .bodiag document: one SQLite file per organisation, and what is stored in it."""
