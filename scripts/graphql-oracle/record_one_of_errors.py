#!/usr/bin/env python3
"""Records graphql-js's validation errors for OneOf input object literals (graphql-js 16.9), using
graphql-core 3.2.8 as the oracle: writes Tests/GraphQLSchemaTests/Support/ExpectedOneOfErrors.swift,
with each document's errors under ValuesOfCorrectTypeRule alone and under every specified rule.

graphql-core quotes with ' where graphql-js uses "; quotes are turned back. Run deliberately, and
review the diff it makes.
"""
import re, pathlib
from graphql import *
from graphql.validation import ValuesOfCorrectTypeRule
REPO = pathlib.Path(__file__).resolve().parents[2]
TESTS = REPO / 'Tests/GraphQLSchemaTests'
# The schema is the SDL string in TestSchemas.swift, so the two can never disagree.
SDL = re.search(r'oneOfSDL = #"""\n(.*?)"""#', (TESTS / 'Support/TestSchemas.swift').read_text(), re.S).group(1)
exec((pathlib.Path(__file__).parent / 'one_of_cases.py').read_text())
schema = build_schema(SDL)
def swift_str(s): return '#"' + s + '"#'
def errs(es): return '[' + ', '.join('.init(' + swift_str(e.message.replace("'", '"')) + ', [' + ', '.join(f'({l.line}, {l.column})' for l in (e.locations or [])) + '])' for e in es) + ']'
out = ['// Expected errors recorded from graphql-core 3.2.8 (graphql-js 16.9 semantics; its single quotes', '// turned into graphql-js double quotes). Regenerate deliberately, never by hand.', '', 'extension ValidationCase {']
for name, rules in [('oneOfValues', [ValuesOfCorrectTypeRule]), ('oneOfDocuments', None)]:
    out.append(f'    static let {name}: [ValidationCase] = [')
    for q in O:
        out.append(f'        ValidationCase({swift_str(q)}, {errs(validate(schema, parse(q), rules))}),')
    out.append('    ]')
out.append('}')
open(TESTS / 'Support/ExpectedOneOfErrors.swift', 'w').write('\n'.join(out) + '\n')
