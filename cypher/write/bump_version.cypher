// Count one more write in the data version (Neo4j; a node outside the graph model's labels).
// Parameters: $epoch — a random text, kept only when this creates the version node.
// Returns: epoch (string), version (integer: the writes counted so far).
MERGE (v:HelixGraphDataVersion {id: 'data'})
ON CREATE SET v.epoch = $epoch, v.version = 0
SET v.version = v.version + 1
RETURN v.epoch AS epoch, v.version AS version
