// Merge Project nodes and set their properties (dates as ISO strings).
// Parameters: $rows — list of {id, acronym, title, code, programme, start_date, end_date,
//   total_budget_eur, erdf_eur, url, status, observers_count, aliases, sources, notes}.
// Returns: count — rows merged.
UNWIND $rows AS row
MERGE (p:Project {id: row.id})
SET p.acronym = row.acronym, p.title = row.title, p.code = row.code,
    p.programme = row.programme, p.start_date = row.start_date, p.end_date = row.end_date,
    p.total_budget_eur = row.total_budget_eur, p.erdf_eur = row.erdf_eur, p.url = row.url,
    p.status = row.status, p.observers_count = row.observers_count, p.aliases = row.aliases,
    p.sources = row.sources, p.notes = row.notes
RETURN count(p) AS count
