// Merge PARTICIPATES_IN ties from organisations to projects, with role and budget.
// Parameters: $rows — list of {organisation, project, role, budget_eur, sources, notes}.
// Returns: count — ties merged.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation})
MATCH (p:Project {id: row.project})
MERGE (o)-[r:PARTICIPATES_IN]->(p)
SET r.role = row.role, r.budget_eur = row.budget_eur, r.sources = row.sources, r.notes = row.notes
RETURN count(r) AS count
