"""One setting chooses the database: environment variable, config file, or the data folder."""

from workshop.config import accessibility_contact, database_url


def test_environment_variable_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKSHOP_DB_URL", "postgresql+psycopg://kit@db/kit")
    assert database_url() == "postgresql+psycopg://kit@db/kit"


def test_config_file_is_used_without_the_variable(monkeypatch, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('db_url = "sqlite:////srv/kit/kit.sqlite"\n', encoding="utf-8")
    monkeypatch.delenv("WORKSHOP_DB_URL")
    monkeypatch.setenv("WORKSHOP_CONFIG", str(config))
    assert database_url() == "sqlite:////srv/kit/kit.sqlite"


def test_default_is_a_file_in_the_data_folder_outside_the_repository(monkeypatch, tmp_path):
    monkeypatch.delenv("WORKSHOP_DB_URL")
    monkeypatch.setenv("WORKSHOP_CONFIG", str(tmp_path / "missing.toml"))
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "data"))
    assert database_url() == f"sqlite:///{tmp_path / 'data' / 'workshop.sqlite'}"


def test_the_accessibility_contact_comes_from_the_variable_else_the_config_file_else_is_empty(monkeypatch, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('accessibility_contact = "tillganglighet@region.example"\n', encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_CONFIG", str(config))
    monkeypatch.setenv("WORKSHOP_ACCESSIBILITY_CONTACT", "  010-123 45 67 ")
    assert accessibility_contact() == "010-123 45 67"
    monkeypatch.delenv("WORKSHOP_ACCESSIBILITY_CONTACT")
    assert accessibility_contact() == "tillganglighet@region.example"
    monkeypatch.setenv("WORKSHOP_CONFIG", str(tmp_path / "missing.toml"))
    assert accessibility_contact() == ""
