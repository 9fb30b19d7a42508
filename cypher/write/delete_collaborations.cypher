// Delete up to $limit COLLABORATES_WITH ties (run until it returns 0, before writing new ones).
// Parameters: $limit — integer.
// Returns: count — ties deleted.
MATCH (:Organisation)-[r:COLLABORATES_WITH]->(:Organisation)
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS count
