// Neo4j schema: a uniqueness constraint (with its index) on the key of every node label,
// and lookup indexes for the organisation filters.
// Parameters: none. Returns: nothing. Run statement by statement (split on ';').
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT helix_sector_id IF NOT EXISTS FOR (n:HelixSector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX organisation_helix_sector IF NOT EXISTS FOR (n:Organisation) ON (n.helix_sector);
CREATE INDEX organisation_country IF NOT EXISTS FOR (n:Organisation) ON (n.country);
