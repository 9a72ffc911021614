#!/usr/bin/env python3
"""Differential-testing oracle: evaluates Cedar test cases with the Rust implementation (cedarpy).

Usage: cedar_oracle.py CASES.json RESULTS.json

CASES.json:   {"cases": [{"policies": TEXT, "links": [{"template_id", "new_id", "values": {slot: {type,id}}}],
                          "entities": JSON-TEXT, "requests": [{"principal", "action", "resource": {type,id},
                          "context": JSON-TEXT}]}]}
RESULTS.json: {"cedarpy": VERSION, "results": [{"parse_ok", "parse_error", "link_ok", "link_error",
                 "entities_ok", "entities_error", "responses": [{"decision": "allow"|"deny"|"error",
                 "reasons": [id], "errors": [{"policy": id, "message": text}], "failure": text}]}]}
Schema cases: CASES.json may instead hold {"schema_cases": [{"schema": CEDAR-SCHEMA-TEXT, "policies": TEXT,
                 "entities": JSON-TEXT, "requests": [...as above]}]}; each result then also has "schema_ok",
                 "schema_error", "validation_passed", "validation_errors": [{"policy", "message"}] (strict mode),
                 entities are loaded with the schema, and requests are built (context parsed, request validated)
                 with it; a request the schema rejects has decision "error".
Exit status 2 when cedarpy cannot be imported (the message says why).
"""
import importlib.metadata
import json
import re
import sys

try:
    import cedarpy
except ImportError as error:  # the caller reports this and skips or fails
    print(f"cannot import cedarpy: {error}", file=sys.stderr)
    sys.exit(2)

POLICY_ERROR = re.compile(r"^error while evaluating policy `(.*?)`: (.*)$", re.S)


def evaluate(case):
    result = {"parse_ok": False, "link_ok": False, "entities_ok": False, "responses": []}
    try:
        policies = cedarpy.PolicySet.from_str(case["policies"])
    except ValueError as error:
        result["parse_error"] = str(error)
        return result
    result["parse_ok"] = True
    if case.get("links"):
        try:
            policies = policies.with_linked_batch(case["links"])
        except (ValueError, KeyError) as error:
            result["link_error"] = str(error)
            return result
    result["link_ok"] = True
    try:
        entities = cedarpy.Entities.from_json_str(case["entities"])
    except ValueError as error:
        result["entities_error"] = str(error)
        return result
    result["entities_ok"] = True
    requests = case["requests"]
    if not requests:
        return result
    result["responses"] = responses(cedarpy.is_authorized_batch(requests, policies, entities))
    return result


def responses(answers):
    """The oracle's view of a batch of authorization answers."""
    result = []
    for answer in answers:
        raw = answer._authz_resp
        response = {"reasons": sorted(answer.diagnostics.reasons), "errors": []}
        if raw.get("decision") in ("Allow", "Deny"):
            response["decision"] = raw["decision"].lower()
            for message in answer.diagnostics.errors:
                match = POLICY_ERROR.match(message)
                if match:
                    response["errors"].append({"policy": match.group(1), "message": match.group(2)})
                else:
                    response["errors"].append({"policy": "", "message": message})
        else:  # the request itself was rejected (e.g. an ill-formed context)
            response["decision"] = "error"
            response["failure"] = "; ".join(answer.diagnostics.errors)
        result.append(response)
    return result


def entities_detail(case, schema):
    """Why the entities do not conform: the handle's error is terse, the authorizer's names the attribute."""
    probe = case["requests"][:1] or [{"principal": 'A::"a"', "action": 'Action::"a"', "resource": 'A::"a"'}]
    errors = cedarpy.is_authorized_batch(probe, "", case["entities"], schema)[0].diagnostics.errors
    detail = [e.split("]: ", 1)[-1] for e in errors if e.startswith("failed to parse entities")]
    return f" ({detail[0]})" if detail else ""


def evaluate_with_schema(case):
    result = {"schema_ok": False, "parse_ok": False, "entities_ok": False, "responses": []}
    try:
        schema = cedarpy.Schema.from_str(case["schema"])
    except ValueError as error:
        result["schema_error"] = str(error)
        return result
    result["schema_ok"] = True
    try:
        policies = cedarpy.PolicySet.from_str(case["policies"])
    except ValueError as error:
        result["parse_error"] = str(error)
        return result
    result["parse_ok"] = True
    validation = cedarpy.validate_policies(case["policies"], schema)
    result["validation_passed"] = validation.validation_passed
    result["validation_errors"] = [{"policy": e.policy_id, "message": e.error} for e in validation.errors]
    try:
        entities = cedarpy.Entities.from_json_str(case["entities"], schema)
    except ValueError as error:
        result["entities_error"] = str(error) + entities_detail(case, schema)
        return result
    result["entities_ok"] = True
    if case["requests"]:
        result["responses"] = responses(cedarpy.is_authorized_batch(case["requests"], policies, entities, schema))
    return result


def main():
    with open(sys.argv[1], encoding="utf-8") as source:
        document = json.load(source)
    if "schema_cases" in document:
        cases, evaluate_case = document["schema_cases"], evaluate_with_schema
    else:
        cases, evaluate_case = document["cases"], evaluate
    try:
        version = importlib.metadata.version("cedarpy")
    except importlib.metadata.PackageNotFoundError:
        version = None
    results = {"cedarpy": version, "results": [evaluate_case(case) for case in cases]}
    with open(sys.argv[2], "w", encoding="utf-8") as sink:
        json.dump(results, sink)


if __name__ == "__main__":
    main()
