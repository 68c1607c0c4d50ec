#!/usr/bin/env python3
"""Compares the people extractor's output on the two seed articles with ../shared/corpus/seeds/expected.json.
Usage: seed_check.py HARNESS_BINARY   (built by Scripts/people/measure.sh)
The harness gets the story paragraphs as body, the "(Reporting by ...)" line as byline and the photo
caption as caption, as the cleaner will hand them over."""
import json, os, subprocess, sys, unicodedata

SEEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus", "seeds")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def between(lines, start, end):
    a = next(i for i, l in enumerate(lines) if l.startswith(start))
    b = next(i for i, l in enumerate(lines) if l.rstrip().endswith(end))
    return "\n".join(lines[a:b + 1])


def run(binary, body, byline="", caption=""):
    path = "/tmp/seed_body.txt"
    open(path, "w", encoding="utf-8").write(body)
    out = subprocess.run([binary, "json", path, byline, caption], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def check(expected, got):
    exp = {fold(p["name"]): p for p in expected["people"]}
    mentioned = [p for p in got if p["role"] == "mentioned"]
    tp = sum(1 for p in mentioned if fold(p["name"]) in exp or any(fold(a) in exp for a in p["aliases"]))
    found = sum(1 for n in exp if any(fold(p["name"]) == n or n in map(fold, p["aliases"]) for p in mentioned))
    P, R = tp / max(len(mentioned), 1), found / max(len(exp), 1)
    print(f"  mentioned: precision {P:.3f} recall {R:.3f} f1 {2 * P * R / max(P + R, 1e-9):.3f}")
    for p in mentioned:
        e = exp.get(fold(p["name"]))
        note = "" if e else "  <- not expected"
        if e:
            missing_titles = [t for t in e["titles"] if fold(t) not in map(fold, p["titles"])]
            seen_aliases = set(map(fold, p["aliases"]))
            missing_aliases = [a for a in e["aliases"] if fold(a) not in seen_aliases]
            note = (f"  missing titles {missing_titles}" if missing_titles else "") + \
                   (f"  expected aliases not seen as surface forms {missing_aliases}" if missing_aliases else "")
        print(f"    {p['name']!r} aliases={p['aliases']} titles={p['titles']} mentions={len(p['mentions'])} spans_ok={p['spans_ok']}{note}")
    bad = [n for n in expected.get("not_people", []) if any(fold(n) in map(fold, [p["name"]] + p["aliases"]) for p in got)]
    print(f"  not_people found: {bad}")
    for role, key in (("author", "authors"), ("editor", "editors"), ("photographer", "photographers")):
        want = expected.get(key) or []
        have = [p["name"] for p in got if p["role"] == role]
        print(f"  {key}: expected {want} got {have} {'OK' if sorted(want) == sorted(have) else 'DIFF'}")


def main():
    binary = sys.argv[1]
    expected = {a["file"]: a for a in json.load(open(os.path.join(SEEDS, "expected.json")))["articles"]}
    lines = open(os.path.join(SEEDS, "002_2d39f6852eba5fd0.txt"), encoding="utf-8").read().split("\n")
    body = between(lines, "MEXICO CITY", "under its constitution.")
    byline = next(l for l in lines if l.startswith("(Reporting by"))
    caption = next(l for l in lines if l.startswith("FILE PHOTO"))
    print("002:")
    check(expected["002_2d39f6852eba5fd0.txt"], run(binary, body, byline, caption))
    lines = open(os.path.join(SEEDS, "000_6b19f7582a9415da.txt"), encoding="utf-8").read().split("\n")
    body = between(lines, "Mexican President Claudia Sheinbaum has confirmed", "as per its constitution.")
    print("000:")
    check(expected["000_6b19f7582a9415da.txt"], run(binary, body))


if __name__ == "__main__":
    main()
