#!/usr/bin/env python3
"""Builds Sources/ArchiveIngest/Extractors/People/PeopleLexicon+Words.swift: one dictionary from a
capitalized word to flags telling what the word usually is (given name, surname, place, title...).

Inputs:
  * Scripts/people/lists/*.txt: hand-written lists from general knowledge (given names, places,
    demonyms, calendar words, honorifics, title words, organisation heads, speech verbs).
  * ../shared/corpus/conll2003-persons (development part of CoNLL-2003): word statistics only:
    which capitalized words start person names, which mostly belong to persons, which mostly do not.
  * ../shared/corpus/bbc-news and the CoNLL text: frequent lower-case words ("earlier", "results"),
    stored capitalized, to recognise a capitalized sentence start that is no name.
No text of the corpora is copied; only single words with their category.

Usage: build_lexicon.py [--holdout] [--out PATH]
  --holdout: learn only from the eng.train documents (to measure on testa/testb honestly).
  --reverse-holdout: learn only from testa/testb (to measure on eng.train).
"""
import collections, glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.environ.get("SHARED", os.path.abspath(os.path.join(ROOT, "..", "shared")))
CONLL = os.path.join(SHARED, "corpus", "conll2003-persons")
BBC = os.path.join(SHARED, "corpus", "bbc-news", "text")

FLAGS = {
    "given": 1, "surname": 2, "nonPerson": 4, "common": 8, "title": 16, "honorific": 32,
    "orgHead": 64, "place": 128, "calendar": 256, "demonym": 512, "speech": 1024, "modifier": 2048,
}


def read_list(name):
    words = []
    for line in open(os.path.join(HERE, "lists", name), encoding="utf-8"):
        if line.startswith("#"):
            continue
        words += line.split()
    return words


def is_initial(w):
    return re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", w) is not None


def capitalized(w):
    return w[:1].isupper() and not (len(w) > 1 and w.isupper())


def main():
    holdout = "--holdout" in sys.argv
    reverse = "--reverse-holdout" in sys.argv  # learn from testa/testb only, to measure on eng.train
    out = os.path.join(ROOT, "Sources/ArchiveIngest/Extractors/People/PeopleLexicon+Words.swift")
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    flags = collections.defaultdict(int)

    def add(word, flag):
        flags[word] |= FLAGS[flag]

    for w in read_list("given_names.txt"):
        add(w, "given")
    for w in read_list("places.txt"):
        add(w, "place")
    for w in read_list("demonyms.txt"):
        add(w, "demonym")
    for w in read_list("calendar.txt"):
        add(w, "calendar")
    for w in read_list("honorifics.txt"):
        add(w, "honorific")
    for w in read_list("org_heads.txt"):
        add(w, "orgHead")
    for w in read_list("title_words.txt"):
        add(w, "title")
        add(w[:1].upper() + w[1:], "title")
    for w in read_list("title_modifiers.txt"):
        if w not in ("of", "the", "for"):
            add(w, "modifier")
            add(w[:1].upper() + w[1:], "modifier")
    for w in read_list("title_words_lowercase.txt"):
        add(w, "title")
    for w in read_list("speech_verbs.txt"):
        add(w, "speech")

    # Statistics from CoNLL: per capitalized word, how often it is (part of) a person, another
    # entity, or no entity; and which words open multi-word person names.
    per, other, none, first = (collections.Counter() for _ in range(4))
    lower = collections.Counter()
    for line in open(os.path.join(CONLL, "gold.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        if holdout and d["conll_file"] != "eng.train":
            continue
        if reverse and d["conll_file"] == "eng.train":
            continue
        text = open(os.path.join(CONLL, d["text"]), encoding="utf-8").read()
        label = {}
        for e in d["entities"]:
            for m in re.finditer(r"\S+", text[e["start"]:e["end"]]):
                label[e["start"] + m.start()] = e["type"]
        for e in d["persons"]:
            ws = e["text"].split()
            if len(ws) >= 2 and not is_initial(ws[0]) and capitalized(ws[0]):
                first[ws[0]] += 1
        for m in re.finditer(r"\S+", text):
            w = m.group()
            if w.islower():
                lower[w] += 1
            if not capitalized(w) or not w[:1].isalpha():
                continue
            t = label.get(m.start())
            if t == "PER":
                per[w] += 1
            elif t:
                other[w] += 1
            else:
                none[w] += 1

    if os.path.isdir(BBC):
        for path in glob.glob(os.path.join(BBC, "*.txt")):
            for w in re.findall(r"[a-z][a-z'-]*", open(path, encoding="utf-8", errors="replace").read()):
                lower[w] += 1

    for w, n in first.items():
        # A role word opening a tagged name ("Mayor ...") is still a role.
        if flags[w] & (FLAGS["title"] | FLAGS["honorific"] | FLAGS["modifier"]):
            continue
        if other[w] + none[w] <= per[w]:
            add(w, "given")
    for w, n in per.items():
        total = n + other[w] + none[w]
        if n >= 2 and n / total >= 0.75 and not is_initial(w):
            add(w, "surname")
    for w in set(other) | set(none):
        n = other[w] + none[w]
        if n >= 2 and per[w] / (n + per[w]) <= 0.2:
            add(w, "nonPerson")
    for w, n in lower.items():
        if n >= 4 and len(w) > 1 and w.isalpha():
            c = w[:1].upper() + w[1:]
            # A word that is mostly a person when capitalized stays a possible name.
            if per[c] > 2 * (other[c] + none[c]) and per[c] >= 2:
                continue
            add(c, "common")

    items = sorted(flags.items())
    names = sorted(FLAGS, key=FLAGS.get)
    with open(out, "w", encoding="utf-8") as f:
        f.write("// GENERATED by Scripts/people/build_lexicon.py: do not edit by hand.\n")
        f.write("// Hand-written lists (Scripts/people/lists) merged with word statistics learned from the\n")
        f.write("// CoNLL-2003 development documents and frequent lower-case words of the BBC news corpus.\n\n")
        f.write("extension PeopleLexicon {\n")
        f.write("    /// One `word flags` pair a line; flag bits, in order: " + ", ".join(names) + ".\n")
        f.write("    /// A string (parsed once) rather than a dictionary literal: it compiles in no time.\n")
        f.write('    static let packedWords = #"""\n')
        line = ""
        for w, v in items:
            entry = "%s %d" % (w, v)
            if line and len(line) + len(entry) > 110:
                f.write(line + "\n")
                line = ""
            line += (" " if line else "") + entry
        f.write(line + '\n"""#\n}\n')
    print(f"{len(items)} words -> {out} ({os.path.getsize(out)} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
