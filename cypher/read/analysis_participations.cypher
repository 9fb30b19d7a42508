// Every participation (organisation takes part in project), as flat columns.
// Parameters: none.
// Returns: organisation (id), project (id), role (string or null).
MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p:Project)
RETURN o.id AS organisation, p.id AS project, r.role AS role
