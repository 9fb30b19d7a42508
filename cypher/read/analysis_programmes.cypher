// Every programme.
// Parameters: none.
// Returns: id, name, period.
MATCH (g:Programme)
RETURN g.id AS id, g.name AS name, g.period AS period
