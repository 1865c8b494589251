"""The web console at ``/console``: reviewers and auditors, server-rendered (Jinja2, SVG)."""
