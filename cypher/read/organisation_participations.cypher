// The PARTICIPATES_IN ties of the organisations with these ids, to merge or restore them.
// Parameters: $ids — list of organisation ids.
// Returns: organisation, project, role, budget_eur, sources, notes.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})-[r:PARTICIPATES_IN]->(p:Project)
RETURN o.id AS organisation, p.id AS project, r.role AS role, r.budget_eur AS budget_eur,
       r.sources AS sources, r.notes AS notes
ORDER BY organisation, project
