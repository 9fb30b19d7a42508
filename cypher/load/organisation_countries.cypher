// Tie each organisation to its country, replacing a tie to any other country.
// Parameters: $rows — list of {id, country} (country not null).
// Returns: count — ties merged.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.id})
OPTIONAL MATCH (o)-[old:BASED_IN]->(other:Country)
WHERE other.id <> row.country
DELETE old
WITH DISTINCT o, row
MATCH (c:Country {id: row.country})
MERGE (o)-[:BASED_IN]->(c)
RETURN count(c) AS count
