// Whether the graph holds any node (a first load into an empty graph may take a faster path).
// Parameters: none.
// Returns: nodes (integer: 1 if the graph holds a node; 0 if it is empty).
MATCH (n)
WITH n LIMIT 1
RETURN count(n) AS nodes
