// Count relationships by type.
// Parameters: none.
// Returns: type (string), count (integer).
MATCH ()-[r]->()
RETURN type(r) AS type, count(r) AS count
