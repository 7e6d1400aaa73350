#!/usr/bin/env python3
"""Reads Marsad's exports with the tools that consume them, and checks them.

Usage: check_exports.py DIR STEM

DIR holds the exports of one article (STEM.annotations.csv, STEM.claims.csv, STEM.jsonld,
STEM.txt and STEM.ann, STEM.conll). Exits non-zero, naming the problem, if any check fails.
Needs the PyPI packages pybrat (brat standoff) and conllu (CoNLL columns).
"""

import csv
import json
import sys
from pathlib import Path

import conllu
from pybrat.parser import BratParser


def fail(message):
    print(f"check_exports: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    folder, stem = Path(sys.argv[1]), sys.argv[2]
    text = (folder / f"{stem}.txt").read_text(encoding="utf-8")

    # brat: pybrat reads the .txt and .ann; every entity's spans are its mention.
    examples = BratParser(error="raise").parse(folder)
    if len(examples) != 1:
        fail(f"pybrat found {len(examples)} documents")
    example = examples[0]
    if example.text != text:
        fail("pybrat's text differs from the .txt")
    for entity in example.entities:
        pieces = [text[s.start:s.end] for s in entity.spans]
        if " ".join(pieces) != entity.mention:
            fail(f"brat {entity.id}: {pieces!r} is not {entity.mention!r}")
    types = {r.type for r in example.relations}
    if not {"Speaker", "Denies"} <= types:
        fail(f"brat relations: {types}")

    # CSV: Python's csv module; every quote is the text at its offsets.
    with open(folder / f"{stem}.annotations.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != len(example.entities):
        fail(f"{len(rows)} CSV rows for {len(example.entities)} brat spans")
    for row in rows:
        if text[int(row["start"]):int(row["end"])] != row["quote"]:
            fail(f"CSV row {row['id']}: quote does not match its offsets")
    with open(folder / f"{stem}.claims.csv", encoding="utf-8-sig", newline="") as f:
        claims = list(csv.DictReader(f))
    if not any(c["relation"] == "denies" and c["answers_quote"] for c in claims):
        fail("no denial in the claims table")

    # W3C: every TextQuoteSelector matches its TextPositionSelector.
    collection = json.loads((folder / f"{stem}.jsonld").read_text(encoding="utf-8"))
    if collection["@context"] != "http://www.w3.org/ns/anno.jsonld":
        fail("wrong JSON-LD context")
    for item in collection["first"]["items"]:
        quote, position = item["target"]["selector"]
        start, end = position["start"], position["end"]
        if text[start:end] != quote["exact"]:
            fail(f"W3C {item['id']}: exact does not match its position")
        if not text[:start].endswith(quote["prefix"]) or not text[end:].startswith(quote["suffix"]):
            fail(f"W3C {item['id']}: prefix or suffix does not match")

    # CoNLL: conllu reads the columns; tags are valid IOB; tokens are the text's non-spaces.
    data = (folder / f"{stem}.conll").read_text(encoding="utf-8")
    body = data.split("\n\n", 1)[1]
    sentences = conllu.parse(body, fields=["form", "start", "end", "mention", "claim"])
    joined = ""
    for sentence in sentences:
        for column in ("mention", "claim"):
            previous = "O"
            for token in sentence:
                tag = token[column]
                if tag.startswith("I-") and previous[2:] != tag[2:]:
                    fail(f"CoNLL: {tag} after {previous} at {token['form']!r}")
                if tag != "O" and tag[:2] not in ("B-", "I-"):
                    fail(f"CoNLL: bad tag {tag}")
                previous = tag
        for token in sentence:
            if text[int(token["start"]):int(token["end"])] != token["form"]:
                fail(f"CoNLL: {token['form']!r} is not the text at its offsets")
            joined += token["form"]
    if joined != "".join(c for c in text if not c.isspace()):
        fail("CoNLL tokens do not give back the text")
    print(f"check_exports: {stem}: brat {len(example.entities)} spans, CSV {len(rows)} rows, "
          f"W3C {len(collection['first']['items'])} items, CoNLL {len(sentences)} sentences: ok")


if __name__ == "__main__":
    main()
