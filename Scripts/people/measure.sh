#!/bin/bash
# Measures the people extractor outside SwiftPM (fast to rebuild): CoNLL person F1 with
# ../shared/eval/score.py (all dev documents, and honest holdouts with lexicons learned from the other
# part only), speed per 3 KB (CPU time, extractor only, BodyText excluded) and the seed check.
# Usage: Scripts/people/measure.sh   (from the worktree root; writes to /tmp/people-measure)
set -e
cd "$(dirname "$0")/../.."
OUT=/tmp/people-measure; mkdir -p $OUT
SHARED=../shared; DS=$SHARED/corpus/conll2003-persons
SRC=$(find Sources/ArchiveIngest -name '*.swift' | grep -v 'PeopleLexicon+Words.swift')
LEX=Sources/ArchiveIngest/Extractors/People/PeopleLexicon+Words.swift
build() { swiftc -O -o "$1" $SRC "$2" Scripts/people/harness/main.swift -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 -lxml2; }
python3 Scripts/people/build_lexicon.py --holdout --out $OUT/lex-holdout.swift
python3 Scripts/people/build_lexicon.py --reverse-holdout --out $OUT/lex-reverse.swift
build $OUT/run $LEX; build $OUT/run-holdout $OUT/lex-holdout.swift; build $OUT/run-reverse $OUT/lex-reverse.swift
echo "== all dev documents (lexicon learned from them: optimistic)"
$OUT/run conll $DS $OUT/pred.jsonl && python3 $SHARED/eval/score.py persons $DS $OUT/pred.jsonl
echo "== testa+testb, lexicon learned from eng.train only"
$OUT/run-holdout conll $DS $OUT/pred-holdout.jsonl testa,testb && python3 Scripts/people/score_subset.py $OUT/pred-holdout.jsonl
echo "== eng.train, lexicon learned from testa+testb only"
$OUT/run-reverse conll $DS $OUT/pred-reverse.jsonl train && python3 Scripts/people/score_subset.py $OUT/pred-reverse.jsonl
echo "== seeds"
python3 Scripts/people/seed_check.py $OUT/run
