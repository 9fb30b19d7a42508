// Merge Country nodes (id = code = ISO 3166-1 alpha-2, historical states keep their own code).
// Parameters: $rows — list of {code, name}.
// Returns: count — rows merged.
UNWIND $rows AS row
MERGE (c:Country {id: row.code})
SET c.code = row.code, c.name = row.name
RETURN count(c) AS count
