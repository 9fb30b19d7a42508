// Tie each project to its programme, replacing a tie to any other programme.
// Parameters: $rows — list of {id, programme} (programme not null).
// Returns: count — ties merged.
UNWIND $rows AS row
MATCH (p:Project {id: row.id})
OPTIONAL MATCH (p)-[old:FUNDED_BY]->(other:Programme)
WHERE other.id <> row.programme
DELETE old
WITH DISTINCT p, row
MATCH (g:Programme {id: row.programme})
MERGE (p)-[:FUNDED_BY]->(g)
RETURN count(g) AS count
