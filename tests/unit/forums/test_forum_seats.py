"""The forum's table typed as lines: organisation, then the role after a spaced dash or a semicolon."""

from __future__ import annotations

from workshop.forums.model import Seat
from workshop.forums.seats import parse_seats, seats_text


def test_each_line_is_a_person_with_organisation_and_role():
    typed = "Region Skåne – Verksamhetschef\n\nHelsingborgs stad; Avdelningschef\nMaria Skåne Nordväst\n"
    assert parse_seats(typed) == (Seat("Region Skåne", "Verksamhetschef"), Seat("Helsingborgs stad", "Avdelningschef"),
                                  Seat("Maria Skåne Nordväst", ""))


def test_a_dash_inside_a_name_is_part_of_the_name():
    assert parse_seats("PO-Skåne - Verksamhetsledare") == (Seat("PO-Skåne", "Verksamhetsledare"),)


def test_the_text_reads_back_as_the_same_seats():
    seats = (Seat("Arbetsförmedlingen", "Sektionschef"), Seat("Brukarföreningen", ""))
    assert parse_seats(seats_text(seats)) == seats
