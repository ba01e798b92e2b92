from workshop.reports.files import MEDIA_TYPES, file_name, generated, slug


def test_file_names_are_plain_ascii_from_swedish_team_names():
    assert slug("Fiktiva Åby – tidigt stöd") == "fiktiva-aby-tidigt-stod"
    assert slug("Ölandsbro 😀 / ../etc") == "olandsbro-etc"
    assert slug("🙂🙂") == "team"
    assert len(slug("Ä" * 200)) <= 60


def test_a_generated_file_has_a_name_a_media_type_and_its_bytes():
    made = generated("storyboard", "Exempelkommun", "2026-11", "pptx", b"PK")
    assert made.filename == "storyboard-exempelkommun-2026-11.pptx"
    assert made.media_type == MEDIA_TYPES["pptx"] and made.size == 2
    assert file_name("data", "Åby", "", "xlsx") == "data-aby.xlsx"
