"""Codes are hashed with Argon2; links are signed and stop working when the code changes."""

import pytest

from workshop import access
from workshop.errors import InvalidInput


def test_codes_are_hashed_with_argon2_and_verified():
    code_hash = access.hash_code("team-kod-1")
    assert code_hash.startswith("$argon2id$")
    assert "team-kod-1" not in code_hash
    assert access.code_matches(code_hash, "team-kod-1")
    assert access.code_matches(code_hash, "  team-kod-1 ")  # pasted with spaces around
    assert not access.code_matches(code_hash, "team-kod-2")
    assert not access.code_matches(code_hash, "")
    assert not access.code_matches("not-a-hash", "team-kod-1")


@pytest.mark.parametrize("code", ["två ord", "tab\there", "kort", "x" * 65, "", None])
def test_unusable_new_codes_are_refused(code):
    with pytest.raises(InvalidInput):
        access.check_new_code(code)


def test_suggested_codes_are_valid_and_differ():
    codes = {access.suggest_code() for _ in range(20)}
    assert len(codes) == 20
    assert all(access.check_new_code(code) == code for code in codes)


def test_link_keys_depend_on_secret_subject_and_code_hash():
    key = access.link_key("secret", "team:1", "hash-a")
    assert access.link_key_matches("secret", "team:1", "hash-a", key)
    assert not access.link_key_matches("secret", "team:2", "hash-a", key)
    assert not access.link_key_matches("secret", "team:1", "hash-b", key)
    assert not access.link_key_matches("other", "team:1", "hash-a", key)
    assert not access.link_key_matches("secret", "team:1", "hash-a", None)
