#!/usr/bin/env python3
r"""Regenerates the expected syntax errors of Tests/GraphQLLanguageTests/*ErrorTests.swift.

graphql-core 3.2 is a faithful port of graphql-js 16, used here as the oracle. Two differences are
translated back to graphql-js: graphql-core quotes token values and characters with Python's
single quotes where graphql-js uses double quotes, and its line and column come from Python's
`splitlines` over code points, where graphql-js splits at `\r\n`, `\n` and `\r` only and counts
UTF-16 code units; the location is therefore recomputed here from the error's position the way
graphql-js's `getLocation` does. (graphql-core also decodes variable-width Unicode escapes with unbounded
integers where graphql-js uses 32-bit ones; such cases are kept out of the case files.)

Usage: scripts/graphql-js-expectations.py cases.txt   (one GraphQL source per line, as a JSON
string) > table.swift-fragment
"""
import json
import re
import sys

from graphql import GraphQLError, parse


def to_graphql_js(message: str) -> str:
    # 'x' -> "x", but leave '"' (graphql-js prints a double quote character that way too).
    return re.sub(r"'((?:[^'\\]|\\.)+?)'(?=[.,) ]|$)", lambda m: m.group(0) if m.group(1) == '"' else f'"{m.group(1)}"', message)


def graphql_js_location(body: str, position: int) -> "tuple[int, int]":
    line, line_start = 1, 0
    for match in re.finditer(r"\r\n|[\n\r]", body):
        if match.start() >= position:
            break
        line, line_start = line + 1, match.end()
    utf16 = len(body[line_start:position].encode("utf-16-le")) // 2
    return line, utf16 + 1


def swift_literal(text: str) -> str:
    escapes = {"b": "\\u{08}", "f": "\\u{0C}"}

    def swap(match: "re.Match[str]") -> str:
        escape = match.group(1)
        if escape.startswith("u"):
            return "\\u{" + escape[1:] + "}"
        return escapes.get(escape, "\\" + escape)

    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", swap, json.dumps(text, ensure_ascii=False))


def main() -> None:
    for raw in open(sys.argv[1], encoding="utf-8"):
        raw = raw.strip()
        if not raw:
            continue
        source = json.loads(raw)
        try:
            parse(source)
            print(f"// {swift_literal(source)} parses")
            continue
        except GraphQLError as error:
            line, column = graphql_js_location(source, error.positions[0])
            message = to_graphql_js(error.message)
        except Exception as error:  # graphql-core bugs (e.g. IndexError on short escapes)
            print(f"// {swift_literal(source)}: graphql-core raised {type(error).__name__}")
            continue
        print(f"    ({swift_literal(source)}, {swift_literal(message)}, {line}, {column}),")


main()
