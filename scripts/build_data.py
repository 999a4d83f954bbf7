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
- ``katotth.tsv.gz``: every KATOTTH unit as code, category, name, parent code;
- ``cities.tsv``: cities outside Ukraine with their ISO 3166-1 code and Ukrainian and
  Russian names: the exemplar cities of the Unicode CLDR time zones (read through the
  ``babel`` package, needed at build time only) and the table ``CITIES`` below.
"""

import argparse
import csv
import gzip
import json
from pathlib import Path

import babel
from babel.core import get_global

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


# Large cities abroad the CLDR time zones do not name (ISO 3166-1 alpha-2, Ukrainian name,
# Russian name): written for govnews from general knowledge of Ukrainian and Russian
# spelling. Names that are also given names, surnames or common words ("Констанца",
# "Орел", "Грозний") are left out.
CITIES = """\
PL	Хелм	Хелм
PL	Холм	Хелм
PL	Люблін	Люблин
PL	Перемишль	Перемышль
PL	Краків	Краков
PL	Вроцлав	Вроцлав
PL	Гданськ	Гданьск
PL	Гдиня	Гдыня
PL	Сопот	Сопот
PL	Познань	Познань
PL	Лодзь	Лодзь
PL	Катовиці	Катовице
PL	Щецин	Щецин
PL	Білосток	Белосток
PL	Жешув	Жешув
PL	Ряшів	Жешув
PL	Ольштин	Ольштын
PL	Бидгощ	Быдгощ
PL	Торунь	Торунь
PL	Кельце	Кельце
PL	Ополе	Ополе
DE	Мюнхен	Мюнхен
DE	Гамбург	Гамбург
DE	Франкфурт	Франкфурт
DE	Кельн	Кельн
DE	Дрезден	Дрезден
DE	Лейпциг	Лейпциг
DE	Штутгарт	Штутгарт
DE	Дюссельдорф	Дюссельдорф
DE	Бонн	Бонн
DE	Ганновер	Ганновер
DE	Нюрнберг	Нюрнберг
DE	Бремен	Бремен
DE	Рамштайн	Рамштайн
AT	Зальцбург	Зальцбург
AT	Інсбрук	Инсбрук
AT	Грац	Грац
CH	Женева	Женева
CH	Берн	Берн
CH	Базель	Базель
CH	Лозанна	Лозанна
CH	Давос	Давос
FR	Ліон	Лион
FR	Марсель	Марсель
FR	Ніцца	Ницца
FR	Страсбург	Страсбург
FR	Монпельє	Монпелье
FR	Бордо	Бордо
FR	Тулуза	Тулуза
FR	Лілль	Лилль
FR	Нант	Нант
IT	Мілан	Милан
IT	Неаполь	Неаполь
IT	Венеція	Венеция
IT	Флоренція	Флоренция
IT	Турин	Турин
IT	Генуя	Генуя
IT	Болонья	Болонья
IT	Палермо	Палермо
ES	Барселона	Барселона
ES	Валенсія	Валенсия
ES	Севілья	Севилья
ES	Малага	Малага
GB	Манчестер	Манчестер
GB	Ліверпуль	Ливерпуль
GB	Бірмінгем	Бирмингем
GB	Единбург	Эдинбург
GB	Глазго	Глазго
GB	Оксфорд	Оксфорд
GB	Кембридж	Кембридж
BE	Антверпен	Антверпен
NL	Гаага	Гаага
NL	Роттердам	Роттердам
NL	Утрехт	Утрехт
CZ	Брно	Брно
CZ	Острава	Острава
SK	Кошице	Кошице
HU	Дебрецен	Дебрецен
HU	Ніредьгаза	Ньиредьхаза
RO	Ясси	Яссы
RO	Сучава	Сучава
RO	Клуж-Напока	Клуж-Напока
RO	Тімішоара	Тимишоара
BG	Варна	Варна
BG	Пловдив	Пловдив
BG	Бургас	Бургас
GR	Салоніки	Салоники
TR	Анкара	Анкара
TR	Анталія	Анталья
TR	Ізмір	Измир
LT	Каунас	Каунас
LT	Клайпеда	Клайпеда
LV	Даугавпілс	Даугавпилс
EE	Тарту	Тарту
EE	Нарва	Нарва
BY	Гомель	Гомель
BY	Брест	Брест
BY	Гродно	Гродно
BY	Вітебськ	Витебск
BY	Могильов	Могилев
MD	Бєльці	Бельцы
MD	Тирасполь	Тирасполь
MD	Комрат	Комрат
GE	Батумі	Батуми
GE	Кутаїсі	Кутаиси
KZ	Астана	Астана
KZ	Караганда	Караганда
UZ	Бухара	Бухара
IL	Тель-Авів	Тель-Авив
IL	Хайфа	Хайфа
AE	Абу-Дабі	Абу-Даби
QA	Доха	Доха
SA	Джидда	Джидда
PK	Лахор	Лахор
PK	Ісламабад	Исламабад
CN	Пекін	Пекин
CN	Ухань	Ухань
IN	Делі	Дели
IN	Нью-Делі	Нью-Дели
IN	Мумбаї	Мумбаи
JP	Осака	Осака
JP	Хіросіма	Хиросима
JP	Фукусіма	Фукусима
US	Вашингтон	Вашингтон
US	Бостон	Бостон
US	Сан-Франциско	Сан-Франциско
US	Сіетл	Сиэтл
US	Маямі	Майами
US	Філадельфія	Филадельфия
US	Атланта	Атланта
US	Х’юстон	Хьюстон
US	Даллас	Даллас
US	Лас-Вегас	Лас-Вегас
US	Сан-Дієго	Сан-Диего
US	Балтимор	Балтимор
US	Піттсбург	Питтсбург
US	Тусон	Тусон
US	Сакраменто	Сакраменто
US	Портленд	Портленд
US	Мемфіс	Мемфис
US	Міннеаполіс	Миннеаполис
US	Сент-Луїс	Сент-Луис
CA	Оттава	Оттава
CA	Монреаль	Монреаль
CA	Калгарі	Калгари
BR	Ріо-де-Жанейро	Рио-де-Жанейро
BR	Бразиліа	Бразилиа
AU	Канберра	Канберра
RU	Казань	Казань
RU	Ростов-на-Дону	Ростов-на-Дону
RU	Краснодар	Краснодар
RU	Воронеж	Воронеж
RU	Курськ	Курск
RU	Бєлгород	Белгород
RU	Брянськ	Брянск
RU	Смоленськ	Смоленск
RU	Таганрог	Таганрог
RU	Новоросійськ	Новороссийск
RU	Сочі	Сочи
RU	Челябінськ	Челябинск
RU	Уфа	Уфа
RU	Мурманськ	Мурманск
RU	Псков	Псков
RU	Твер	Тверь
RU	Тула	Тула
RU	Липецьк	Липецк
RU	Тамбов	Тамбов
"""

# Exemplar cities of the CLDR time zones that are no city in news (an island, a region,
# a research station) or that are first of all a person's name or a common word.
_NOT_CITIES = frozenset(
    {
        "Камчатка",
        "Сахалін",
        "Мадейра",
        "Таїті",
        "Гуам",
        "Махе",
        "Ефате",
        "Косрае",
        "Тонгатапу",
        "Раротонга",
        "Гуадалканал",
        "Буґенвіль",
        "Чатем",
        "Кантон",
        "Норфолк",
        "Гернсі",
        "Джерсі",
        "Гібралтар",
        "Ватикан",
        "Туле",
        "Ном",
        "Сітка",
        "Дарвін",
        "Стенлі",
        "Доусон",
        "Ліндеман",
        "Крестон",
        "Евкла",
        "Байя",
        "Меріда",
        "Кордова",
        "Сальвадор",
        "Орал",
        "Мідвей",
        "Вейк",
        "Уолліс",
        "Лорд-Хау",
        "Чаґос",
        "Керґелен",
        "Мікелон",
        "Резольют",
        "Понапе",
        "Чуук",
        "Ендербері",
        "Маккуорі",
        "Аруба",
        "Газа",
        "Мальта",
        "Монтсеррат",
    }
)
# Territories whose exemplar city the table keeps: Ukraine's cities are in the codifier,
# Antarctica has stations, "ZZ" and "001" are no territory.
_NOT_TERRITORIES = frozenset({"UA", "AQ", "ZZ", "001"})


def _cldr_cities() -> list[tuple[str, str, str]]:
    """(ISO code, Ukrainian name, Russian name) of the exemplar cities of the CLDR zones."""
    territories = get_global("zone_territories")
    aliases = get_global("zone_aliases")
    uk, ru = babel.Locale("uk"), babel.Locale("ru")
    names = {
        name.lower()
        for locale in (uk, ru)
        for name in locale.territories.values()  # "Панама", "Кувейт": the country
    }
    rows = []
    for zone, details in sorted(uk.time_zones.items()):
        territory = territories.get(zone) or territories.get(aliases.get(zone, ""))
        city_uk = details.get("city")
        city_ru = ru.time_zones.get(zone, {}).get("city")
        if not territory or territory in _NOT_TERRITORIES or not city_uk or not city_ru:
            continue
        city_uk = city_uk.split(", ")[0].replace("ʼ", "’")  # "Нокс, Індіана"
        city_ru = city_ru.split(", ")[0].replace("ʼ", "’")
        if (
            " " in city_uk
            or " " in city_ru  # "Кайманові Острови", "о-в Сахалин"
            or city_uk in _NOT_CITIES
            or city_uk.lower() in names
            or city_ru.lower() in names
        ):
            continue
        rows.append((territory, city_uk, city_ru))
    return rows


def _cities() -> str:
    """The lines of ``cities.tsv``: code, Ukrainian name, Russian name, source."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    for code, city_uk, city_ru in _cldr_cities():
        rows.setdefault(city_uk, (code, city_uk, city_ru, "cldr"))
    for line in CITIES.splitlines():
        code, city_uk, city_ru = line.split("\t")
        rows.setdefault(city_uk, (code, city_uk, city_ru, "govnews"))
    return "".join("\t".join(row) + "\n" for row in sorted(rows.values()))


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
    (out / "cities.tsv").write_text(_cities(), encoding="utf-8")
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
