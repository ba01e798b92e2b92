"""The tables beside step 1's charts: shares of the clients counted, never of a sum of insatser."""

from __future__ import annotations

import datetime as dt

from widgets.inventory.tables import LONG_TABLE_ROWS, rows_table
from workshop.inventory import charts, manual_inventory

# 240 clients; 162 have 247 insatser between them, 78 have none.
INVENTORY = manual_inventory(dt.date(2026, 3, 1), age_sex={("18-24", "kvinna"): 100, ("25-29", "man"): 140},
                             insatser={"Jobbtorg": 130, "FIA": 117}, without_insats=78)


def _cells(markup: str, label: str) -> str:
    row = markup.split(f"<th scope='row'>{label}</th>")[1]
    return row.split("</tr>")[0]


def test_insats_shares_are_of_the_clients_and_the_base_is_named():
    markup = rows_table(charts.insats_rows(INVENTORY))
    assert "Andel av 240 klienter" in markup
    assert _cells(markup, "Ingen pågående insats") == '<td class="gk-num">78</td><td class="gk-num">32,5 %</td>'
    assert _cells(markup, "Jobbtorg") == '<td class="gk-num">130</td><td class="gk-num">54,2 %</td>'
    assert "En klient kan ha flera insatser" in markup
    assert "325" not in markup and "Totalt" not in markup


def test_a_table_of_one_category_per_client_names_the_same_base():
    markup = rows_table(charts.sex_rows(INVENTORY))
    assert "Andel av 240 klienter" in markup and "flera insatser" not in markup
    assert _cells(markup, "Kvinnor") == '<td class="gk-num">100</td><td class="gk-num">41,7 %</td>'


def test_a_long_table_is_folded_behind_a_toggle_and_a_short_one_is_not():
    months = charts.Rows("Nya aktualiseringar per månad", tuple((f"2026-{month:02}", 1) for month in range(1, 48)),
                         47)
    assert len(months.rows) > LONG_TABLE_ROWS
    folded = rows_table(months)
    assert folded.startswith("<details><summary>Visa hela tabellen (47 rader)</summary><table")
    assert not rows_table(charts.sex_rows(INVENTORY)).startswith("<details>")
