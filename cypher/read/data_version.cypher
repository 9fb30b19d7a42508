// The data version (Neo4j): the version node's epoch and write count; no row before the first write.
// Parameters: none.
// Returns: epoch (string), version (integer).
MATCH (v:HelixGraphDataVersion {id: 'data'})
RETURN v.epoch AS epoch, v.version AS version
