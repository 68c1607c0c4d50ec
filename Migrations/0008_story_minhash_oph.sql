-- Story signatures use one-permutation MinHash (one hash a shingle, 60 bins) instead of 60 hash
-- functions, and the LSH index keeps ten bands (the first 30 values) instead of twenty: signing
-- costs a sixtieth of the hashing, and half the index rows and look-ups per article. Same-story
-- pairs on the evaluation set (Scripts/stories/eval_stories.py): unchanged within 0.003.
--
-- The buckets of articles stored before cannot match the new ones: their rows go. Those articles
-- keep their stories; a later copy of one is still found through its names and word sequence
-- (`story_keys`, compared in order), not through its MinHash.

DELETE FROM story_lsh;
