// Count nodes by label.
// Parameters: none.
// Returns: label (string), count (integer).
MATCH (n)
RETURN labels(n)[0] AS label, count(n) AS count
