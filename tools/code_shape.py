#!/usr/bin/env python3
"""Checks the shape of the C++ code: no function over 80 lines, no .cc over 600 lines unless its
first lines say why (a comment line starting `// Why one long file:`).

    tools/code_shape.py [ROOT]       # prints each breach, exits 1 if there is one

Functions are found by universal-ctags (its `end` field). Test files are held to the file rule
only: a test's case table is data, read as a table, not as steps.
"""
import json
import os
import subprocess
import sys

MAX_FUNCTION_LINES = 80
MAX_FILE_LINES = 600
REASON = "// Why one long file:"
HEAD_LINES = 30


def sources(root):
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(("bazel-", ".")) and d != "corpus"]
        for name in files:
            if name.endswith(".cc"):
                yield os.path.relpath(os.path.join(folder, name), root)


def is_test(path):
    return path.endswith("_test.cc")


def long_functions(root, paths):
    out = subprocess.run(
        ["ctags", "--languages=C++", "--c++-kinds=f", "--fields=+ne", "--output-format=json",
         "-f", "-"] + paths, cwd=root, capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        tag = json.loads(line)
        if "end" not in tag or is_test(tag["path"]):
            continue
        length = tag["end"] - tag["line"] + 1
        if length > MAX_FUNCTION_LINES:
            name = (tag["scope"] + "::" if tag.get("scope") else "") + tag["name"]
            yield f"{tag['path']}:{tag['line']}: {name} is {length} lines (at most {MAX_FUNCTION_LINES})"


def long_files(root, paths):
    for path in paths:
        with open(os.path.join(root, path), encoding="utf-8") as f:
            lines = f.readlines()
        if len(lines) > MAX_FILE_LINES and not any(l.startswith(REASON) for l in lines[:HEAD_LINES]):
            yield (f"{path}: {len(lines)} lines (at most {MAX_FILE_LINES} without a "
                   f"'{REASON}' line in its first {HEAD_LINES})")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    paths = sorted(sources(root))
    if not paths:
        print(f"code_shape: no .cc file under {root}", file=sys.stderr)
        return 2
    breaches = list(long_functions(root, paths)) + list(long_files(root, paths))
    for b in breaches:
        print(b)
    print(f"code_shape: {len(paths)} files, {len(breaches)} breach(es)", file=sys.stderr)
    return 1 if breaches else 0


if __name__ == "__main__":
    sys.exit(main())
