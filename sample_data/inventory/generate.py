"""Synthetic exports from a case-management system — FIKTIVA UPPGIFTER / FICTIONAL DATA.

Every person, identity number and date here is made up by a seeded random
generator. The identity numbers have valid check digits so that the kit's
checks can be tested; they are synthetic and must never be mixed with real data.

    python -m sample_data.inventory.generate              # rewrite the small committed samples
    python -m sample_data.inventory.generate --rows 100000 --shape xlsx --out sample_data/inventory/generated/stor.xlsx

Large generated files go under ``generated/`` (ignored by git), never into the repository.

Writing XLSX needs openpyxl and ODS needs odfpy (the kit's test extras).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
REFERENCE = dt.date(2026, 10, 31)
"""The day the samples are "exported"; use it as inventory date."""
TITLE = "Utdrag ur verksamhetssystemet – FIKTIVA UPPGIFTER (syntetiska testdata)"

REASONS = (
    ("Arbetslös – inget ersättningsberättigande arbete", 30),
    ("Arbetslös – otillräcklig ersättning", 12),
    ("Arbetslös – väntar på ersättning", 6),
    ("Sjukskriven med läkarintyg", 14),
    ("Sjuk- eller aktivitetsersättning", 5),
    ("Arbetshinder – sociala skäl", 14),
    ("Otillräcklig inkomst", 8),
    ("Föräldraledig", 4),
    ("Väntar på beslut från Försäkringskassan", 4),
    ("", 3),
)
INSATSER = ("FIA", "Arbetsträning", "Jobbtorg", "Samtalsstöd", "Budget- och skuldrådgivning", "Boendestöd")
AREAS = ("Norra distriktet", "Södra distriktet", "Centrum")
FIRST_NAMES = ("Testa", "Exempla", "Fiktiva", "Påhitta", "Prova")
LAST_NAMES = ("Testsson", "Exempelsson", "Fiktivsdotter", "Provberg")


def luhn(nine_digits: str) -> str:
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return str((10 - total % 10) % 10)


def identity_number(birth: dt.date, serial: int, *, coordination: bool = False, form: str = "12") -> str:
    """A synthetic personnummer (or samordningsnummer: day + 60) with a valid check digit."""
    day = birth.day + 60 if coordination else birth.day
    nine = f"{birth:%y%m}{day:02d}{serial:03d}"
    ten = nine + luhn(nine)
    if form == "10":
        separator = "+" if REFERENCE.year - birth.year >= 100 else "-"
        return f"{ten[:6]}{separator}{ten[6:]}"
    return f"{birth.year // 100}{ten[:6]}-{ten[6:]}"


def synthetic_cases(count: int, seed: int = 2026, reference: dt.date = REFERENCE) -> pd.DataFrame:
    """``count`` made-up clients: identity number, name, birth date, sex, case opening, reason, insatser, area."""
    rng = np.random.default_rng(seed)
    ages = np.clip(np.round(rng.gamma(2.2, 9.0, count) + 18), 18, 89).astype(int)
    birth_offsets = rng.integers(0, 365, count)
    births = [reference - dt.timedelta(days=int(age * 365.25 + offset)) for age, offset in zip(ages, birth_offsets,
                                                                                              strict=True)]
    serials = rng.integers(0, 1000, count)
    coordination = rng.random(count) < 0.04
    numbers = [identity_number(birth, int(serial), coordination=bool(co))
               for birth, serial, co in zip(births, serials, coordination, strict=True)]
    months_open = np.minimum(rng.exponential(9.0, count), 47)
    opened = [reference - dt.timedelta(days=int(months * 30.4) + 1) for months in months_open]
    reason_texts = [text for text, _weight in REASONS]
    weights = np.array([weight for _text, weight in REASONS], dtype=float)
    reasons = rng.choice(reason_texts, count, p=weights / weights.sum())
    insatser = [", ".join(rng.choice(INSATSER, size=rng.integers(0, 3), replace=False)) for _ in range(count)]
    sex = np.where(np.array([int(number[-2]) % 2 for number in numbers]) == 1, "Man", "Kvinna")
    names = [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(count)]
    return pd.DataFrame({
        "Personnummer": numbers, "Namn": names, "Födelsedatum": births, "Ålder": ages, "Kön": sex,
        "Aktualiseringsdatum": opened, "Försörjningshinder": reasons, "Pågående insatser": insatser,
        "Stadsdel": rng.choice(AREAS, count),
    })


def semicolon_cp1252(cases: pd.DataFrame, path: Path) -> None:
    """Lifecare-like: ``;``, Windows-1252, identity numbers and names, ISO dates, insatser as a list."""
    table = cases[["Personnummer", "Namn", "Aktualiseringsdatum", "Försörjningshinder", "Pågående insatser",
                   "Stadsdel"]].copy()
    table["Aktualiseringsdatum"] = pd.to_datetime(table["Aktualiseringsdatum"]).dt.strftime("%Y-%m-%d")
    table.to_csv(path, sep=";", index=False, encoding="cp1252")


def utf8_birth_year(cases: pd.DataFrame, path: Path) -> None:
    """Comma-separated UTF-8 with BOM: birth year, sex as K/M, ÅÅÅÅMMDD dates, one yes/no column per insats."""
    table = pd.DataFrame({
        "Födelseår": pd.to_datetime(cases["Födelsedatum"]).dt.year,
        "Kön": cases["Kön"].str[0],
        "Aktualiserad": pd.to_datetime(cases["Aktualiseringsdatum"]).dt.strftime("%Y%m%d"),
        "Orsak": cases["Försörjningshinder"],
    })
    for insats in INSATSER[:3]:
        table[insats] = np.where(cases["Pågående insatser"].str.contains(insats), "Ja", "Nej")
    table.to_csv(path, sep=",", index=False, encoding="utf-8-sig")


def xlsx_title_two_sheets(cases: pd.DataFrame, path: Path) -> None:
    """A title row above the header, real date cells, and an information sheet before the data."""
    table = cases[["Personnummer", "Ålder", "Kön", "Aktualiseringsdatum", "Försörjningshinder",
                   "Pågående insatser"]].copy()
    table["Aktualiseringsdatum"] = pd.to_datetime(table["Aktualiseringsdatum"])
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        pd.DataFrame({"Information": [TITLE, "Bladet Klienter innehåller listan."]}).to_excel(
            writer, sheet_name="Om utdraget", index=False)
        pd.DataFrame([[TITLE]]).to_excel(writer, sheet_name="Klienter", index=False, header=False)
        table.to_excel(writer, sheet_name="Klienter", index=False, startrow=2)


def ods_age(cases: pd.DataFrame, path: Path) -> None:
    """OpenDocument: age, sex in words, Swedish dates (DD.MM.ÅÅÅÅ), insats in one column."""
    table = pd.DataFrame({
        "Ålder": cases["Ålder"], "Juridiskt kön": cases["Kön"],
        "Datum för aktualisering": pd.to_datetime(cases["Aktualiseringsdatum"]).dt.strftime("%d.%m.%Y"),
        "Orsak till aktualisering": cases["Försörjningshinder"], "Insats": cases["Pågående insatser"],
        "Område": cases["Stadsdel"],
    })
    table.to_excel(path, engine="odf", index=False, sheet_name="Klienter")


SHAPES = {"semicolon": semicolon_cp1252, "birthyear": utf8_birth_year, "xlsx": xlsx_title_two_sheets, "ods": ods_age}
SAMPLES = {
    "semicolon": "export_semikolon_cp1252.csv",
    "birthyear": "export_utf8_fodelsear.csv",
    "xlsx": "export_titelrad_tva_blad.xlsx",
    "ods": "export_alder.ods",
}


def write(shape: str, path: Path, rows: int, seed: int = 2026) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    SHAPES[shape](synthetic_cases(rows, seed), path)
    return path


def write_samples(folder: Path = HERE, rows: int = 240) -> list[Path]:
    return [write(shape, folder / name, rows, seed=index + 1) for index, (shape, name) in enumerate(SAMPLES.items())]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="semicolon")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--seed", type=int, default=2026)
    arguments = parser.parse_args(argv)
    if arguments.rows and arguments.out:
        print(write(arguments.shape, arguments.out, arguments.rows, arguments.seed))
    else:
        for path in write_samples():
            print(path)


if __name__ == "__main__":
    main()
