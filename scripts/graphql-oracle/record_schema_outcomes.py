#!/usr/bin/env python3
"""Records what graphql-js makes of each SDL case (valid, SDL-rule errors, or validateSchema errors),
using graphql-core 3.2.8 as the oracle: writes Tests/GraphQLSchemaTests/Support/ExpectedSchemaOutcomes.swift.
Cases graphql-core cannot build (its constructors assert) are skipped and printed; their
graphql-js outcomes are written by hand in TypeSystemValidationTests.swift.
"""
import sys, re
from graphql import *
from graphql.validation.validate import validate_sdl
import re, pathlib
REPO = pathlib.Path(__file__).resolve().parents[2]
TESTS = REPO / 'Tests/GraphQLSchemaTests'
# The harness schema is the SDL string in TestSchemas.swift, so the two can never disagree.
HARNESS = re.search(r'harnessSDL = #"""\n(.*?)"""#', (TESTS / 'Support/TestSchemas.swift').read_text(), re.S).group(1)
exec((pathlib.Path(__file__).parent / 'schema_cases.py').read_text())
def swift_str(s): return '#"' + s + '"#'
def js(m):
    m = m.replace("'", '"')
    return re.sub(r'may not be used on ([a-z ]+)\.', lambda x: 'may not be used on ' + x.group(1).upper().replace(' ', '_') + '.', m)
def errs(es): return '[' + ', '.join('.init(' + swift_str(js(e.message)) + ', [' + ', '.join(f'({l.line}, {l.column})' for l in (e.locations or [])) + '])' for e in es) + ']'
out = ['// Expected outcomes recorded from graphql-core 3.2.8 (graphql-js 16 semantics). Regenerate', '// deliberately, never by hand.', 'import GraphQLLanguage', '', 'extension SchemaCase {', '    static let all: [SchemaCase] = [']
for sdl in S:
    doc = parse(sdl)
    e = validate_sdl(doc)
    if e:
        out.append(f'        SchemaCase({swift_str(sdl)}, .invalidDocument({errs(e)})),')
        continue
    try:
        schema = build_ast_schema(doc, assume_valid_sdl=True)
    except Exception as ex:
        print('SKIPPED (graphql-core asserts):', sdl, '->', ex)
        continue
    e = validate_schema(schema)
    if e:
        out.append(f'        SchemaCase({swift_str(sdl)}, .invalidTypeSystem({errs(e)})),')
    else:
        out.append(f'        SchemaCase({swift_str(sdl)}, .valid),')
out += ['    ]', '}']
open(TESTS / 'Support/ExpectedSchemaOutcomes.swift', 'w').write('\n'.join(out) + '\n')
