# ruff: noqa: INP001 - a script, not a package
"""Rebuild the reference tables packaged in ``src/govnews/data`` from the shared sources.

Usage::

    python scripts/build_data.py /path/to/shared/data [--out src/govnews/data]

Reads ``katotth/katotth.csv`` (the KATOTTH codifier, edition 16.05.2025) and
``regions/ua_oblasts.json`` and ``regions/ru_regions.json`` (ISO 3166-2 facts) from the
shared data folder and writes:

- ``ua_regions.json``: the 27 first-level units of Ukraine with ISO 3166-2 and KATOTTH
  codes, names and adjective stems in Ukrainian and Russian, colloquial names, centres;
- ``ru_regions.json``: the federal subjects of Russia with ISO 3166-2 codes;
- ``countries.tsv``: ISO 3166-1 alpha-2 codes with Ukrainian and Russian names (the table
  below, written from the ISO 3166-1 list);
- ``katotth.tsv.gz``: every KATOTTH unit as code, category, name, parent code.
"""

import argparse
import csv
import gzip
import json
from pathlib import Path

# ISO 3166-1 alpha-2, Ukrainian name(s), Russian name(s); alternatives after "|". A second
# row of a code adds longer names (the first row names the country).
COUNTRIES = """\
UA	Україна	Украина
RU	Росія|Російська Федерація|РФ	Россия|Российская Федерация|РФ
BY	Білорусь|Білорусія	Беларусь|Белоруссия
PL	Польща|Республіка Польща	Польша|Республика Польша
DE	Німеччина|ФРН	Германия|ФРГ
FR	Франція	Франция
GB	Велика Британія|Великобританія|Британія|Сполучене Королівство	Великобритания|Британия
US	США|Сполучені Штати|Америка	США|Соединенные Штаты|Америка
CA	Канада	Канада
SE	Швеція	Швеция
NO	Норвегія	Норвегия
FI	Фінляндія	Финляндия
DK	Данія	Дания
EE	Естонія	Эстония
LV	Латвія	Латвия
LT	Литва	Литва
CZ	Чехія	Чехия
SK	Словаччина	Словакия
HU	Угорщина	Венгрия
RO	Румунія	Румыния
MD	Молдова|Молдавія	Молдова|Молдавия
BG	Болгарія	Болгария
GR	Греція	Греция
TR	Туреччина	Турция
GE	Грузія	Грузия
AM	Вірменія	Армения
AZ	Азербайджан	Азербайджан
KZ	Казахстан	Казахстан
UZ	Узбекистан	Узбекистан
KG	Киргизстан|Киргизія	Киргизия|Кыргызстан
TJ	Таджикистан	Таджикистан
TM	Туркменистан	Туркмения|Туркменистан
IT	Італія	Италия
ES	Іспанія	Испания
PT	Португалія	Португалия
NL	Нідерланди|Голландія	Нидерланды|Голландия
BE	Бельгія	Бельгия
LU	Люксембург	Люксембург
CH	Швейцарія	Швейцария
AT	Австрія	Австрия
IE	Ірландія	Ирландия
IS	Ісландія	Исландия
SI	Словенія	Словения
HR	Хорватія	Хорватия
RS	Сербія	Сербия
ME	Чорногорія	Черногория
BA	Боснія і Герцеговина	Босния и Герцеговина
MK	Північна Македонія	Северная Македония
AL	Албанія	Албания
CY	Кіпр	Кипр
MT	Мальта	Мальта
IL	Ізраїль	Израиль
JP	Японія	Япония
CN	Китай|КНР	Китай|КНР
KR	Південна Корея|Корея	Южная Корея|Корея
KP	Північна Корея|КНДР	Северная Корея|КНДР
IN	Індія	Индия
PK	Пакистан	Пакистан
IR	Іран	Иран
IQ	Ірак	Ирак
SY	Сирія	Сирия
SA	Саудівська Аравія	Саудовская Аравия
AE	Об’єднані Арабські Емірати|ОАЕ	Объединённые Арабские Эмираты|ОАЭ
QA	Катар	Катар
EG	Єгипет	Египет
LY	Лівія	Ливия
TN	Туніс	Тунис
MA	Марокко	Марокко
ZA	Південно-Африканська Республіка|ПАР	ЮАР
NG	Нігерія	Нигерия
BR	Бразилія	Бразилия
AR	Аргентина	Аргентина
MX	Мексика	Мексика
CL	Чилі	Чили
AU	Австралія	Австралия
NZ	Нова Зеландія	Новая Зеландия
VN	В’єтнам	Вьетнам
TH	Таїланд	Таиланд
ID	Індонезія	Индонезия
MY	Малайзія	Малайзия
SG	Сінгапур	Сингапур
PH	Філіппіни	Филиппины
MN	Монголія	Монголия
AF	Афганістан	Афганистан
US	Сполучені Штати Америки	Соединенные Штаты Америки
GB	Об’єднане Королівство	Соединённое Королевство
LB	Ліван	Ливан
JO	Йорданія	Иордания
PS	Палестина	Палестина
KW	Кувейт	Кувейт
BH	Бахрейн	Бахрейн
OM	Оман	Оман
YE	Ємен	Йемен
DZ	Алжир	Алжир
SD	Судан	Судан
ET	Ефіопія	Эфиопия
KE	Кенія	Кения
SO	Сомалі	Сомали
ER	Еритрея	Эритрея
TZ	Танзанія	Танзания
UG	Уганда	Уганда
RW	Руанда	Руанда
AO	Ангола	Ангола
MZ	Мозамбік	Мозамбик
ZW	Зімбабве	Зимбабве
ZM	Замбія	Замбия
NA	Намібія	Намибия
BW	Ботсвана	Ботсвана
MG	Мадагаскар	Мадагаскар
CM	Камерун	Камерун
SN	Сенегал	Сенегал
GH	Гана	Гана
CD	Конго	Конго
CU	Куба	Куба
VE	Венесуела	Венесуэла
CO	Колумбія	Колумбия
EC	Еквадор	Эквадор
BO	Болівія	Боливия
PY	Парагвай	Парагвай
UY	Уругвай	Уругвай
PE	Перу	Перу
PA	Панама	Панама
CR	Коста-Рика	Коста-Рика
GT	Гватемала	Гватемала
HN	Гондурас	Гондурас
NI	Нікарагуа	Никарагуа
DO	Домініканська Республіка	Доминиканская Республика
HT	Гаїті	Гаити
JM	Ямайка	Ямайка
BS	Багамські Острови|Багами	Багамские Острова|Багамы
BZ	Беліз	Белиз
KN	Сент-Кітс і Невіс	Сент-Китс и Невис
BD	Бангладеш	Бангладеш
NP	Непал	Непал
LK	Шрі-Ланка	Шри-Ланка
MM	М’янма	Мьянма
KH	Камбоджа	Камбоджа
LA	Лаос	Лаос
BN	Бруней	Бруней
MV	Мальдіви	Мальдивы
TW	Тайвань	Тайвань
MC	Монако	Монако
AD	Андорра	Андорра
LI	Ліхтенштейн	Лихтенштейн
SM	Сан-Марино	Сан-Марино
VA	Ватикан	Ватикан
FJ	Фіджі	Фиджи
SU	СРСР|Радянський Союз	СССР|Советский Союз
"""


def _ua_regions(source: Path) -> list[dict[str, object]]:
    rows = json.loads((source / "regions" / "ua_oblasts.json").read_text(encoding="utf-8"))
    keep = (
        "iso_3166_2",
        "katotth",
        "type",
        "name_uk",
        "adjective_stem_uk",
        "name_ru",
        "adjective_stem_ru",
        "colloquial_uk",
        "centre_uk",
    )
    return [{key: row[key] for key in keep} for row in rows]


def _ru_regions(source: Path) -> list[dict[str, object]]:
    data = json.loads((source / "regions" / "ru_regions.json").read_text(encoding="utf-8"))
    keep = ("iso_3166_2", "name_ru", "short_name_ru", "type", "corresponds_to_ua")
    return [{key: row[key] for key in keep} for row in data["subjects"]]


def _katotth(source: Path) -> list[tuple[str, str, str, str]]:
    with (source / "katotth" / "katotth.csv").open(encoding="utf-8", newline="") as file:
        return [
            (row["code"], row["category"], row["name"], row["parent_code"])
            for row in csv.DictReader(file)
        ]


def build(source: Path, out: Path) -> None:
    """Write every packaged table from the shared ``source`` folder into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    dump = {"ensure_ascii": False, "indent": 0, "sort_keys": True}
    (out / "ua_regions.json").write_text(
        json.dumps(_ua_regions(source), **dump) + "\n",  # type: ignore[arg-type]
        encoding="utf-8",
    )
    (out / "ru_regions.json").write_text(
        json.dumps(_ru_regions(source), **dump) + "\n",  # type: ignore[arg-type]
        encoding="utf-8",
    )
    (out / "countries.tsv").write_text(COUNTRIES, encoding="utf-8")
    lines = "".join("\t".join(row) + "\n" for row in _katotth(source))
    # mtime=0 keeps the archive byte-identical between rebuilds.
    with (
        (out / "katotth.tsv.gz").open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as file,
    ):
        file.write(lines.encode("utf-8"))


def main() -> None:
    """Parse the command line and rebuild the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "shared", type=Path, help="the shared data folder (holds katotth/, regions/)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "src" / "govnews" / "data",
        help="where to write the tables",
    )
    arguments = parser.parse_args()
    build(arguments.shared, arguments.out)


if __name__ == "__main__":
    main()
