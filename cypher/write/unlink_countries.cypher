// Remove the BASED_IN tie of organisations whose country is no longer known (an undone merge had given it).
// Parameters: $rows — list of {id}.
// Returns: count — organisations unlinked.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.id})-[t:BASED_IN]->(:Country)
DELETE t
RETURN count(row) AS count
