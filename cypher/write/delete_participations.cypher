// Delete PARTICIPATES_IN ties (the ties a merge gave the kept organisation, when it is undone).
// Parameters: $rows — list of {organisation, project}.
// Returns: count — ties deleted.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation})-[r:PARTICIPATES_IN]->(p:Project {id: row.project})
DELETE r
RETURN count(row) AS count
