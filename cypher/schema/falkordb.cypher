// FalkorDB schema: an exact-match index on the key of every node label.
// Uniqueness constraints are created by the store with GRAPH.CONSTRAINT CREATE
// (FalkorDB has no Cypher syntax for them); they need these indexes first.
// Parameters: none. Returns: nothing. Run statement by statement (split on ';').
CREATE INDEX FOR (n:Project) ON (n.id);
CREATE INDEX FOR (n:Organisation) ON (n.id);
CREATE INDEX FOR (n:Country) ON (n.id);
CREATE INDEX FOR (n:HelixSector) ON (n.id);
CREATE INDEX FOR (n:Programme) ON (n.id);
CREATE INDEX FOR (n:Organisation) ON (n.kind);
CREATE INDEX FOR (n:Organisation) ON (n.helix_sector);
CREATE INDEX FOR (n:Organisation) ON (n.country);
