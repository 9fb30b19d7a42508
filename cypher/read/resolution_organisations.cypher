// Every organisation with all its stored properties, for entity resolution of new data against the graph.
// Parameters: none.
// Returns: id, name, name_local, aliases, kind, helix_sector, sector_rationale, sector_inferred, country, city, sources, notes.
MATCH (o:Organisation)
RETURN o.id AS id, o.name AS name, o.name_local AS name_local, o.aliases AS aliases, o.kind AS kind,
       o.helix_sector AS helix_sector, o.sector_rationale AS sector_rationale,
       o.sector_inferred AS sector_inferred, o.country AS country, o.city AS city,
       o.sources AS sources, o.notes AS notes
ORDER BY id
