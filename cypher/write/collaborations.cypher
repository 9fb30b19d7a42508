// Create COLLABORATES_WITH ties between organisations (after delete_collaborations, so idempotent).
// Parameters: $rows — list of {source, target, weight, projects (list of project ids)}.
// Returns: count — ties created.
UNWIND $rows AS row
MATCH (a:Organisation {id: row.source})
MATCH (b:Organisation {id: row.target})
CREATE (a)-[r:COLLABORATES_WITH {weight: row.weight, projects: row.projects}]->(b)
RETURN count(r) AS count
