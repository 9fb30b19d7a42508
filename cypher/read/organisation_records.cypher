// The organisations with these ids, with every property a record has, to merge or restore them.
// Parameters: $ids — list of organisation ids.
// Returns: id, name, name_local, aliases, kind, helix_sector, sector_rationale, sector_inferred, sector_source_code, country, city, sources, notes.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o.id AS id, o.name AS name, o.name_local AS name_local, o.aliases AS aliases, o.kind AS kind,
       o.helix_sector AS helix_sector, o.sector_rationale AS sector_rationale,
       o.sector_inferred AS sector_inferred, o.sector_source_code AS sector_source_code,
       o.country AS country, o.city AS city, o.sources AS sources, o.notes AS notes
