// Every organisation with the properties the analysis uses, as flat columns.
// Parameters: none.
// Returns: id, name, kind, helix_sector, country, city (strings; country and city may be null).
MATCH (o:Organisation)
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.helix_sector AS helix_sector,
       o.country AS country, o.city AS city
