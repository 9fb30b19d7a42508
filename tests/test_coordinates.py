"""Organisations' own coordinates: read from CORDIS and tables, stored, read back, placed."""

from __future__ import annotations

import pytest

from helix_graph.analysis import read_network
from helix_graph.errors import DataError
from helix_graph.ingest.cordis import read_cordis
from helix_graph.ingest.tabular import read_mapping, read_table
from helix_graph.load import load_dataset
from helix_graph.places import organisation_places
from tests.ingest.test_cordis import ORG_HEADER, ORGS, write_zip
from tests.ingest.test_tabular import HEADER, MAP, ROWS, write_table

GEO = ORG_HEADER.index("geolocation")


def _with_geolocation(cells: dict) -> list:
    rows = [list(row) for row in ORGS]
    for row in rows:
        row[GEO] = cells.get(row[2], "")
    return rows


def test_cordis_geolocation_is_read_stored_and_places_the_organisation(tmp_path, store):
    orgs = _with_geolocation({"9001": "46.0500,14.4686", "9004": "somewhere", "9006": "91,10"})
    dataset, report = read_cordis(write_zip(tmp_path / "cordis.zip", orgs=orgs))
    read = {o.id: (o.latitude, o.longitude) for o in dataset.organisations}
    assert read["cordis-org-9001"] == (46.05, 14.4686)
    assert read["cordis-org-9002"] == (None, None)  # an empty cell
    # "somewhere" and a latitude of 91 are no places: left out, counted, placed by city instead
    assert read["cordis-org-9004"] == read["cordis-org-9006"] == (None, None)
    assert report.unreadable_geolocations == 2
    load_dataset(store, dataset)  # an empty graph: the bulk loader
    stored = read_network(store).organisations.set_index("id")
    assert stored.loc["cordis-org-9001", ["latitude", "longitude"]].tolist() == [46.05, 14.4686]
    places = organisation_places(stored.reset_index()).set_index("id")
    assert places.loc["cordis-org-9001", "placed_by"] == "coordinates"
    # Kranj's municipality has no coordinates: its city field (Ljubljana in the fixture) places it
    assert places.loc["cordis-org-9004", "placed_by"] == "city"
    assert places.loc["cordis-org-9004", "latitude"] == pytest.approx(46.05108, abs=0.01)
    # loaded again with a moved point: the MERGE path writes the new coordinates
    orgs = _with_geolocation({"9001": "46.1,14.5"})
    dataset, _ = read_cordis(write_zip(tmp_path / "again.zip", orgs=orgs))
    load_dataset(store, dataset)
    stored = read_network(store).organisations.set_index("id")
    assert stored.loc["cordis-org-9001", ["latitude", "longitude"]].tolist() == [46.1, 14.5]


def test_a_table_maps_latitude_and_longitude_columns(tmp_path):
    header = [*HEADER, "Lat", "Lon"]
    rows = [[*row, "", ""] for row in ROWS]
    rows[0][-2:] = ["46,5547", "15,6459"]  # Maribor, decimal commas
    rows[2][-2:] = ["47.6603", "-9.1393"]  # west of Greenwich: below zero is allowed
    mapping = read_mapping(mapping_text=MAP + ",latitude=Lat,longitude=Lon")
    dataset, _ = read_table(write_table(tmp_path / "t.csv", rows, header), mapping)
    where = {o.name: (o.latitude, o.longitude) for o in dataset.organisations}
    assert where["Univerza v Mariboru"] == (46.5547, 15.6459)
    assert where["Bodensee Standort Marketing GmbH"] == (47.6603, -9.1393)
    assert where["Občina Žiri"] == (None, None)


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [("95", "15", "latitude"), ("46", "", "both latitude and longitude")],
)
def test_a_bad_coordinate_names_the_row_and_field(tmp_path, lat, lon, message):
    header = [*HEADER, "Lat", "Lon"]
    rows = [[*row, "", ""] for row in ROWS]
    rows[1][-2:] = [lat, lon]
    mapping = read_mapping(mapping_text=MAP + ",latitude=Lat,longitude=Lon")
    with pytest.raises(DataError) as caught:
        read_table(write_table(tmp_path / "t.csv", rows, header), mapping)
    text = str(caught.value)
    assert "t.csv" in text and "row 3" in text and message in text
    assert "Traceback" not in text
