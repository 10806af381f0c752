"""The privacy-notice helper: both languages, both policies, only claims the app keeps."""

from __future__ import annotations

import re

import pytest

from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import InvalidInput
from journal_app.core.retention.privacy_notice import LANGUAGES, privacy_notice_for
from journal_app.core.vault.vault import Vault

ERASE = RetentionPolicy.ERASE_ON_COMPLETION
PDL = RetentionPolicy.PDL
SWEDISH_LETTERS = re.compile("[åäöÅÄÖ]")


def paragraphs(text: str) -> list[str]:
    return text.strip().split("\n\n")


def test_generated_from_the_vault_settings(vault: Vault) -> None:
    """As the Help dialog asks for it: the vault's practice name and policy, each language."""
    settings = vault.journal.vault_settings()
    notices = {language: privacy_notice_for(settings.practice_name, settings.retention_policy,
                                            language) for language in LANGUAGES}
    assert set(notices) == {"sv", "en"}
    assert notices["sv"].startswith("Så förvaras dina samtalsanteckningar\n\n")
    assert notices["en"].startswith("How your session notes are kept\n\n")
    for text in notices.values():
        assert "Samtalsmottagningen" in text  # the fixture vault's practice name
        assert "raderas anteckningarna för gott" in text or "erased for good" in text


def test_follows_a_policy_change_in_the_vault(vault: Vault) -> None:
    vault.journal.settings.set_raw("retention_policy", PDL.value)
    settings = vault.journal.vault_settings()
    text = privacy_notice_for(settings.practice_name, settings.retention_policy, "sv")
    assert "tio år" in text and "patientdatalagen" in text
    assert "raderas anteckningarna för gott" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_erase_policy_promises_erasure_and_names_what_stays(language: str) -> None:
    text = privacy_notice_for("Mottagning Lind", ERASE, language)
    words = {"sv": ("raderas anteckningarna för gott", "7 kap. 2 §", "raderingskvitto", "PDF"),
             "en": ("erased for good", "7 ch. 2 §", "erasure receipt", "PDF")}[language]
    for word in words:
        assert word in text
    assert ("tio år" if language == "sv" else "ten years") not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdl_policy_keeps_ten_years_and_never_promises_erasure(language: str) -> None:
    text = privacy_notice_for("Mottagning Lind", PDL, language)
    assert ("tio år" if language == "sv" else "ten years") in text
    assert "3 " + ("kap." if language == "sv" else "ch.") + " 17 §" in text
    assert "IVO" in text
    assert ("raderas anteckningarna för gott" if language == "sv" else "erased for good") not in text


@pytest.mark.parametrize("policy", [ERASE, PDL])
def test_languages_are_parallel_and_not_swapped(policy: RetentionPolicy) -> None:
    sv = privacy_notice_for("X", policy, "sv")
    en = privacy_notice_for("X", policy, "en")
    assert len(paragraphs(sv)) == len(paragraphs(en)) >= 5
    assert SWEDISH_LETTERS.search(sv)
    assert not SWEDISH_LETTERS.search(en)


@pytest.mark.parametrize("language", LANGUAGES)
def test_claims_encryption_and_no_network(language: str) -> None:
    text = privacy_notice_for("", ERASE, language)
    assert "AES-256" in text
    assert ("internet" in text) and ("molnet" in text if language == "sv" else "cloud" in text)


def test_empty_practice_name_falls_back_and_spaces_are_tidied() -> None:
    assert privacy_notice_for("  ", ERASE, "sv").split("\n\n")[1].startswith("Mottagningen för")
    assert "av mottagningen." in privacy_notice_for("", ERASE, "sv")
    assert privacy_notice_for("", ERASE, "en").split("\n\n")[1].startswith("The practice keeps")
    tidy = privacy_notice_for("  Mottagning \n  Lind ", ERASE, "sv")
    assert "Mottagning Lind för" in tidy and "Mottagning \n" not in tidy


def test_a_name_with_braces_is_text_not_a_template() -> None:
    assert "{practice} & Co" in privacy_notice_for("{practice} & Co", PDL, "en")


def test_unknown_language_is_refused_in_plain_words() -> None:
    with pytest.raises(InvalidInput, match="available in sv, en"):
        privacy_notice_for("X", ERASE, "de")
