#!/usr/bin/env python3
"""Why found quotes miss on speaker accuracy (polnear-quotes), using the acceptance scorer itself.

Run from the project root after `../shared/eval/measure quotes polnear-quotes text`, which prints
where it wrote its predictions:

    python3 Scripts/quotes/speaker_misses.py /tmp/tmp.XXXX/pred.jsonl [--list CATEGORY]

The scorer (../shared/eval/score.py) takes the gold speaker span's last capitalized word (titles
left out) and counts a found quote right when that word is one of the system speaker's `\\w+`
tokens. The system speaker is the linked person's canonical name, else the speaker text. Each
judged quote falls in one category:

- right: counted right;
- appositive: the span names a person before an appositive ("Chris Weston, chief strategist at
  IG Ltd.") and that person's surname is among the article's people, but the word compared is
  the appositive's last capitalized one ("ltd"), which no person's name contains;
- punctuated: the compared word holds a hyphen, apostrophe or dot ("cobb-hunter", "o'malley",
  "jr."), and no output's `\\w+` tokens can ever equal it;
- reachable: the compared word is in some name or speaker the system found in that article, but
  not in this quote's speaker (a wrong attribution, or a noisy silver antecedent);
- other: the word is in no name the system found (organisations, descriptions, silver
  antecedents that name no person, people the extractor missed).

Prints the counts and the accuracy ceiling while speakers stay canonical names: judged quotes
minus appositive and punctuated ones. Needs ../shared; exits 2 without it.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
DATASET = os.path.join(SHARED, "corpus", "polnear-quotes")


def found_quote(gold_quote, system_tokens, toks):
    """The index of the system quote the scorer matches to a gold quote, or None (score.py's rule)."""
    gt = set(toks(gold_quote["text"]))
    best, index = 0, None
    for i, s in enumerate(system_tokens):
        inter = len(gt & s)
        if not gt or not s:
            continue
        if gold_quote.get("type") == "mixed":
            ok = inter / len(s) >= 0.8
        else:
            ok = inter / len(gt) >= 0.5 and inter / len(s) >= 0.5
        if ok and inter > best:
            best, index = inter, i
    return index


def categorize(gold_speaker, system_speaker, article_names, score):
    word = score.surname(gold_speaker)
    if word in score.toks(system_speaker or ""):
        return "right"
    if not re.fullmatch(r"\w+", word):
        return "punctuated"
    head = re.split(r",|\(| of | at | from | who ", gold_speaker)[0]
    head_word = score.surname(head)
    if head != gold_speaker and head_word and head_word != word and head_word in article_names:
        return "appositive"
    return "reachable" if word in article_names else "other"


def main():
    if not os.path.isdir(DATASET):
        print(f"speaker_misses: {DATASET} is absent; nothing to analyse", file=sys.stderr)
        sys.exit(2)
    sys.path.insert(0, os.path.join(SHARED, "eval"))
    import score

    args = sys.argv[1:]
    if not args or args[0].startswith("-") or ("--list" in args and args.index("--list") + 1 >= len(args)):
        print("usage: speaker_misses.py PRED.jsonl [--list CATEGORY]", file=sys.stderr)
        sys.exit(2)
    listed = args[args.index("--list") + 1] if "--list" in args else None
    preds = {}
    for line in open(args[0], encoding="utf-8"):
        p = json.loads(line)
        preds[os.path.splitext(os.path.basename(p["file"]))[0]] = p
    counts = collections.Counter()
    for line in open(os.path.join(DATASET, "gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        p = preds.get(g["id"]) or {"quotes": [], "people": []}
        system = [q for q in p["quotes"] if (q.get("kind") or "direct") != "indirect"]
        names = set()
        for person in p["people"]:
            for form in [person["name"]] + person["aliases"]:
                names |= set(score.toks(form))
        for q in system:
            names |= set(score.toks(q.get("speaker") or ""))
        system_tokens = [set(score.toks(q["text"])) for q in system]
        for q in g["quotes"]:
            i = found_quote(q, system_tokens, score.toks)
            if i is None:
                continue
            gold_speaker = q["speaker_coref_silver"] if q.get("speaker_is_pronoun") else q.get("speaker")
            if not score.surname(gold_speaker):
                continue
            category = categorize(gold_speaker, system[i].get("speaker"), names, score)
            counts[category] += 1
            if category == listed:
                print(json.dumps([g["id"], gold_speaker, system[i].get("speaker"), q["text"][:70]], ensure_ascii=False))
    judged = sum(counts.values())
    for category in ("right", "appositive", "punctuated", "reachable", "other"):
        print(f"{category:11} {counts[category]:5d}  {counts[category] / judged:.3f}")
    ceiling = (judged - counts["appositive"] - counts["punctuated"]) / judged
    print(f"judged {judged}; accuracy {counts['right'] / judged:.3f}; ceiling with canonical names {ceiling:.3f}")


if __name__ == "__main__":
    main()
