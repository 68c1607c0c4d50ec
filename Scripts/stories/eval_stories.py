#!/usr/bin/env python3
"""Evaluate story grouping: precision and recall of same-story article pairs.

Generates, at run time into a temporary folder (never into the repo), variants of real BBC News
articles from ../shared/corpus/bbc-news: the same text under other page furniture, as a JSON
record, lightly edited, trimmed (sentences dropped) and paraphrased (synonyms, clause order,
dropped sentences, another title, dated a month later). Every original BBC article is ingested
too: articles on the same topic (same `category`) must stay apart. Then runs `archive ingest`
and reads `articles.story_id` back with `archive sql`.

Gold: an original and its variants are one story; BBC articles that are copies of each other
(the same title or the same first paragraph) are one story too.

Usage: Scripts/stories/eval_stories.py [--archive .build/release/archive] [--sample 120] [--seed 7]
"""
import argparse, json, os, random, re, subprocess, sys, tempfile, itertools, collections

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BBC = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news")

SYNONYMS = {
    "said": "stated", "says": "states", "told": "informed", "company": "firm", "firm": "company",
    "shares": "stock", "profits": "earnings", "profit": "earnings", "rise": "increase", "rose": "climbed",
    "fell": "dropped", "fall": "decline", "increase": "rise", "big": "large", "large": "big", "small": "little",
    "government": "administration", "minister": "secretary", "plans": "proposals", "plan": "proposal",
    "people": "individuals", "country": "nation", "world": "global", "new": "fresh", "year": "twelve months",
    "expected": "forecast", "announced": "unveiled", "added": "continued", "believe": "think", "think": "believe",
    "help": "assist", "buy": "purchase", "bought": "purchased", "sell": "offload", "sold": "offloaded",
    "start": "begin", "started": "began", "end": "finish", "ended": "finished", "show": "reveal",
    "showed": "revealed", "shows": "reveals", "major": "key", "important": "significant", "chief": "head",
    "executive": "boss", "boss": "chief", "film": "movie", "movie": "film", "game": "match", "match": "game",
    "win": "victory", "won": "claimed", "lost": "was beaten in", "players": "squad members", "team": "side",
    "side": "team", "season": "campaign", "club": "team", "best": "finest", "record": "best-ever",
    "music": "songs", "album": "record", "users": "customers", "customers": "clients", "technology": "tech",
    "mobile": "cellular", "phone": "handset", "phones": "handsets", "online": "on the internet",
    "internet": "net", "computer": "PC", "software": "programs", "market": "sector", "markets": "sectors",
    "economy": "economic output", "growth": "expansion", "costs": "expenses", "price": "cost", "prices": "costs",
    "report": "study", "figures": "data", "data": "figures", "party": "movement", "election": "poll",
    "vote": "ballot", "voters": "electorate", "leader": "head", "claims": "allegations", "warned": "cautioned",
    "because": "as", "however": "but", "also": "additionally", "about": "around", "more": "further",
    "many": "numerous", "most": "the majority of", "week": "seven days", "month": "four weeks",
    "recently": "lately", "currently": "presently", "likely": "probable", "possible": "feasible",
    "decision": "ruling", "deal": "agreement", "agreement": "deal", "talks": "negotiations", "move": "step",
    "problem": "issue", "problems": "issues", "issue": "matter", "number": "quantity", "public": "general public",
    "support": "backing", "group": "organisation", "firms": "companies", "companies": "firms", "top": "leading",
    "early": "initial", "final": "last", "high": "elevated", "low": "reduced", "strong": "robust", "weak": "feeble",
    "demand": "appetite", "sales": "turnover", "service": "offering", "services": "offerings",
}

def paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]

def sentences(paragraph):
    return [s for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", paragraph) if s]

def swap_words(text, rng, rate):
    def repl(m):
        w = m.group(0)
        s = SYNONYMS.get(w.lower())
        if s and rng.random() < rate:
            return s.capitalize() if w[0].isupper() else s
        return w
    return re.sub(r"[A-Za-z]+", repl, text)

def drop_sentences(paras, rng, rate, keep_first=True):
    out = []
    for i, p in enumerate(paras):
        ss = [s for j, s in enumerate(sentences(p)) if (keep_first and i == 0 and j == 0) or rng.random() >= rate]
        if ss: out.append(" ".join(ss))
    return out

def reorder_clauses(sentence, rng):
    # "X, Y said." -> "Y said X." style moves: rotate around the first comma now and then.
    if rng.random() < 0.4 and sentence.count(",") >= 1 and sentence.endswith("."):
        a, b = sentence[:-1].split(",", 1)
        b = b.strip()
        if len(a) > 20 and len(b) > 20:
            return b[0].upper() + b[1:] + ", " + a[0].lower() + a[1:] + "."
    return sentence

def read_bbc():
    docs = []
    for line in open(os.path.join(BBC, "gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        text = open(os.path.join(BBC, g["text"]), encoding="utf-8", errors="replace").read()
        lines = text.split("\n", 1)
        g["body"] = lines[1].strip() if len(lines) > 1 else ""
        docs.append(g)
    return docs

def gold_labels(docs):
    """BBC copies (same title or same first paragraph) share a label."""
    parent = {d["id"]: d["id"] for d in docs}
    def find(x):
        while parent[x] != x: x = parent[x]
        return x
    by = collections.defaultdict(list)
    for d in docs:
        by["t:" + d["title"].strip().lower()].append(d["id"])
        first = paragraphs(d["body"])[:1]
        if first: by["p:" + re.sub(r"\W+", " ", first[0].lower())[:200]].append(d["id"])
    for ids in by.values():
        for other in ids[1:]: parent[find(other)] = find(ids[0])
    return {i: find(i) for i in parent}

def write_variants(doc, rng, out, day):
    title, paras = doc["title"], paragraphs(doc["body"])
    date = f"2026-03-{day:02d}"
    files = {}
    base = doc["id"]
    # 1. other furniture: a text page with header, share buttons and related links.
    p = os.path.join(out, "furniture", base + ".txt")
    with open(p, "w") as f:
        f.write(f"Home | News | {doc['category'].title()}\n\n{title}\n\nPublished {day} March 2026\n\nShare this story\n\n")
        f.write("\n\n".join(paras) + "\n\nRelated stories\n\nMore from this section\n\nSign up for our newsletter\n")
    files["furniture"] = p
    # 2. the same story as a JSON record from an agency feed.
    files["record"] = ("record", {"title": title, "body": "\n\n".join(paras), "source": "Agency Feed",
                                  "published": date, "url": f"https://agency.example/{base}"})
    # 3. lightly edited: a few synonyms, "per cent" spelled out.
    edited = [swap_words(p_.replace("%", " per cent"), rng, 0.1) for p_ in paras]
    files["edited"] = ("edited", {"title": title, "body": "\n\n".join(edited), "source": "Daily Digest",
                                  "published": date, "url": f"https://digest.example/{base}"})
    # 4. trimmed: a third of the sentences dropped (the lead kept), as syndicated shorts are.
    files["trimmed"] = ("trimmed", {"title": title, "body": "\n\n".join(drop_sentences(paras, rng, 0.33)),
                                    "source": "Metro Wire", "published": date, "url": f"https://metro.example/{base}"})
    # 5. paraphrased rewrite: synonyms, clause moves, dropped sentences, another title, a month later.
    para = [" ".join(reorder_clauses(s, rng) for s in sentences(p_)) for p_ in drop_sentences(paras, rng, 0.2)]
    para = [swap_words(p_, rng, 0.6) for p_ in para]
    files["paraphrase"] = ("paraphrase", {"title": swap_words(title, rng, 1.0) + ": what we know",
                                          "body": "\n\n".join(para), "source": "Weekly Review",
                                          "published": f"2026-04-{day:02d}", "url": f"https://weekly.example/{base}"})
    return files

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--archive", default=os.path.join(ROOT, ".build", "release", "archive"))
    ap.add_argument("--sample", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    args = ap.parse_args()
    if not os.path.isdir(BBC):
        print("skipping: ../shared absent"); return 0
    rng = random.Random(args.seed)
    docs = read_bbc()
    label = gold_labels(docs)
    tmp = tempfile.mkdtemp(prefix="stories-eval-")
    for d in ("bbc", "furniture", "records"): os.makedirs(os.path.join(tmp, d))
    truth = {}  # key (path or url) -> (story label, variant kind)
    for d in docs:
        p = os.path.join(tmp, "bbc", d["id"] + ".txt")
        with open(p, "w") as f: f.write(d["title"] + "\n\n" + d["body"] + "\n")
        truth[p] = (label[d["id"]], "original")
    sample = rng.sample([d for d in docs if len(paragraphs(d["body"])) >= 3], args.sample)
    records = collections.defaultdict(list)
    for i, d in enumerate(sample):
        for kind, v in write_variants(d, rng, tmp, 1 + i % 28).items():
            if isinstance(v, str):
                truth[v] = (label[d["id"]], kind)
            else:
                records[kind].append(v[1])
                truth[v[1]["url"]] = (label[d["id"]], kind)
    for kind, recs in records.items():
        with open(os.path.join(tmp, "records", kind + ".jsonl"), "w") as f:
            for r in recs: f.write(json.dumps(r) + "\n")
    db = os.path.join(tmp, "eval.db")
    r = subprocess.run([args.archive, "ingest", tmp, "--db", db], capture_output=True, text=True)
    print(r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "")
    out = subprocess.run([args.archive, "sql", "SELECT coalesce(url, path) AS key, story_id FROM articles", "--db", db,
                          "--format", "json"], capture_output=True, text=True, check=True)
    rows = json.loads(out.stdout)
    stored = {r_["key"]: r_["story_id"] for r_ in rows if r_["key"] in truth}
    missing = [k for k in truth if k not in stored]
    keys = sorted(stored)
    tp = fp = fn = 0
    per_kind = collections.Counter(); per_kind_total = collections.Counter()
    false_pairs = []
    for a, b in itertools.combinations(keys, 2):
        same_gold = truth[a][0] == truth[b][0]
        same_pred = stored[a] == stored[b]
        if same_gold:
            kind = truth[b][1] if truth[a][1] == "original" else truth[a][1] if truth[b][1] == "original" else "variant-variant"
            per_kind_total[kind] += 1
            if same_pred: per_kind[kind] += 1
        if same_pred and same_gold: tp += 1
        elif same_pred: fp += 1; false_pairs.append((a, b))
        elif same_gold: fn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"articles: {len(truth)} files/records, {len(stored)} stored, {len(missing)} deduplicated at ingest (identical content)")
    print(f"same-story pairs: gold {tp + fn}, found {tp + fp}, correct {tp}")
    print(f"precision {precision:.3f}  recall {recall:.3f}")
    for kind in sorted(per_kind_total):
        print(f"  recall {kind:<16} {per_kind[kind]}/{per_kind_total[kind]} = {per_kind[kind] / per_kind_total[kind]:.3f}")
    for a, b in false_pairs[:20]:
        print("  false pair:", os.path.basename(a), os.path.basename(b))
    if args.keep: print("kept:", tmp)
    else: subprocess.run(["rm", "-rf", tmp])
    return 0

if __name__ == "__main__":
    sys.exit(main())
