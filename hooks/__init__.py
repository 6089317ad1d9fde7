"""Hook code shared by the Django and Flask templates.

Each template's own hooks are three-line shims that import this package, so validation, option
rules, secret generation and pruning are written once.
"""
