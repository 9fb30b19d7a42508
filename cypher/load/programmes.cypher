// Merge Programme nodes.
// Parameters: $rows — list of {id, name, period, sources, notes}.
// Returns: count — rows merged.
UNWIND $rows AS row
MERGE (g:Programme {id: row.id})
SET g.name = row.name, g.period = row.period, g.sources = row.sources, g.notes = row.notes
RETURN count(g) AS count
