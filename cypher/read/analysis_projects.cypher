// Every project with its programme and dates, as flat columns.
// Parameters: none.
// Returns: id, acronym, title, programme (id or null), start_date, end_date (ISO strings or null).
MATCH (p:Project)
OPTIONAL MATCH (p)-[:FUNDED_BY]->(g:Programme)
RETURN p.id AS id, p.acronym AS acronym, p.title AS title, g.id AS programme,
       p.start_date AS start_date, p.end_date AS end_date
