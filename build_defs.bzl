"""Compiler options for claimcheck's own code: warnings are errors here, not in generated code."""

CLAIMCHECK_COPTS = [
    "-Wall",
    "-Wextra",
    "-Werror",
    "-Wno-unused-parameter",
]
