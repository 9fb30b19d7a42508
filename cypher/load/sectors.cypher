// Merge the four HelixSector nodes (id = code).
// Parameters: $rows — list of {code, label}.
// Returns: count — rows merged.
UNWIND $rows AS row
MERGE (s:HelixSector {id: row.code})
SET s.code = row.code, s.label = row.label
RETURN count(s) AS count
