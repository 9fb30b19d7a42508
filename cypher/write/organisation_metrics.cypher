// Write analysis metrics onto Organisation nodes as properties (idempotent: SET overwrites).
// Parameters: $rows — list of {id, degree, strength, betweenness, closeness, harmonic,
//   eigenvector, pagerank, core_number, community, constraint, effective_size,
//   brokerage}.
// Returns: count — organisations updated.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.id})
SET o.degree = row.degree, o.strength = row.strength, o.betweenness = row.betweenness,
    o.closeness = row.closeness, o.harmonic = row.harmonic, o.eigenvector = row.eigenvector,
    o.pagerank = row.pagerank, o.core_number = row.core_number, o.community = row.community,
    o.constraint = row.constraint, o.effective_size = row.effective_size,
    o.brokerage = row.brokerage
RETURN count(o) AS count
