"""Validates JSON documents against a JSON Schema with jsonschema's Draft 2020-12 validator.

Usage: python3 validate_documents.py SCHEMA DOCUMENTS

DOCUMENTS holds any number of JSON documents one after the other (JSON Lines, or pretty
documents separated by whitespace), in UTF-8. Numbers are read as exact decimals. The script
prints one JSON object to standard output:
  {"validator": "...", "documents": N, "failures": [{"document": i, "path": "/json/pointer",
   "message": "..."}, ...]}
and exits with 0 when every document is valid, 1 when one is not, 2 when it cannot run.
"""
import decimal
import json
import sys


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def main(argv):
    try:
        import jsonschema
        from jsonschema import Draft202012Validator
        from jsonschema.exceptions import best_match
    except ImportError as e:
        print(json.dumps({"error": "python3 cannot import jsonschema: %s" % e}))
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    # FORMAT_CHECKER is a class attribute from jsonschema 4.5 on; older releases have FormatChecker
    checker = getattr(Draft202012Validator, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    validator = Draft202012Validator(schema, format_checker=checker)
    with open(argv[2], encoding="utf-8") as f:
        text = f.read()
    decoder = json.JSONDecoder(parse_float=decimal.Decimal)
    failures = []
    count = 0
    position = 0
    while True:
        while position < len(text) and text[position] in " \t\r\n":
            position += 1
        if position >= len(text):
            break
        document, position = decoder.raw_decode(text, position)
        for error in validator.iter_errors(document):
            # a failed oneOf or anyOf says little; its closest branch says why
            detail = best_match([error])
            failures.append({"document": count, "path": pointer(detail.absolute_path),
                             "schemaPath": pointer(detail.absolute_schema_path),
                             "message": detail.message[:500]})
        count += 1
    try:
        from importlib.metadata import version
        name = "jsonschema " + version("jsonschema")
    except Exception:
        name = "jsonschema"
    print(json.dumps({"validator": name + " Draft202012Validator", "documents": count,
                      "failures": failures}, ensure_ascii=True))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
