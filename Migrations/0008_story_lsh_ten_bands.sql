-- Story detection indexes ten MinHash bands (the first 30 of the 60 values) instead of twenty:
-- half the index rows and look-ups per article, for a recall of same-story pairs lower by 0.003
-- on the evaluation set (Scripts/stories/eval_stories.py). Rows of the other bands are never read.

DELETE FROM story_lsh WHERE band >= 10;
