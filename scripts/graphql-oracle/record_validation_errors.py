#!/usr/bin/env python3
"""Records graphql-js's errors for the validation rule tests, using graphql-core 3.2.8 (a faithful
port of graphql-js 16) as the oracle: writes Tests/GraphQLSchemaTests/Support/ExpectedValidationErrors.swift.

graphql-core quotes with ' where graphql-js uses " and names directive locations in lower case;
both are turned back into graphql-js's wording. Run deliberately, and review the diff it makes.
"""
import sys, re
from graphql import *
from graphql.validation import specified_rules
import graphql.validation as V
import re, pathlib
REPO = pathlib.Path(__file__).resolve().parents[2]
TESTS = REPO / 'Tests/GraphQLSchemaTests'
# The harness schema is the SDL string in TestSchemas.swift, so the two can never disagree.
HARNESS = re.search(r'harnessSDL = #"""\n(.*?)"""#', (TESTS / 'Support/TestSchemas.swift').read_text(), re.S).group(1)
exec((pathlib.Path(__file__).parent / 'validation_cases.py').read_text())
schema = build_schema(HARNESS)
def rule_class(name):
    return getattr(V, name + 'Rule')
def swift_str(s):
    return '#"' + s + '"#'
def js_message(m):
    m = m.replace("'", '"')
    return re.sub(r'may not be used on ([a-z ]+)\.', lambda x: 'may not be used on ' + x.group(1).upper().replace(' ', '_') + '.', m)
out = ['// Expected errors recorded from graphql-core 3.2.8 (graphql-js 16 semantics; its single quotes', '// turned into graphql-js double quotes). Regenerate deliberately, never by hand.', '@testable import GraphQLSchema', 'import GraphQLLanguage', '', 'extension ValidationCase {']
for name, queries in C.items():
    rule = rule_class(name)
    out.append(f'    static let {name[0].lower()+name[1:]}: [ValidationCase] = [')
    for q in queries:
        errs = validate(schema, parse(q), [rule])
        es = ', '.join('.init(' + swift_str(js_message(e.message)) + ', [' + ', '.join(f'({l.line}, {l.column})' for l in (e.locations or [])) + '])' for e in errs)
        out.append(f'        ValidationCase({swift_str(q)}, [{es}]),')
    out.append('    ]')
out.append('}')
open(TESTS / 'Support/ExpectedValidationErrors.swift', 'w').write('\n'.join(out) + '\n')
