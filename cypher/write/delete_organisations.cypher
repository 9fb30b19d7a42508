// Delete organisations and every tie they have (an organisation merged into another).
// Parameters: $rows — list of {id}.
// Returns: count — organisations deleted.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.id})
DETACH DELETE o
RETURN count(row) AS count
