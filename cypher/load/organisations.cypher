// Merge Organisation nodes and set their properties.
// Parameters: $rows — list of {id, name, name_local, aliases, kind, helix_sector,
//   sector_rationale, sector_inferred, sector_source_code, country, city, latitude,
//   longitude, sources, notes}.
// Returns: count — rows merged.
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
SET o.name = row.name, o.name_local = row.name_local, o.aliases = row.aliases,
    o.kind = row.kind, o.helix_sector = row.helix_sector,
    o.sector_rationale = row.sector_rationale, o.sector_inferred = row.sector_inferred,
    o.sector_source_code = row.sector_source_code,
    o.country = row.country, o.city = row.city,
    o.latitude = row.latitude, o.longitude = row.longitude,
    o.sources = row.sources, o.notes = row.notes
RETURN count(o) AS count
