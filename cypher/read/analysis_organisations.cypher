// Every organisation with the properties the analysis uses, as flat columns.
// Parameters: none.
// Returns: id, name, kind, helix_sector, country, city, latitude, longitude.
// Country, city and the coordinates (degrees, WGS 84) may be null.
MATCH (o:Organisation)
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.helix_sector AS helix_sector,
       o.country AS country, o.city AS city, o.latitude AS latitude, o.longitude AS longitude
