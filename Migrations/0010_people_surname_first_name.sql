-- Finding the known people a new name may be (same first name and surname, with or without a
-- middle name) searched `people_surname_key` and then read every row with that surname to test
-- its first name: hundreds of rows for a common surname, for every new form of a name. One index
-- on (surname_key, name_key) answers the surname and the first-name range together, and also
-- serves every query the old index did.

CREATE INDEX people_surname_name ON people(surname_key, name_key);
DROP INDEX people_surname_key;
