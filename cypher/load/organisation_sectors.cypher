// Tie each organisation to its helix sector, replacing a tie to any other sector.
// A helix_sector of "unknown" (not yet placed) matches no HelixSector: the old tie goes, none is made.
// Parameters: $rows — list of {id, helix_sector}.
// Returns: count — ties merged.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.id})
OPTIONAL MATCH (o)-[old:IN_SECTOR]->(other:HelixSector)
WHERE other.id <> row.helix_sector
DELETE old
WITH DISTINCT o, row
MATCH (s:HelixSector {id: row.helix_sector})
MERGE (o)-[:IN_SECTOR]->(s)
RETURN count(s) AS count
