// Every project with its programme and dates, as flat columns.
// Parameters: none.
// Returns: id, acronym, title, programme (id or null), programme_name, programme_period, start_date, end_date (ISO strings or null).
MATCH (p:Project)
OPTIONAL MATCH (p)-[:FUNDED_BY]->(g:Programme)
RETURN p.id AS id, p.acronym AS acronym, p.title AS title, g.id AS programme,
       g.name AS programme_name, g.period AS programme_period,
       p.start_date AS start_date, p.end_date AS end_date
