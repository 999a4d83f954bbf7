"""Organisations: administrations, councils, ministries, donors, companies, schools.

Six patterns find them:

1. a noun phrase around a head noun of an organisation ("адміністрація", "рада",
   "міністерство", "агентство", "совет", "администрация", ...): the agreeing adjectives
   before it and the genitive chain after it, with "з питань", "у справах", "при", "по"
   groups ("Комітет Верховної Ради України з питань ... самоврядування",
   "Правительственная комиссия по экономическому развитию и интеграции");
2. a name in quotes after a word that says it is a company, party, club or channel
   (ФК «Полісся», підприємство «Агроструктура»), never after "програма" or "проєкт";
   legal forms chain before nested quotes ("ДП «НАЕК «Енергоатом»");
3. Latin-script names (WOG, McDonald’s, Embassy of Ukraine in Sweden);
4. one-word names: clipped compounds ("Укрзалізниця", "Міноборони", "Київрада",
   "Ощадбанк") and words the Russian dictionary tags ``Orgn`` ("Роскосмос");
5. acronyms: in parentheses after a full name they become its ``acronym``
   ("Програма розвитку ООН (ПРООН)"); alone they join the organisation whose initials
   they are ("ОВА" after "Житомирська обласна військова адміністрація") or stand alone,
   with the capitalised adjectives before them ("Кременчуцький НПЗ");
6. well-known names from a small lexicon (``data/organizations.tsv``) that news writes
   with no head noun or quotes, in any case form ("Голосу Америки", "Госдумы России").

Names are put in the nominative by [`to_nominative`][govnews.inflect.to_nominative];
the words after the head keep their case.

Where a name ends is a matter of grammar: a party's cause in the accusative stays in it
("Партія ветеранів за чесні вибори"), so does a person it is named after
("Блок Юлії Тимошенко") and a body joined to a ministry ("Міністерство культури та
інформаційної політики Республіки Литва"); a given name in the nominative after it names the
holder of a post, not the body ("голова РДА Олена Коваль"), and "по итогам", "з серпня"
say when or why, not what the body deals with. A head in the plural names a kind of body
("районні державні адміністрації"), a working group is named by its remit ("робоча група
з питань ..."), and the words of a programme's quoted title or of a headline in capitals
name no body.
"""

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from itertools import compress, islice
from operator import itemgetter
from typing import Any, Final

import attrs

from govnews.extract import gazetteer
from govnews.extract.places import lemmas
from govnews.inflect import agrees, match_case, to_nominative
from govnews.model import Organization, OrganizationKind, Place, Span
from govnews.morphology import parse

__all__ = ["find_organizations"]

# A token (a word, or one mark that is neither a letter, a digit nor a space) with the
# gap before it. Trailing whitespace ends in an empty token at the end of the text, so
# no search restarts inside a long gap that no token follows.
_TOKEN_AND_GAP = re.compile(r"([\s_]*)([^\W_][\w’'ʼ`&-]*(?<!_)|[^\w\s]|\Z)")
_TRIM = "-’'ʼ`&"
_SENTENCE_END = frozenset(".!?…\n")
_OPEN_QUOTES = '«"“„'
_QUOTED = re.compile(r"[«“„\"]([^«»“”„\"\n]{1,80})[»”\"“]")
# Latin names, with the accented letters of Western languages ("Jürgen", "Société").
_LATIN = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9’'&.-]*"
    r"(?:[ \t]+(?:(?:of|in|for|and|to|und|the|de[rs]?|du|la|della|del|di|van|von)(?![A-Za-z])"
    r"|&|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9’'&.-]*))*"
)

_K = OrganizationKind
# Heads clipped from "державний" ("Держагентства резерву України").
_CLIPPED_STATE_HEADS = frozenset(
    {"держагентство", "держслужба", "держкомітет", "держінспекція", "держкомісія", "госкомитет"}
)
# Lemmas of head nouns, with the kind of body they name.
_HEADS: dict[str, OrganizationKind] = {
    # Ukrainian.
    "адміністрація": _K.ADMINISTRATION,
    "облдержадміністрація": _K.ADMINISTRATION,
    "райдержадміністрація": _K.ADMINISTRATION,
    "держадміністрація": _K.ADMINISTRATION,
    "мерія": _K.ADMINISTRATION,
    "колегія": _K.OTHER,  # named with a capital only: "Колегія Міністерства юстиції"
    "коллегия": _K.OTHER,
    "виконком": _K.ADMINISTRATION,
    "рада": _K.COUNCIL,
    "облрада": _K.COUNCIL,
    "міськрада": _K.COUNCIL,
    "райрада": _K.COUNCIL,
    "конгрес": _K.COUNCIL,
    "міністерство": _K.MINISTRY,
    "мінрегіон": _K.MINISTRY,
    "група": _K.COMPANY,
    "газета": _K.COMPANY,
    "комітет": _K.STATE_BODY,
    "служба": _K.STATE_BODY,
    "агентство": _K.STATE_BODY,
    "агенція": _K.STATE_BODY,
    "департамент": _K.STATE_BODY,
    "управління": _K.STATE_BODY,
    "комісія": _K.STATE_BODY,
    "інспекція": _K.STATE_BODY,
    "офіс": _K.STATE_BODY,
    "посольство": _K.STATE_BODY,
    "консульство": _K.STATE_BODY,
    "представництво": _K.STATE_BODY,
    "уряд": _K.STATE_BODY,
    "кабінет": _K.STATE_BODY,
    "суд": _K.STATE_BODY,
    "прокуратура": _K.STATE_BODY,
    "поліція": _K.STATE_BODY,
    "варта": _K.STATE_BODY,
    "сила": _K.STATE_BODY,
    "казначейство": _K.STATE_BODY,
    "палата": _K.STATE_BODY,
    "асоціація": _K.NGO,
    "фонд": _K.NGO,
    "товариство": _K.NGO,
    "спілка": _K.NGO,
    "організація": _K.NGO,
    "об’єднання": _K.NGO,
    "партія": _K.OTHER,
    "блок": _K.OTHER,
    "центр": _K.OTHER,
    "університет": _K.EDUCATION,
    "академія": _K.EDUCATION,
    "школа": _K.EDUCATION,
    "ліцей": _K.EDUCATION,
    "коледж": _K.EDUCATION,
    "гімназія": _K.EDUCATION,
    "інститут": _K.EDUCATION,
    "технікум": _K.EDUCATION,
    "компанія": _K.COMPANY,
    "корпорація": _K.COMPANY,
    "банк": _K.COMPANY,
    "фабрика": _K.COMPANY,
    "завод": _K.COMPANY,
    "комбінат": _K.COMPANY,
    "театр": _K.OTHER,
    "музей": _K.OTHER,
    "бібліотека": _K.OTHER,
    "церква": _K.OTHER,
    "парламент": _K.COUNCIL,
    "сенат": _K.COUNCIL,
    "госпсуд": _K.STATE_BODY,
    "райсуд": _K.STATE_BODY,
    "адмінсуд": _K.STATE_BODY,
    "міськрайсуд": _K.STATE_BODY,
    "федерація": _K.NGO,
    "профспілка": _K.NGO,
    "концерн": _K.COMPANY,
    "залізниця": _K.COMPANY,
    "фронт": _K.OTHER,
    "сільрада": _K.COUNCIL,
    "селищрада": _K.COUNCIL,
    "міськдержадміністрація": _K.ADMINISTRATION,
    "райвиконком": _K.ADMINISTRATION,
    "міськвиконком": _K.ADMINISTRATION,
    "облвиконком": _K.ADMINISTRATION,
    "відділення": _K.STATE_BODY,
    "відділ": _K.STATE_BODY,
    "філія": _K.STATE_BODY,
    # Russian.
    "отделение": _K.STATE_BODY,
    "отдел": _K.STATE_BODY,
    "филиал": _K.STATE_BODY,
    "представительство": _K.STATE_BODY,
    "федерация": _K.NGO,
    "профсоюз": _K.NGO,
    "движение": _K.OTHER,
    "бундестаг": _K.COUNCIL,
    "сейм": _K.COUNCIL,
    "кнессет": _K.COUNCIL,
    "кнесет": _K.COUNCIL,
    "меджлис": _K.COUNCIL,
    "меджліс": _K.COUNCIL,
    "комбинат": _K.COMPANY,
    "библиотека": _K.OTHER,
    "церковь": _K.OTHER,
    "конгресс": _K.COUNCIL,
    "администрация": _K.ADMINISTRATION,
    "мэрия": _K.ADMINISTRATION,
    "совет": _K.COUNCIL,
    "горсовет": _K.COUNCIL,
    "облсовет": _K.COUNCIL,
    "райсовет": _K.COUNCIL,
    "дума": _K.COUNCIL,
    "собрание": _K.COUNCIL,
    "министерство": _K.MINISTRY,
    "минрегион": _K.MINISTRY,
    "комитет": _K.STATE_BODY,
    "управление": _K.STATE_BODY,
    "комиссия": _K.STATE_BODY,
    "инспекция": _K.STATE_BODY,
    "правительство": _K.STATE_BODY,
    "полиция": _K.STATE_BODY,
    "ассоциация": _K.NGO,
    "общество": _K.NGO,
    "союз": _K.NGO,
    "организация": _K.NGO,
    "объединение": _K.NGO,
    "партия": _K.OTHER,
    "группа": _K.COMPANY,
    "университет": _K.EDUCATION,
    "академия": _K.EDUCATION,
    "лицей": _K.EDUCATION,
    "колледж": _K.EDUCATION,
    "гимназия": _K.EDUCATION,
    "институт": _K.EDUCATION,
    "компания": _K.COMPANY,
    "корпорация": _K.COMPANY,
    # Both languages: bodies, institutions and firms named by these nouns.
    "секретаріат": _K.STATE_BODY,
    "секретариат": _K.STATE_BODY,
    "митниця": _K.STATE_BODY,
    "таможня": _K.STATE_BODY,
    "бюро": _K.STATE_BODY,
    "трибунал": _K.STATE_BODY,
    "гвардія": _K.STATE_BODY,
    "гвардия": _K.STATE_BODY,
    "асамблея": _K.COUNCIL,
    "ассамблея": _K.COUNCIL,
    "ліга": _K.NGO,
    "лига": _K.NGO,
    "альянс": _K.OTHER,
    "архів": _K.OTHER,
    "архив": _K.OTHER,
    "лабораторія": _K.OTHER,
    "лаборатория": _K.OTHER,
    "обсерваторія": _K.OTHER,
    "обсерватория": _K.OTHER,
    "лікарня": _K.OTHER,
    "больница": _K.OTHER,
    "госпіталь": _K.OTHER,
    "госпиталь": _K.OTHER,
    "клініка": _K.OTHER,
    "клиника": _K.OTHER,
    "біржа": _K.COMPANY,
    "биржа": _K.COMPANY,
    "холдинг": _K.COMPANY,
    "консорціум": _K.COMPANY,
    "консорциум": _K.COMPANY,
    "училище": _K.EDUCATION,
    "дитбудинок": _K.OTHER,
    "агрофірма": _K.COMPANY,
    "агрофирма": _K.COMPANY,
    "електростанція": _K.COMPANY,
    "электростанция": _K.COMPANY,
    # Clipped state bodies: "Держагентства резерву України", "Держслужби транспорту".
    **dict.fromkeys(_CLIPPED_STATE_HEADS, _K.STATE_BODY),
    "обком": _K.OTHER,
    "райком": _K.OTHER,
    "горком": _K.OTHER,
    "міськком": _K.OTHER,
}
# Abbreviated heads written in capitals: "Житомирська ОДА", "РДА".
_ACRONYM_HEADS = {
    "ОДА": _K.ADMINISTRATION,
    "ОВА": _K.ADMINISTRATION,
    "РДА": _K.ADMINISTRATION,
    "РВА": _K.ADMINISTRATION,
    "МВА": _K.ADMINISTRATION,
    "ОДА.": _K.ADMINISTRATION,
    "ВЦА": _K.ADMINISTRATION,
    "ОГА": _K.ADMINISTRATION,
    # Power plants, named by their place: "Запорізька АЕС", "Херсонської ТЕЦ".
    **dict.fromkeys(("АЕС", "АЭС", "ТЕС", "ТЭС", "ТЕЦ", "ТЭЦ", "ГЕС", "ГЭС"), _K.COMPANY),
    **dict.fromkeys(("ГАЕС", "ГАЭС"), _K.COMPANY),
}
# Words whose capital letter does not make a name at the start of a sentence.
_GENERIC_STARTS = (
    "обласн",
    "міськ",
    "районн",
    "сільськ",
    "селищн",
    "державн",
    "місцев",
    "нов",
    "наш",
    "ця",
    "цей",
    "ці",
    "ця",
    "інш",
    "громадськ",
    "муніципальн",
    "областн",
    "городск",
    "сельск",
    "государственн",
    "местн",
    "перш",
    "друг",
    "кожн",
    "вс",
    "ус",
    "та",
    "цьог",
    "це",
    "эт",
    "так",
    "регіональн",
    "регионал",
    "окрем",
    "відповідн",
    "спеціальн",
    "робоч",
    "рабоч",
    "спільн",
    "совместн",
    "потенційн",
    "потенциальн",
    "можлив",
    "возможн",
    "майбутн",
    "будущ",
    # "Призовой фонд матча": the money of a prize, not a foundation.
    *("призов",),
    # Ordinals: "Третья группа, ...", "Четвертий відділ ..." at a sentence's start.
    *("трет", "четверт", "п’ят", "пят", "шост", "шест", "сьом", "седьм", "восьм"),
    *("дев’ят", "девят", "десят", "наступн", "следующ", "последн", "останн"),
)
_LEGAL_FORMS = frozenset(
    {
        "ТОВ",
        "ПП",
        "ПАТ",
        "ПрАТ",
        "АТ",
        "КП",
        "ФК",
        "ВО",
        "ГО",
        "БФ",
        "КНП",
        "ДП",
        "СФГ",
        "ФГ",
        "ООО",
        "ОАО",
        "ЗАО",
        "ПАО",
        "АО",
        "ГАУ",
        "МУП",
        "ГУП",
        "АНО",
        "ТРК",
        "НКО",
        "ИП",
        "ЧП",
        "МБУ",
        "ГБУ",
        "ФГУП",
        "ОО",
        "ГК",
        "ХК",
        "СК",
        "ВГО",
        "МГО",
        "УК",
        *("КСП", "СТОВ", "ТзОВ", "КЗ", "КУ", "ДУ", "КНП", "КЗК", "НВП", "ВАТ", "ЗАТ"),
    }
)
# Lemmas saying that the next name in quotes is an organisation's.
_QUOTE_CUES = frozenset(
    {
        "підприємство",
        "компанія",
        "корпорація",
        "товариство",
        "фірма",
        "партія",
        "організація",
        "об’єднання",
        "клуб",
        "телеканал",
        "канал",
        "газета",
        "видання",
        "агентство",
        "асоціація",
        "спілка",
        "банк",
        "мережа",
        "холдинг",
        "група",
        "завод",
        "фабрика",
        "ресторан",
        "готель",
        "магазин",
        "супермаркет",
        "торговий",
        "видавництво",
        "радіо",
        "телерадіокомпанія",
        "агрохолдинг",
        "кооператив",
        "фонд",
        "предприятие",
        "компания",
        "корпорация",
        "общество",
        "фирма",
        "партия",
        "организация",
        "объединение",
        "издание",
        "ассоциация",
        "союз",
        "сеть",
        "группа",
        "гостиница",
        "издательство",
        "радио",
        "телекомпания",
        "школа",
        "лагерь",
        "центр",
        "движение",
        "рух",
        # Media, factions and ensembles: "інтернет-видання «...»", "фракція «...»".
        *("журнал", "тижневик", "еженедельник", "портал", "радіостанція", "радиостанция"),
        *("інформагентство", "информагентство", "фракція", "фракция", "ансамбль", "хор"),
        *("колектив", "коллектив", "оркестр", "театр", "студія", "студия", "дитбудинок"),
        *("агрофірма", "агрофирма", "санаторій", "санаторий", "ліцей", "гімназія"),
        *("офшор", "оффшор", "концерн", "інститут", "институт", "шахта"),
        *("підрозділ", "спецпідрозділ", "подразделение", "спецподразделение"),
        *("команда", "медіакомпанія", "медиакомпания", "телекомпанія", "радиокомпания"),
        *("агенство", "дом", "дім"),  # a common misspelling; "аукционного дома Christie’s"
    }
)
# Last words of a company's name that say it is one: "«Delacon Systems Ltd»".
_LEGAL_SUFFIXES = frozenset(
    {
        *("Ltd", "LTD", "Limited", "LIMITED", "LLC", "LLP", "Inc", "GmbH", "AG", "SA", "BV"),
        *("plc", "PLC", "Corp", "Corporation", "Лімітед", "ЛІМІТЕД", "Лтд", "ЛТД", "Лимитед"),
        *("лімітед", "лимитед", "Інк", "Инк", "ГмбХ"),
    }
)
# Acronyms that are not organisations.
_NOT_ORGANISATIONS = frozenset(
    {
        *("СМС", "SMS", "ММС", "MMS", "UTC", "GMT"),  # messages and time zones
        *("ПСГ", "ГРС"),  # gas stores and gas distribution stations: facilities
        "ОТГ",
        "ДТП",
        "ЗМІ",
        "СМИ",
        "ВВП",
        "ПДВ",
        "НДС",
        "ЖКГ",
        "ЖКХ",
        "ПММ",
        "ІТ",
        "IT",
        "ФОП",
        "ВПО",
        "ВПЛ",
        "АТО",
        "ООС",
        "ПДФО",
        "ОСББ",
        "PDF",
        "COVID",
        "SMS",
        "ID",
        "CEO",
        "OK",
        "TV",
        "ТВ",
        "ДНЗ",
        "ЗЗСО",
        "ЗОШ",
        "НВК",
        "ФАП",
        "АЗС",
        "ЄДРПОУ",
        "ЕДРПОУ",
        "ІПН",
        "ИНН",
        "ГРН",
        "UAH",
        "USD",
        "EUR",
        "ЦНАП",
        "ПЗФ",
        "ЧАЕС",
        "ОК",
        "ЕГЭ",
        "ЗНО",
        "НМТ",
        "МСБ",
        "ЧС",
        "НП",
        "СНД",
        "СНГ",
        "СРСР",
        "СССР",
        "УРСР",
        "ЖК",
        "ТЕС",
        "ТЭС",
        "ГЕС",
        "ГЭС",
        "АЕС",
        "АЭС",
        "ТЕЦ",
        "ТЭЦ",
        "КВт",
        "МВт",
        "ГВт",
        "ДСТУ",
        "ГОСТ",
        "ПЗ",
        "E-MAIL",
        "EMAIL",
        "HTML",
        "URL",
        "WWW",
        "HTTP",
        "HTTPS",
        "FAQ",
        "GPS",
        "USB",
        "VIP",
        "PR",
        "HR",
        "DJ",
        "IV",
        "VI",
        "XX",
        "XXI",
        "XIX",
        "РФ",
        "США",
        "ОАЕ",
        "ОАЭ",
        "КНДР",
        "ЮАР",
        "ПАР",
        "UA",
        "UK",
        "US",
        "USA",
        "EU",
        "ЕСВ",
        "ЄСВ",
        "СЗЧ",
        "ВНЗ",
        "ЗВО",
        "ПТУ",
        "ДЮСШ",
        "МКС",
        "ЦРЛ",
        "ЦРБ",
        "ФОК",
        "ЗАГС",
        "РАЦС",
        "ДРАЦС",
        "ТЦК",
        "ВЛК",
        "ПВК",
        "ТГ",
        "ЗАТО",
        "ТОР",
        "ТОСЭР",
        "ЖЭУ",
        "ЖЕУ",
        "ЖЕК",
        "ЖЭК",
        "ОСМД",
        "ЖРЭП",
        "МО",
        "ГО",
        "НДР",
        "ВРП",
        "ВНП",
        "ЧМ",
        "ПМР",
        "ДНР",
        "ЛНР",
        "ОРДЛО",
        "ПІБ",
        *("УСРР", "РРФСР", "БРСР", "ПКУ", "КК", "КПК", "ЦПК", "ГПК", "КАС", "КУпАП", "ЗК", "ЗУ"),
        *("ЕОМ", "ЭВМ", "ТУ", "ПО", "ОС", "ГБ", "МБ", "ТБ", "GB", "MB", "TB"),
        "ФИО",
        # Benefits, diagnoses, livestock, codes of law, exams, regions of a city or country.
        *("МРОТ", "СНИЛС", "ДЦП", "ВРХ", "КРС", "ТСЖ", "ВНО", "УК", "УПК", "КоАП", "АР", "ХМАО"),
        *("ЯНАО", "ЦАО", "ПДР", "ПДД", "ОГЭ", "ДПА", "ПМР"),
    }
)
_INTERNATIONAL = frozenset(
    {
        "ООН",
        "ПРООН",
        "UNDP",
        "GIZ",
        "USAID",
        "SIDA",
        "U-LEAD",
        "ЄС",
        "ЕС",
        "ОБСЄ",
        "ОБСЕ",
        "НАТО",
        "NATO",
        "МВФ",
        "IMF",
        "ЄБРР",
        "ЕБРР",
        "EBRD",
        "ЄІБ",
        "ЕИБ",
        "EIB",
        "ЮНІСЕФ",
        "ЮНИСЕФ",
        "UNICEF",
        "ВООЗ",
        "ВОЗ",
        "WHO",
        "OECD",
        "ОЕСР",
        "ОЭСР",
        "UN",
        "JICA",
        "KOICA",
        "DOBRE",
        "ЮНЕСКО",
        "UNESCO",
        "OSCE",
        "UNHCR",
        "УВКБ",
        "IOM",
        "МОМ",
        "EU4Business",
        "GFA",
        *("ФІФА", "ФИФА", "FIFA", "УЄФА", "УЕФА", "UEFA", "ФІДЕ", "ФИДЕ", "FIDE", "МОК"),
        *("ОПЕК", "OPEC", "ПАРЄ", "ПАСЕ", "PACE", "СОТ", "ВТО", "WTO", "МАГАТЕ", "МАГАТЭ"),
        *("IAEA", "ЄК", "ЕК", "ЄЦБ", "ЕЦБ", "ECB", "ФАО", "FAO", "МОП", "МОТ", "ILO"),
        *("ГУАМ", "GUAM", "ОЧЕС", "ОЧЭС", "BSEC"),
    }
)
# Countries written in capitals that complete a body's name: "МИД РФ", "ВВС США".
# Countries abbreviated: a body's complement ("МЗС ФРН"), never a body's head.
_COUNTRIES = frozenset({"РФ", "США", "ОАЕ", "ОАЭ", "КНР", "ФРГ", "ФРН", "КНДР", "ЮАР", "ПАР"})
_COUNTRY_ACRONYMS = frozenset({"ООН", "ЄС", "ЕС", *_COUNTRIES})
_INTERNATIONAL_WORDS = (
    *("міжнародн", "международн", "європ", "европ", "оон", "світов", "всемирн"),
    *("об’єднаних націй", "объединенных наций", "объединённых наций"),
)
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_CONJUNCTIONS = frozenset({"та", "і", "й", "и"})


_Token = tuple[int, int, str, str, bool, bool, bool, bool, bool]
"""One word or punctuation mark, with what the patterns ask of it precomputed.

An exact tuple of atomic values, read through the index names below: the garbage
collector stops tracking such a tuple at its first collection, while a NamedTuple, a
subclass, stays tracked, and a long input's hundreds of thousands of tokens would set off
full collections that walk the whole heap.
"""
_START: Final = 0
_END: Final = 1
_WORD: Final = 2
_LOWER: Final = 3
_INITIAL: Final = 4  # the first word of a line or sentence
_JOINED: Final = 5  # only spaces, no line break, between it and the token before
_IS_WORD: Final = 6
_CAPITALISED: Final = 7
_ACRONYM: Final = 8


# A clipped word and the capitals of the words after it: "Схід" + "ГЗК", "Зак" + "ДУ".
_CLIPPED_ACRONYM = re.compile(r"([А-ЯІЇЄҐ][а-яіїєґ]{1,5})([А-ЯІЇЄҐ]{2,5})")
# A word inside a mention, where a body named within it may begin.
_NESTED_WORD = re.compile(r"[^\W_][\w’'ʼ-]*")
_QUOTE_MARKS = frozenset('«»“”„"')
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґ")


def _is_acronym(word: str) -> bool:
    """Whether a word is written in capitals ("ПРООН", "U-LEAD", "ДонНУ", "СхідГЗК")."""
    if word[1:2] in _LOWER_LETTERS and word[2:3] in _LOWER_LETTERS:
        # "Київ": two small letters rule it out (the common case), unless capitals end
        # it: a clipped word before an acronym, "СхідГЗК", "ЗакДУ", "ГоловКРУ".
        return word[-1:].isupper() and _CLIPPED_ACRONYM.fullmatch(word) is not None
    if len(word) < 2 or (word.isupper() and len(word) < 4):  # noqa: PLR2004
        return len(word) >= 2 and word.isupper()  # noqa: PLR2004
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) < 4:  # noqa: PLR2004
        return len(letters) >= 2 and upper == len(letters)  # noqa: PLR2004
    return upper >= len(letters) - 1


_Shape = tuple[str, str, bool, bool, bool, bool, int, bool]
"""What a raw token says by itself.

The word, its lower case, whether it is a word, capitalised, an acronym, whether the
raw token lost trailing characters, the length of the word, and whether it may head a
name (an acronym, or a word that begins like a head noun).
"""

_SHAPES_KEPT: Final = 20_000


class _Shapes(dict[str, _Shape]):
    """Raw tokens and their shapes: a text repeats its words, so each is read once."""

    def __missing__(self, raw: str) -> _Shape:
        word = raw
        if raw[-1] in _TRIM:
            word = raw.rstrip(_TRIM) or raw
        first = word[0]
        upper = first.isupper()
        lower = word.lower()
        is_word = first.isalpha()
        acronym = upper and len(word) > 1 and _is_acronym(word)
        shape = (
            word,
            lower,
            is_word,
            upper,
            acronym,
            len(word) != len(raw),
            len(word),
            acronym or (is_word and lower[:3] in _head_prefixes()) or word in _ACRONYM_HEADS,
        )
        if len(self) < _SHAPES_KEPT:
            # Bounded: the words met first, the common ones, stay; a rarer word met
            # once the table is full is read each time instead of evicting them.
            self[raw] = shape
        return shape


_SHAPES = _Shapes()


def _tokens(text: str) -> list[_Token]:
    """The words and punctuation marks of ``text`` (see ``_tokens_and_heads``)."""
    return _tokens_and_heads(text)[0]


def _tokens_and_heads(text: str) -> tuple[list[_Token], list[int]]:
    """The tokens of ``text`` in one pass of ``findall``, and those that may head a name.

    The pattern also captures the gap before each token (whitespace and underscores,
    the only characters no token takes), so offsets are counted, not asked of match
    objects: a quarter of the time of ``finditer`` on a long text. What a token says by
    itself (its case, whether it is an acronym) is looked up by its spelling.
    """
    tokens: list[_Token] = []
    heads: list[int] = []
    append = tokens.append
    shapes = _SHAPES
    sentence_end = _SENTENCE_END
    initial = True
    trimmed = False  # the word before lost its trailing characters to the gap
    start = 0
    for gap, raw in _TOKEN_AND_GAP.findall(text):
        if not raw:
            break  # the end of the text
        start += len(gap)
        if "\n" in gap:
            initial = True
            joined = False
        else:
            joined = not trimmed and (gap == " " or not gap or gap.isspace())
        word, lower, is_word, upper, acronym, trimmed, size, head = shapes[raw]
        if head:
            heads.append(len(tokens))
        append((start, start + size, word, lower, initial, joined, is_word, upper, acronym))
        initial = word in sentence_end
        start += len(raw)
    return tokens, heads


def _grammemes(token: _Token, language: str) -> frozenset[str]:
    return (
        frozenset().union(*(p.tag.grammemes for p in parse(token[_LOWER], language)))
        if token[_IS_WORD]
        else frozenset()
    )


@cache
def _head_prefixes() -> frozenset[str]:
    """First three letters of every head noun: a cheap test before the dictionary."""
    return frozenset(lemma[:3] for lemma in _HEADS)


def _head_kind(token: _Token, language: str) -> OrganizationKind | None:
    if token[_WORD] in _ACRONYM_HEADS:
        return _ACRONYM_HEADS[token[_WORD]]
    if not token[_IS_WORD] or token[_ACRONYM] or token[_LOWER][:3] not in _head_prefixes():
        return None
    return _head_of(token[_LOWER], language)


@lru_cache(maxsize=20_000)
def _head_of(lower: str, language: str) -> OrganizationKind | None:
    for candidate in parse(lower, language):
        if "NOUN" in candidate.tag.grammemes and candidate.normal_form in _HEADS:
            return _HEADS[candidate.normal_form]
    return None


def _has(token: _Token, language: str, *grammemes: str) -> bool:
    wanted = set(grammemes)
    return token[_IS_WORD] and any(
        wanted <= p.tag.grammemes for p in parse(token[_LOWER], language)
    )


def _is_agreeing(token: _Token, language: str) -> bool:
    return token[_IS_WORD] and not token[_ACRONYM] and _is_adjective(token[_LOWER], language)


_GENDERS = frozenset({"masc", "femn", "neut"})


def _slots(grammemes: frozenset[str]) -> tuple[str, str, str]:
    """A reading's case, number and gender ("" when the dictionary gives none)."""
    case = next(iter(grammemes & _CASES), "")
    plural = "plur" in grammemes
    gender = "" if plural else next(iter(grammemes & _GENDERS), "")
    return case, "plur" if plural else "sing", gender


# Posts: nouns that some forms make look like adjectives ("главой", "головної"), never
# a word of a body's name before its head.
_POSTS = frozenset(
    {
        *("глава", "голова", "керівник", "руководитель", "председатель", "міністр", "министр"),
        *("директор", "начальник", "заступник", "заместитель", "секретар", "секретарь"),
        *("посол", "мер", "мэр", "губернатор", "член", "представник", "представитель"),
        *("депутат", "радник", "советник", "помічник", "помощник", "президент", "спікер"),
        *("спикер", "лідер", "лидер", "співробітник", "сотрудник", "уповноважений"),
        *("уполномоченный", "очільник", "прем’єр", "премьер"),
    }
)


@lru_cache(maxsize=100_000)
def _agrees(adjective: str, noun: str, language: str) -> bool:
    """Whether an adjective can agree with a noun of a body's name.

    "главой правительства": a post noun read as an adjective never does, even when it
    agrees by chance ("главой администрации"); a word with no noun reading lets any
    adjective pass.
    """
    if _is_post_word(adjective, language):
        return False
    if not any("NOUN" in p.tag.grammemes for p in parse(noun, language)):
        return True
    return agrees(adjective, noun, language)


@lru_cache(maxsize=100_000)
def _is_adjective(lower: str, language: str) -> bool:
    return any({"ADJF", "PRTF"} & p.tag.grammemes for p in parse(lower, language))


@lru_cache(maxsize=100_000)
def _is_adjective_in(lower: str, language: str, case: str) -> bool:
    """Whether a word can be an adjective in ``case`` ("міністрів" cannot be genitive)."""
    return any(
        {"ADJF", "PRTF"} & p.tag.grammemes and case in p.tag.grammemes
        for p in parse(lower, language)
    )


def _is_person(token: _Token, language: str) -> bool:
    return token[_CAPITALISED] and bool(_NAME_TAGS & _grammemes(token, language))


def _close(left: _Token, right: _Token, text: str) -> bool:
    """Whether only spaces separate two neighbouring tokens (no line break)."""
    del left, text
    return right[_JOINED]


def _left_edge(tokens: list[_Token], head: int, text: str, language: str) -> int:
    start = head
    while (
        start > 0
        and head - start < 6  # noqa: PLR2004
        and _close(tokens[start - 1], tokens[start], text)
        and _is_agreeing(tokens[start - 1], language)
        and _agrees(tokens[start - 1][_LOWER], tokens[head][_LOWER], language)
    ):
        start -= 1
    start = _coordinated_start(tokens, start, head, language)  # "Промышленный и коммерческий"
    # Leading lower-case adjectives ("нова обласна рада") are not part of the name,
    # unless the name has no capital at all and they are its body ("обласна рада").
    while start < head and not tokens[start][_CAPITALISED]:
        start += 1
    return start


# The levels of local government, whose coordination names two bodies.
_LEVELS = frozenset(
    {
        *("обласний", "міський", "районний", "сільський", "селищний", "областной"),
        *("городской", "районный", "сельский", "поселковый"),
    }
)


def _coordinated_start(tokens: list[_Token], start: int, head: int, language: str) -> int:
    """Where a name begins whose adjectives are coordinated before ``start``, if one does.

    "Всемирной продовольственной и сельскохозяйственной организации": one body, whose
    name opens with a capital before the conjunction. Two capitals name two bodies
    ("Слов’янської і Старобешівської ТЕС"), and lower case alone no name.
    """
    if (
        start < 2  # noqa: PLR2004
        or start == head
        or tokens[start][_CAPITALISED]
        or not tokens[start][_JOINED]
        or tokens[start - 1][_LOWER] not in _CONJUNCTIONS
        or not tokens[start - 1][_JOINED]
        or any(p.normal_form in _LEVELS for p in parse(tokens[start][_LOWER], language))
    ):
        return start  # "Житомирська обласна та міська ради": two councils
    first = start - 1
    while (
        first > 0
        and head - first < 6  # noqa: PLR2004
        and (first == start - 1 or tokens[first][_JOINED])
        and _is_agreeing(tokens[first - 1], language)
        and _agrees(tokens[first - 1][_LOWER], tokens[head][_LOWER], language)
    ):
        first -= 1
    if (
        first < start - 1
        and tokens[first][_CAPITALISED]
        and not tokens[first][_ACRONYM]
        and not _is_person(tokens[first], language)
        and not (first and _is_person(tokens[first - 1], language))  # "Олену Четверикову і"
        and not (first and tokens[first - 1][_WORD] in _OPEN_QUOTES)  # a quoted title
    ):
        return first
    return start


_NOT_NOMINAL = frozenset(
    {"VERB", "INFN", "ADVB", "PREP", "CONJ", "PRCL", "GRND", "PRED", "INTJ", "NPRO", "COMP"}
)


def _is_tail_word(token: _Token, language: str, case: str) -> bool:
    """Whether a word may continue a name in ``case`` (cached by the word's spelling)."""
    if not token[_IS_WORD]:
        return False
    if token[_ACRONYM]:
        if any(c.isdigit() for c in token[_WORD]):
            return False  # a model, not a body: "Союз ТМА-12"
        return token[_WORD] not in _NOT_ORGANISATIONS or token[_WORD] in _COUNTRY_ACRONYMS
    return _is_tail_spelling(token[_WORD], token[_LOWER], token[_CAPITALISED], language, case)


@lru_cache(maxsize=100_000)
def _is_tail_spelling(word: str, lower: str, capitalised: bool, language: str, case: str) -> bool:  # noqa: FBT001
    parses = parse(lower, language)
    if not parses:
        return False
    first = parses[0].tag.grammemes
    if _NOT_NOMINAL & first and not ("GRND" in first and len(parses) > 1):
        return False  # a verb or adverb; a gerund reading may hide a noun ("здоров’я")
    if (
        capitalised
        and any(_NAME_TAGS & p.tag.grammemes for p in parses)
        and not _is_place_word(word, language)
    ):
        return False
    return any(
        case in p.tag.grammemes
        and ({"NOUN", "ADJF", "PRTF", "NUMR"} & p.tag.grammemes)
        and (capitalised or not ({"Abbr", "Fixd", *_NAME_TAGS} & p.tag.grammemes))
        for p in parses
    )  # in small letters, a reading as a surname is no noun: "надала" is a verb


def _is_place_word(word: str, language: str) -> bool:
    """Whether a capitalised word names a place (a country, region or city), not a person."""
    options = lemmas(word, language)
    names = gazetteer.units_by_name()
    return any(option in _place_nouns() or option in names for option in options)


@cache
def _place_nouns() -> frozenset[str]:
    nouns: set[str] = set()
    for country in gazetteer.countries():
        for names in country.names.values():
            nouns.update(name.lower() for name in names)
    for region in (*gazetteer.ua_regions(), *gazetteer.ru_regions()):
        nouns.update(region.nouns)
        nouns.update(stem + "ий" for stem in region.stems)
    nouns.update({"європа", "европа", "президент", "рада", "україна", "федерація", "федерация"})
    return frozenset(nouns)


_PREPOSITION_CASES = {
    "з": "gent",
    "із": "gent",
    "зі": "gent",
    "при": "loct",
    "во": "loct",
    "по": "datv",
    "в": "loct",
    "у": "loct",
}


def _next_noun_is_head(tokens: list[_Token], index: int, language: str) -> bool:
    """Whether the phrase starting at ``index`` is headed by the noun of another body.

    A head in the plural names a kind of body, part of the name before it: "Асоціація
    районних та обласних рад".
    """
    for position in range(index, min(index + 4, len(tokens))):
        if _head_kind(tokens[position], language) is not None:
            return not _is_plural(tokens, position, language)
        if not _is_agreeing(tokens[position], language):
            return False
    return False


def _right_edge(  # noqa: C901, PLR0912, PLR0915 - one grammar loop reads best whole
    tokens: list[_Token], head: int, text: str, language: str
) -> int:
    """The index after the last token of the name whose head is at ``head``."""
    end = head + 1
    last_good = end
    index = end
    case = "gent"
    commas = True
    proper_chain = True  # every tail word so far is capitalised ("Кабінет Міністрів України")
    placed = False  # a "в Польщі" group has been read
    attached = False  # a "при ..." group has been read
    lemma = _head_lemma(tokens[head][_LOWER], language)
    remit = _remit_head(tokens[head], language) and not (
        head and lemma in {"рада", "совет"} and tokens[head - 1][_LOWER].startswith(_LOCAL)
    )  # "Волинської обласної ради з питань ...": a local council has no remit
    # An abbreviated head ("Житомирської ОДА", "Запорізької АЕС") already holds its whole name.
    closed = lemma in _CLOSED_HEADS or tokens[head][_WORD] in _ACRONYM_HEADS
    governed: str | None = None  # the case the last preposition asked for
    # A name's tail is at most 24 words, with at most 6 words between two of its nouns.
    while index < len(tokens) and index - head < 24 and index - last_good < 6:  # noqa: PLR2004
        token = tokens[index]
        previous = tokens[index - 1]
        if token[_WORD] == "," or token[_LOWER] in _CONJUNCTIONS:
            joined = (
                _and_region(tokens, index, language, governed)
                if governed in {"datv", "loct"} and index == last_good
                else 0
            )
            if joined:
                index = last_good = joined  # "УВД по Приморскому краю и Хабаровскому краю"
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            coordinated = (
                _is_agreeing(previous, language)
                and following is not None
                and _is_agreeing(following, language)
            )
            if (
                following is not None
                and (last_good > head + 1 or coordinated)
                and not (index == last_good and _is_country_word(previous, language))
                and (token[_WORD] != "," or (commas and not previous[_CAPITALISED]))
                and not following[_CAPITALISED]
                and not _next_noun_is_head(tokens, index + 1, language)
                and not _begins_a_person(tokens, index + 1, language)
            ):
                if _is_tail_word(following, language, case):
                    index += 1
                    continue
                if governed is not None and _is_tail_word(following, language, governed):
                    case = governed  # "по безопасности и сотрудничеству"
                    index += 1
                    continue
            if (
                token[_WORD] != ","
                and lemma in _COORDINATED_HEADS
                and _coordinated_body(tokens, index + 1, language)
            ):
                index += 1  # "Міністерство культури та інформаційної політики Республіки Литва"
                continue
            break
        if not _close(previous, token, text) and previous[_WORD] != ",":
            break
        lower = token[_LOWER]
        if index == head + 1 and lemma in _EPONYM_HEADS and not _named_before(tokens, head):
            eponym = _eponym_end(tokens, index, language, lemma)
            if eponym > index:
                last_good = eponym  # "Блоку Петра Порошенка", "Фонду Ріната Ахметова"
                break
        if (
            lemma in _CAUSE_HEADS
            and lower in _DEFENCE
            and index + 1 < len(tokens)
            and tokens[index + 1][_LOWER] == _DEFENCE[lower]
        ):
            index += 1  # "Движение в защиту Химкинского леса": a cause in the genitive
            lower = "против"
        if lower in _CAUSE_CASES and lemma in _CAUSE_HEADS:
            cause = _cause_end(tokens, index + 1, language, _CAUSE_CASES[lower])
            while cause > index + 1:
                last_good = index = cause  # "Партії ветеранів за чесні вибори"
                if index >= len(tokens) or tokens[index][_LOWER] not in _CAUSE_CASES:
                    break
                # "фронта за демократию против диктатуры": a second cause
                cause = _cause_end(tokens, index + 1, language, _CAUSE_CASES[tokens[index][_LOWER]])
            break
        if len(token[_WORD]) == 1 and token[_CAPITALISED]:
            named = _initials_end(tokens, index, language) if lemma in _NAMESAKE_HEADS else index
            if named > index:
                last_good = named  # "музею О. П. Вербицького"
                break
            if (
                index + 1 < len(tokens)
                and tokens[index + 1][_WORD] == "."
                and not _city_abbreviation(tokens, index, language, "gent")
            ):
                break  # initials without a surname: not a word of the name
        city = _city_named(tokens, index, language, "gent")
        if city:
            index += city  # "Печерського районного суду м. Києва", "прокуратури міста Києва"
            last_good = index
            proper_chain = False
            continue
        named = _named_after(tokens, index, language)
        if named > index:
            index = last_good = named  # "університету імені Тараса Шевченка"
            proper_chain = False
            continue
        if lower in _PREPOSITION_CASES and not token[_CAPITALISED] and index + 1 < len(tokens):
            following = tokens[index + 1]
            wanted = _PREPOSITION_CASES[lower]
            if lower in {"в", "у", "во"}:
                city = _city_named(tokens, index + 1, language, "loct")
                if city:
                    index = last_good = index + 1 + city  # "ГУ ДФС у м. Києві", "у місті Києві"
                    # "ГУ СБУ в м. Києві та Київській області": one office of both
                    last_good = _and_region(tokens, index, language, "loct") or last_good
                    break
                if following[_LOWER] == "справах" and remit:
                    wanted = "loct"
                elif not following[_CAPITALISED]:
                    break
                else:
                    commas = False
                    placed = True
            elif lower == "по" and following[_LOWER] in _ADVERBIAL_PO:
                break  # "по инициативе президента": why, not which body
            elif lower == "по" and (unit := _unit_named(tokens, index + 1, language)):
                last_good = index + 1 + unit  # "УВД по г. Владивостоку", "по району Отрадное"
                break
            elif lower == "при":
                if not _attached_to(following, language):
                    break  # "РДА при підписанні угод": when, not which body
                attached = True
            elif lower in {"з", "із", "зі"}:
                if not remit or not (
                    following[_LOWER] in {"питань", "питання", "виробництва"}
                    or (not previous[_ACRONYM] and _is_remit_genitive(following, language))
                ):
                    break
            else:
                commas = False
            if not _is_tail_word(following, language, wanted) and not following[_ACRONYM]:
                break
            case = governed = wanted
            proper_chain = False
            index += 1
            continue
        if (
            token[_CAPITALISED]
            and not proper_chain
            and _head_kind(token, language) is not None
            and not (token[_WORD] in _ACRONYM_HEADS and governed is not None and last_good < index)
            and not _parent_body(tokens, head, index, language, governed=governed)
        ):
            break  # another body; but "при Львівській ОДА" ends the name it is attached to
        if _person_starts(tokens, index, language) or lower in _QUANTITIES:
            break  # "голова РДА Олена Коваль": the holder of a post; "низки заходів"
        if previous[_ACRONYM] and _person_starts(tokens, index, language, any_case=True):
            break  # "заступника управління ГПУ Володимира Шапакіна": the holder, any case
        if (
            attached
            and token[_ACRONYM]
            and previous[_CAPITALISED]
            and not previous[_ACRONYM]
            and not _is_agreeing(previous, language)
            and token[_WORD] not in _COUNTRIES  # "при Президенте РФ по развитию ..."
        ):
            break  # "комиссии при Роскомнадзоре РБК рассказал": the body after it is another
        if placed and (
            token[_ACRONYM]
            or (token[_CAPITALISED] and _single_word_kinds(token[_LOWER], language)[0] is not None)
        ):
            break  # a new body after a place: "ДПІ у Деснянському районі ГУ ДФС", "Нацполіції"
        if (
            closed
            and case == "gent"
            and last_good == index  # not the noun of "Черкаської області"
            and not token[_CAPITALISED]
            and not _before_proper(tokens, index)
        ):
            break  # "Конституционного суда комплекса зданий": a court takes no common genitive
        if index == head + 1 and lower in _AFFAIRS and remit:
            index = last_good = index + 1  # "Державне управління справами"
            continue
        if token[_ACRONYM] and previous[_LOWER] in _REMIT_NOUNS and remit:
            index = last_good = index + 1  # "з питань ВПО": any abbreviation names a remit
            continue
        if (
            not token[_CAPITALISED]
            and index == last_good
            and index > head + 1
            and _is_country_word(previous, language)
        ):
            break  # "Національного банку України того ж дня": a country closes the name
        if (
            lower in _TIME_NOUNS
            and not token[_CAPITALISED]
            and not previous[_CAPITALISED]
            and _is_adjective(previous[_LOWER], language)
        ):
            break  # "... майбутнього минулого тижня": when, not which body
        if (
            not token[_CAPITALISED]
            and index == last_good
            and index > head + 1
            and previous[_CAPITALISED]
            and not previous[_ACRONYM]
            and not _is_agreeing(previous, language)
            and governed is None  # "комісія з розробки Концепції вшанування пам’яті"
            and _head_kind(previous, language) is None  # "Фонду соцстрахування"
            and not _is_agreeing(token, language)  # "Страны восходящего солнца"
        ):
            break  # "Красного Креста прибыли": a proper noun's genitive closes the name
        if _proper_pair(tokens, index, language, case):
            index = last_good = index + 2  # "Червоного Хреста": an adjective, not a surname
            continue
        if (
            previous[_LOWER] in _MANAGING
            and index == last_good
            and index > head + 1
            and not token[_CAPITALISED]
            and _is_tail_word(token, language, "ablt")
        ):
            index = last_good = index + 1  # "з управління майном", "управления полётом"
            case = "gent"
            continue
        if _is_tail_word(token, language, case):
            index += 1
            if not token[_CAPITALISED]:
                proper_chain = False
            if token[_ACRONYM] or not _is_adjective_in(token[_LOWER], language, case):
                last_good = index
                case = "gent"
            continue
        if (
            token[_CAPITALISED]
            and previous[_LOWER].startswith(("республік", "республик"))
            and last_good == index
        ):
            last_good = index + 1
            break  # "Республіки Литва": the country's name in the nominative ends it
        break
    return last_good


# Nouns of managing, which take what they manage in the instrumental.
_MANAGING = frozenset({"управління", "управления", "керування"})


def _parent_body(
    tokens: list[_Token], head: int, index: int, language: str, *, governed: str | None
) -> bool:
    """Whether the capitalised head at ``index`` names the body the name belongs to.

    "Палати представників Конгресу США": a capitalised name goes on into the genitive of
    the body it is a part of, right after a common genitive of its own; after a
    preposition ("з питань освіти Верховної Ради") the body is another.
    """
    previous = tokens[index - 1]
    return (
        governed is None
        and tokens[head][_CAPITALISED]
        and not previous[_CAPITALISED]
        and _has(previous, language, "gent")
        and _has(tokens[index], language, "gent")
    )


def _proper_pair(tokens: list[_Token], index: int, language: str, case: str) -> bool:
    """Whether two capitalised words are an adjective and its noun.

    The first may read as a surname too: "Комітету Червоного Хреста".
    """
    if index + 1 >= len(tokens):
        return False
    token, noun = tokens[index], tokens[index + 1]
    return (
        token[_CAPITALISED]
        and noun[_CAPITALISED]
        and not token[_ACRONYM]
        and not noun[_ACRONYM]
        and noun[_JOINED]
        and not _is_tail_word(token, language, case)
        and _is_tail_word(noun, language, case)
        and _is_adjective_in(token[_LOWER], language, case)
        and _agrees(token[_LOWER], noun[_LOWER], language)
    )


# Heads named after a person: "Блок Юлії Тимошенко", "Фонд Ріната Ахметова".
_EPONYM_HEADS = frozenset({"блок", "фонд", "партія", "партия", "центр", "інститут", "институт"})
# Heads of parties and movements named for a cause: "Партия ветеранов за честные выборы".
_CAUSE_HEADS = frozenset(
    {
        *("партія", "партия", "рух", "движение", "союз", "спілка", "блок", "об’єднання"),
        *("объединение", "фронт", "комітет", "комитет"),
    }
)
# "в защиту", "на захист": a cause in the genitive after them.
_DEFENCE = {"в": "защиту", "на": "захист"}
# What a time phrase after a body counts, not what it stands for: "комитет за неделю".
_TIME_LEMMAS = frozenset(
    {
        *("рік", "тиждень", "місяць", "день", "квартал", "півріччя", "століття", "сезон"),
        *("год", "неделя", "месяц", "полугодие", "век", "час", "година", "хвилина", "минута"),
    }
)
# Heads whose name may join a second body in the genitive: "...справ та адміністрації".
_COORDINATED_HEADS = frozenset({"міністерство", "министерство"})
# The prepositions of a cause, with the case they ask: "за чесні вибори", "против
# нелегальной иммиграции".
_CAUSE_CASES = {"за": "accs", "против": "gent", "проти": "gent"}
_MAX_CAUSE_WORDS = 4


_GROUP_HEADS = frozenset({"група", "группа"})
_WORKING = ("робоч", "рабоч")
_INTERAGENCY = ("міжвідомч", "межведомствен", "спеціальн", "специальн", "постійн", "постоянн")


def _parent_at(tokens: list[_Token], head: int, end: int) -> int | None:
    """Where "при" and the capitalised body a name is attached to begin, if anywhere.

    "Общественный совет при УВД Приморского края" names two bodies: the council and,
    after "при", the one it works at.
    """
    for index in range(head + 1, end - 1):
        if tokens[index][_LOWER] == "при" and tokens[index + 1][_CAPITALISED]:
            return index
    return None


def _working_group_start(tokens: list[_Token], head: int, end: int, language: str) -> int | None:
    """Where "(міжвідомча) робоча група" with its remit after it begins, or None.

    A working group is named by what it works on: "робоча група з питань реформи",
    "рабочая группа по модернизации моногородов".
    """
    if (
        head == 0
        or end < head + 3
        or tokens[head + 1][_LOWER] not in {"з", "із", "по"}
        or _head_lemma(tokens[head][_LOWER], language) not in _GROUP_HEADS
        or not tokens[head - 1][_LOWER].startswith(_WORKING)
        or not tokens[head][_JOINED]
    ):
        return None
    start = head - 1
    if (
        start
        and tokens[start][_JOINED]
        and tokens[start - 1][_IS_WORD]
        and (
            tokens[start - 1][_LOWER].startswith(_INTERAGENCY)
            or tokens[start - 1][_LOWER].partition("-")[0].endswith(_JOINT)
        )
    ):
        start -= 1  # "міжвідомча робоча група", "российско-американская рабочая группа"
    return start


# The first half of an adjective of two nations: "українсько-польська", "российско-".
_JOINT = ("ско", "цко", "сько", "цько")


# Genitives after "з" that say when, why or on whose part: "з серпня", "з боку".
_NOT_REMITS = frozenset(
    {
        *("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня"),
        *("вересня", "жовтня", "листопада", "грудня", "року", "дня", "тижня", "місяця"),
        *("початку", "кінця", "часу", "моменту", "боку", "числа", "приводу", "нагоди"),
        *("огляду", "понеділка", "вівторка", "середи", "четверга", "п’ятниці", "суботи"),
        *("неділі", "ранку", "вечора", "метою", "допомогою", "міста", "села", "області"),
    }
)


# Documents a body issues: a number after the body's name is the document's.
_DOCUMENTS = (
    *("постанов", "наказ", "розпорядж", "рішен", "указ", "лист", "ухвал"),
    *("приказ", "распоряж", "решени", "письм", "протокол"),
)


def _is_post(token: _Token, language: str) -> bool:
    return token[_IS_WORD] and _is_post_word(token[_LOWER], language)


@lru_cache(maxsize=20_000)
def _is_post_word(lower: str, language: str) -> bool:
    return any(
        "NOUN" in p.tag.grammemes and p.normal_form in _POSTS for p in parse(lower, language)
    )


def _begins_a_person(tokens: list[_Token], index: int, language: str) -> bool:
    """Whether a post, or a former one, starts at ``index``: "колишнього керівника району".

    After a comma or "та" such words describe a person, not another part of a remit.
    """
    token = tokens[index]
    if token[_LOWER].startswith(("колишн", "бывш", "екс-", "экс-")):
        return True
    return _is_post(token, language)


def _numbered_end(text: str, tokens: list[_Token], start: int, end: int) -> int:
    """The end of a name with its number ("гімназії № 5"), not a document's number.

    "наказом Міністерства освіти № 512": the order has the number, not the ministry.
    """
    if start and tokens[start - 1][_LOWER].startswith(_DOCUMENTS):
        return end
    return _number_end(text, end)


def _attached_to(token: _Token, language: str) -> bool:
    """Whether a word after "при" names the body or post a body is attached to.

    "Рада при Президентові", "при обласній раді", "при губернаторе"; not an action:
    "при підписанні угод".
    """
    return (
        token[_CAPITALISED]
        or _is_adjective(token[_LOWER], language)
        or _head_kind(token, language) is not None
        or any(p.normal_form in _POSTS for p in parse(token[_LOWER], language))
    )


# Periods in the genitive: "минулого тижня", "прошлого года" end a name before them.
_TIME_NOUNS = frozenset(
    {
        *("року", "тижня", "місяця", "дня", "кварталу", "півріччя", "століття", "сезону"),
        *("года", "недели", "месяца", "квартала", "полугодия", "века", "сезона"),
    }
)


def _is_remit_genitive(token: _Token, language: str) -> bool:
    """Whether a lower-case word after "з" says what a body deals with ("з розробки")."""
    return (
        not token[_CAPITALISED]
        and token[_LOWER] not in _NOT_REMITS
        and _is_tail_word(token, language, "gent")
        and not any(
            "ablt" in p.tag.grammemes
            or ("anim" in p.tag.grammemes and not _NAME_TAGS & p.tag.grammemes)
            for p in parse(token[_LOWER], language)
        )
    )


def _named_before(tokens: list[_Token], head: int) -> bool:
    """Whether a capitalised word inside a sentence names the body before its head."""
    before = tokens[head - 1] if head else None
    return (
        before is not None
        and tokens[head][_JOINED]
        and before[_CAPITALISED]
        and not before[_INITIAL]
        and not before[_ACRONYM]
    )


def _eponym_end(tokens: list[_Token], index: int, language: str, lemma: str) -> int:
    """The index after a person's name in the genitive at ``index``, or ``index``.

    A given name and the capitalised word after it ("Петра Порошенка"); after "блок" a
    surname alone too ("Блок Порошенка").
    """
    token = tokens[index]
    if not token[_CAPITALISED] or token[_ACRONYM] or not token[_JOINED]:
        return index
    readings = [p.tag.grammemes for p in parse(token[_LOWER], language)]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (
        any({"Name", "gent"} <= g and "plur" not in g for g in readings)
        and following is not None
        and following[_JOINED]
        and following[_CAPITALISED]
        and not following[_ACRONYM]
        and _head_kind(following, language) is None
    ):
        return index + 2
    if lemma == "блок" and any({"Surn", "gent"} <= g for g in readings):
        return index + 1
    return index


def _cause_end(tokens: list[_Token], index: int, language: str, case: str) -> int:
    """The index after a noun phrase in ``case`` ("соціальну справедливість") at ``index``.

    The noun may take a noun phrase in the genitive of its own ("свободи слова", "прав
    человека").
    """
    end = _noun_phrase_end(tokens, index, language, case)
    if end == index:
        return index
    return _noun_phrase_end(tokens, end, language, "gent")


@lru_cache(maxsize=20_000)
def _is_function_word(lower: str, language: str) -> bool:
    """Whether a word reads as a preposition, conjunction or particle ("в", "и", "же").

    Narrower than ``_NOT_NOMINAL`` on purpose: an adjective read first as a verb
    ("чесну") still belongs to the cause.
    """
    return any({"PREP", "CONJ", "PRCL"} & p.tag.grammemes for p in parse(lower, language))


def _noun_phrase_end(tokens: list[_Token], index: int, language: str, case: str) -> int:
    """The index after lower-case adjectives and a noun in ``case`` at ``index``, or it."""
    end = index
    while end < len(tokens) and end - index < _MAX_CAUSE_WORDS and tokens[end][_JOINED]:
        token = tokens[end]
        if not token[_IS_WORD] or token[_ACRONYM] or _is_function_word(token[_LOWER], language):
            break
        if _is_adjective_in(token[_LOWER], language, case):
            end += 1  # "Химкинского леса": a place's adjective may be capitalised
            continue
        if token[_CAPITALISED]:
            break
        if _has(token, language, "NOUN", case) and not any(
            p.normal_form in _TIME_LEMMAS for p in parse(token[_LOWER], language)
        ):
            return end + 1
        break
    return index


def _coordinated_body(tokens: list[_Token], index: int, language: str) -> bool:
    """Whether a lower-case head in the genitive and a proper genitive start at ``index``."""
    if index + 1 >= len(tokens):
        return False
    noun, proper = tokens[index], tokens[index + 1]
    return (
        not noun[_CAPITALISED]
        and _head_kind(noun, language) is not None
        and _is_tail_word(noun, language, "gent")
        and proper[_JOINED]
        and proper[_CAPITALISED]
        and not proper[_ACRONYM]
        and _is_tail_word(proper, language, "gent")
    )


_REMIT_NOUNS = frozenset({"питань", "питання", "вопросам", "вопросов"})
# Nouns of quantity, the object of a verb, never a body's complement: "... низки заходів".
_QUANTITIES = frozenset(
    {
        *("низки", "низку", "ряду", "кількості", "більшості", "половини"),
        *("ряда", "количества", "большинства", "половины", "множества"),
    }
)
# Nouns after "по" that make an adverbial, not a remit: "по поручению", "по итогам".
_ADVERBIAL_PO = frozenset(
    {
        *("инициативе", "поручению", "подозрению", "итогам", "словам", "данным", "мнению"),
        *("оценке", "оценкам", "приглашению", "просьбе", "заказу", "решению", "требованию"),
        *("результатам", "случаю", "причине", "сравнению", "сообщению", "сообщениям"),
        *("информации", "факту", "фактам", "статье", "статьям", "обвинению", "адресу"),
        *("телефону", "состоянию", "согласованию", "указу", "указанию", "распоряжению"),
        *("предложению", "поводу", "приказу", "всей", "всему", "всем", "мере", "ініціативі"),
    }
)
# Adjectives of local councils: "обласна рада", "міська рада", "городской совет".
_LOCAL = (
    *("обласн", "міськ", "районн", "сільськ", "селищн", "областн", "городск", "районн"),
    *("сельск", "поселков"),
)
# Heads whose names take no common genitive after them, only a proper one ("суду міста
# Києва", "Думы Ставропольского края"): courts and parliaments.
_CLOSED_HEADS = frozenset(
    {
        *("суд", "госпсуд", "райсуд", "адмінсуд", "міськрайсуд", "дума", "сенат", "парламент"),
        *("бундестаг", "сейм", "кнессет", "кнесет"),
    }
)


def _before_proper(tokens: list[_Token], index: int) -> bool:
    """Whether the token after ``index`` is capitalised ("міста" before "Києва")."""
    return index + 1 < len(tokens) and tokens[index + 1][_CAPITALISED]


# "управління справами", "управление делами": the instrumental that names an office.
_AFFAIRS = frozenset({"справами", "делами"})
_NAMED_AFTER = frozenset({"імені", "ім", "имени", "им"})
# Heads that may take a person's initials and surname without "імені": "музей О. П. Вербицького".
_NAMESAKE_HEADS = frozenset(
    {
        *("академія", "академия", "бібліотека", "библиотека", "гімназія", "гимназия"),
        *("коледж", "колледж", "ліцей", "лицей", "музей", "театр", "технікум"),
        *("університет", "университет", "інститут", "институт", "школа"),
    }
)
_MAX_NAMESAKE_WORDS = 4


def _named_after(tokens: list[_Token], index: int, language: str) -> int:
    """The index after "імені Тараса Шевченка" / "ім. О. О. Потебні" starting at ``index``."""
    if tokens[index][_LOWER] not in _NAMED_AFTER:
        return index
    end = index + 1
    if end < len(tokens) and tokens[end][_WORD] == "." and tokens[index][_LOWER] in {"ім", "им"}:
        end += 1
    words = 0
    while end < len(tokens) and words < _MAX_NAMESAKE_WORDS:
        token = tokens[end]
        if not (
            token[_JOINED] and token[_IS_WORD] and token[_CAPITALISED] and not token[_ACRONYM]
        ) or _person_starts(tokens, end, language):
            break
        words += 1
        end += 1
        if end < len(tokens) and tokens[end][_WORD] == "." and len(token[_WORD]) == 1:
            end += 1  # an initial: "О."
        if (
            end + 1 < len(tokens)
            and tokens[end][_LOWER] in _CONJUNCTIONS
            and tokens[end + 1][_CAPITALISED]
            and _names_person_in_genitive(tokens[end + 1], language)
        ):
            end += 1  # "імені Кирила і Мефодія", "имени Станиславского и Немировича-Данченко"
    return end if words else index


def _names_person_in_genitive(token: _Token, language: str) -> bool:
    """Whether a word is a given name or a surname in the genitive ("Мефодія")."""
    first = token[_LOWER].split("-")[0]
    return any(
        _NAME_TAGS & p.tag.grammemes and "gent" in p.tag.grammemes for p in parse(first, language)
    )


@lru_cache(maxsize=20_000)
def _country_word(lower: str, language: str) -> bool:
    return any(
        "gent" in p.tag.grammemes and p.normal_form in gazetteer.country_names()
        for p in parse(lower, language)
    )


def _is_country_word(token: _Token, language: str) -> bool:
    """Whether a word is a country's name in the genitive ("України", "России")."""
    return token[_CAPITALISED] and not token[_ACRONYM] and _country_word(token[_LOWER], language)


def _initials_end(tokens: list[_Token], index: int, language: str) -> int:
    """The index after initials and a surname ("О. П. Вербицького") starting at ``index``."""
    end = index
    while (
        end + 2 < len(tokens)
        and end - index < 2 * _MAX_NAMESAKE_WORDS
        and len(tokens[end][_WORD]) == 1
        and tokens[end][_CAPITALISED]
        and tokens[end + 1][_WORD] == "."
    ):
        end += 2
    if end == index or end >= len(tokens):
        return index
    surname = tokens[end]
    if (
        not surname[_CAPITALISED]
        or surname[_ACRONYM]
        or len(surname[_WORD]) < 2  # noqa: PLR2004
        or not _is_namesake(surname[_LOWER], language)
    ):
        return index
    return end + 1


@lru_cache(maxsize=20_000)
def _is_namesake(lower: str, language: str) -> bool:
    """Whether a surname is in the genitive only ("Вербицького", not "Руденко").

    A surname that may be nominative after a body names the holder of a post there.
    """
    readings = [p.tag.grammemes for p in parse(lower, language)]
    surnames = [g for g in readings if "Surn" in g]
    if any("nomn" in g for g in surnames):
        return False
    return any("gent" in g for g in surnames or readings)


def _person_starts(
    tokens: list[_Token], index: int, language: str, *, any_case: bool = False
) -> bool:
    """Whether a given name in the nominative and a capitalised word start at ``index``.

    A name's tail is in the genitive; "Олена Коваль" after it names the person who holds
    a post there ("директор Центру розвитку громад Олена Коваль"). An abbreviated name
    is whole, so after one a person in any case (``any_case``) holds a post there: "ГПУ
    Володимира Шапакіна", though "Володимира" is also the genitive of a city.
    """
    token = tokens[index]
    if (
        not token[_CAPITALISED]
        or token[_ACRONYM]
        or index + 1 >= len(tokens)
        or not tokens[index + 1][_JOINED]
        or not tokens[index + 1][_CAPITALISED]
        or tokens[index + 1][_ACRONYM]
    ):
        return False
    if any_case:
        return any("Name" in p.tag.grammemes for p in parse(token[_LOWER], language))
    return _is_given_name_nominative(token[_LOWER], language)


@lru_cache(maxsize=20_000)
def _is_given_name_nominative(lower: str, language: str) -> bool:
    names = [p.tag.grammemes for p in parse(lower, language) if "Name" in p.tag.grammemes]
    return any("nomn" in g for g in names) and not any(
        "gent" in g and "plur" not in g for g in names
    )


def _city_abbreviation(tokens: list[_Token], index: int, language: str, case: str) -> bool:
    """Whether "м. Києва" / "г. Москвы" (a city in ``case``) starts at ``index``."""
    if tokens[index][_LOWER] not in {"м", "г"} or index + 2 >= len(tokens):
        return False
    dot, city = tokens[index + 1], tokens[index + 2]
    return (
        dot[_WORD] == "."
        and dot[_JOINED]
        and city[_JOINED]
        and city[_CAPITALISED]
        and _is_tail_word(city, language, case)
    )


_CITY_WORDS = frozenset({"місто", "міста", "місті", "город", "города", "городе"})


def _city_named(tokens: list[_Token], index: int, language: str, case: str) -> int:
    """How many tokens "м. Києва", "міста Києва" or "у місті Києві" (in ``case``) take up.

    0 when no city is named so at ``index``. After "м." a city's name may stand in the
    nominative as official style writes it ("райсуд м. Дніпро").
    """
    if _city_abbreviation(tokens, index, language, case):
        return 3
    if index + 2 < len(tokens) and tokens[index][_LOWER] in {"м", "г"}:
        dot, city = tokens[index + 1], tokens[index + 2]
        if dot[_WORD] == "." and city[_JOINED] and _names_city(city[_WORD]):
            return 3
    if index + 1 >= len(tokens) or tokens[index][_WORD] not in _CITY_WORDS:
        return 0
    city = tokens[index + 1]
    if (
        city[_JOINED]
        and city[_CAPITALISED]
        and not city[_ACRONYM]
        and _is_tail_word(tokens[index], language, case)
        and _is_tail_word(city, language, case)
    ):
        return 2
    return 0


def _names_city(word: str) -> bool:
    """Whether ``word`` as written is the nominative name of a city of the codifier."""
    return word[:1].isupper() and any(
        unit.category == "M" for unit in gazetteer.units_by_name().get(word.lower(), ())
    )


_REMIT_HEADS = frozenset(
    {
        "комітет",
        "комісія",
        "агентство",
        "агенція",
        "служба",
        "управління",
        "департамент",
        "рада",
        "міністерство",
        "відділ",
        "центр",
        "фабрика",
        "комитет",
        "комиссия",
        "совет",
        "управление",
        "министерство",
        "уповноважений",
        "група",
        "группа",
        "інститут",  # "Український інститут з прав людини"
        "институт",
    }
)


def _remit_head(token: _Token, language: str) -> bool:
    return any(p.normal_form in _REMIT_HEADS for p in parse(token[_LOWER], language))


def _render(tokens: Sequence[_Token], words: Sequence[str]) -> str:
    parts: list[str] = []
    for index, (token, word) in enumerate(zip(tokens, words, strict=True)):
        if (
            index
            and token[_WORD] not in {",", ")", "»", "."}
            and tokens[index - 1][_WORD] not in {"(", "«"}
        ):
            parts.append(" ")
        parts.append(word)
    return "".join(parts)


def _nominative(tokens: Sequence[_Token], language: str) -> str:
    words = [t[_WORD] for t in tokens]
    if _reads_nominative(tuple(t[_LOWER] for t in tokens), language):
        return _render(tokens, words)  # "Кіровський райсуд": nothing to change
    head_index = next((i for i, t in enumerate(tokens) if t[_WORD] in _ACRONYM_HEADS), None)
    if head_index is not None and all(
        _is_agreeing(t, language) for t in tokens[:head_index]
    ):  # "Калуської РДА", not "фінансового управління Калуської РДА"
        new = list(words)
        for i in range(head_index):
            new[i] = _inflect_feminine(words[i], language)
        return _render(tokens, new)
    return _render(tokens, to_nominative(words, language, heads=_HEAD_LEMMAS))


_HEAD_LEMMAS = frozenset(_HEADS)


@lru_cache(maxsize=20_000)
def _reads_nominative(words: tuple[str, ...], language: str) -> bool:
    """Whether adjectives and the noun after them already agree in the nominative.

    The words are kept as written then: the dictionary may not know the noun's gender
    ("Кіровський райсуд") or give an adjective's lemma no case.
    """
    head = next(
        (
            i
            for i, w in enumerate(words)
            if not _is_adjective(w, language) or _head_lemma(w, language) in _HEADS
        ),
        0,
    )  # "Раді Європи": the council, not the adjective "радий"
    if head == 0:
        return False
    nouns = {
        _slots(p.tag.grammemes)[1:]
        for p in parse(words[head], language)
        if "NOUN" in p.tag.grammemes and "nomn" in p.tag.grammemes
    }
    return bool(nouns) and all(
        any(
            {"ADJF", "PRTF"} & p.tag.grammemes
            and _slots(p.tag.grammemes)[0] in {"nomn", ""}
            and _slots(p.tag.grammemes)[1:] in nouns
            for p in parse(word, language)
        )
        for word in words[:head]
    )


def _inflect_feminine(word: str, language: str) -> str:
    for candidate in parse(word.lower(), language):
        if "ADJF" in candidate.tag.grammemes:
            inflected = candidate.inflect(
                {"nomn", "femn"} if language == "uk" else {"nomn", "femn", "sing"}
            )
            if inflected is not None:
                return match_case(inflected.word, word)
    return word


def _kind_of(name: str, acronym: str | None, kind: OrganizationKind) -> OrganizationKind:
    lower = name.lower()
    if (acronym and acronym in _INTERNATIONAL) or name in _INTERNATIONAL:
        return _K.INTERNATIONAL
    if any(word in lower for word in _INTERNATIONAL_WORDS) and kind in {
        _K.STATE_BODY,
        _K.NGO,
        _K.OTHER,
        _K.COUNCIL,  # "Рада Європи"
    }:
        return _K.INTERNATIONAL
    words = lower.split()
    if (
        kind is _K.NGO
        and any(word.startswith(_STATE_FUNDS) for word in words)
        and not any(word.startswith(_CHARITIES) for word in words)
    ):
        return _K.STATE_BODY  # "Фонд держмайна", "Пенсійний фонд України"
    return kind


# Words of a fund's name that make it the state's.
_STATE_FUNDS = ("держ", "державн", "государствен", "пенсійн", "пенсионн", "соціальн", "социальн")
# Words that make a fund a charity's or a citizens', whatever its remit.
_CHARITIES = ("благодійн", "благотворительн", "громадськ", "общественн", "приватн", "частн")


def _initials(name: str) -> str:
    return "".join(
        word[0].upper()
        for word in re.split(r"[\s,()«»\"-]+", name)
        if word and word[0].isalpha() and word.lower() not in _FUNCTION_WORDS
    )


_FUNCTION_WORDS = frozenset({"з", "та", "і", "у", "в", "при", "по", "и"})
_EXPANSIONS = {
    "облрада": "обласна рада",
    "облради": "обласна рада",
    "облдержадміністрація": "обласна державна адміністрація",
    "райдержадміністрація": "районна державна адміністрація",
    "міськрада": "міська рада",
    "райрада": "районна рада",
    "ода": "обласна державна адміністрація",
    "ова": "обласна військова адміністрація",
    "рда": "районна державна адміністрація",
    "рва": "районна військова адміністрація",
    "облсовет": "областной совет",
    "горсовет": "городской совет",
    "сільрада": "сільська рада",
    "сільради": "сільська рада",
    "міськради": "міська рада",
    "міськдержадміністрація": "міська державна адміністрація",
}


def _canonical(name: str) -> str:
    """The key two spellings of one organisation share ("облрада" = "обласна рада")."""
    words = name.casefold().replace("«", '"').replace("»", '"').replace("'", "’").split()
    return " ".join(
        _EXPANSIONS.get(word, word) if index else word for index, word in enumerate(words)
    )


_PLACE_PREPOSITIONS = frozenset({"у", "в", "во", "при", "ім.", "им.", "імені", "имени"})
_CITY_MARKS = frozenset({"м.", "г."})
_REMIT_WORDS = frozenset({"питань", "питання", "вопросам", "вопросов", "справах", "делам"})


def _extends(rest: Sequence[str]) -> bool:
    """Whether the words after a shorter name make it one body's fuller name.

    A proper genitive or a place does ("... України", "... в Одеській області"); a common
    word, a legal form or a quoted name may be a name read too far, which stays apart.
    """
    first = rest[0].casefold()
    if first in _CITY_MARKS or first in _PLACE_PREPOSITIONS:
        following = rest[1] if len(rest) > 1 else ""
        return following[:1].isupper() or following in _CITY_MARKS or following in _REMIT_WORDS
    if first in {"з", "із", "по"}:
        return len(rest) > 1 and rest[1] in _REMIT_WORDS  # "... з питань ВПО"
    if " ".join(rest[:2]).casefold() in _OF_DEPUTIES:
        return True  # "міська рада народних депутатів": a council's full name
    return rest[0][:1].isupper() and rest[0] not in _LEGAL_FORMS


_OF_DEPUTIES = frozenset({"народних депутатів", "народных депутатов"})


# The fewest words a name cut short keeps to be taken for a longer one ("Верховна Рада").
_MIN_SHORT_WORDS = 2
_MAX_SHORT_WORDS = 12


@attrs.define
class _Record:
    name: str
    acronym: str | None
    kind: OrganizationKind
    spans: dict[Span, None] = attrs.Factory(dict)


class _Collector:
    """Organisations found so far, one record per canonical name, with their mentions."""

    def __init__(self, size: int) -> None:
        self.records: dict[str, _Record] = {}
        self.order: list[str] = []
        self.acronyms: dict[str, str] = {}
        self.heads: dict[str, str] = {}  # head lemma -> the body last named with it
        self.covered = bytearray(size)
        self.starts: dict[int, list[str]] = {}  # where mentions start -> their records
        self.titles: frozenset[int] = frozenset()  # where quoted programme titles begin
        self.merged: dict[str, str] = {}  # a record taken into another -> that one
        self.generic: list[tuple[Span, str]] = []  # "облради", "ОДА" alone -> what they stand for
        self.programme_acronyms: set[str] = set()  # "(EUACI)" after a programme's name

    def add(self, name: str, kind: OrganizationKind, span: Span, acronym: str | None = None) -> str:
        key = _canonical(name)
        key = self.acronyms.get(key, key)
        key = self.merged.get(key, key)
        if key not in self.records:
            self.records[key] = _Record(name=name, acronym=acronym, kind=kind)
            self.order.append(key)
        record = self.records[key]
        if len(name) > len(record.name) and _canonical(record.name) == key:
            record.name = name  # the full form over the abbreviated one
        if acronym and not record.acronym:
            record.acronym = acronym
        if acronym:
            self.acronyms.setdefault(acronym.casefold(), key)
        record.spans[span] = None
        self.covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        self.starts.setdefault(span.start, []).append(key)
        return key

    def name_alone(self, name: str, key: str) -> None:
        """Let ``name`` alone, before or after, stand for the record ``key`` that holds it."""
        short = _canonical(name)
        if short != key and short in self.records and short not in self.merged:
            self._merge(short, key)
        self.acronyms.setdefault(short, key)

    def absorb(self, key: str, span: Span) -> None:
        """Take into ``key`` the records named only inside its mention ``span``.

        "ТОВ «Будівельна група Профбуд»" holds a phrase found on its own before the
        quoted name was read ("Будівельна група"): a part of the name, not another body.
        """
        for start in range(span.start, span.end):
            for other in self.starts.get(start, ()):
                if other != key and other not in self.merged:
                    spans = self.records[other].spans
                    if all(span.start <= s.start and s.end <= span.end for s in spans):
                        self._merge(other, key)

    def _merge(self, key: str, into: str) -> None:
        """Move the mentions of ``key`` to ``into``; later mentions of ``key`` follow them."""
        self.records[into].spans.update(self.records[key].spans)
        self.records[key].spans.clear()
        self.merged[key] = into

    def _merge_shortened(self) -> None:
        """Take a name cut short into the one longer name it begins.

        "Державна служба зайнятості" after "Державна служба зайнятості України": the same
        body named again without its country. Two longer names leave it alone.
        """
        # A record's key is the canonical form of its name.
        names = {key: key for key in self.order if key not in self.merged}
        if len(names) < 2:  # noqa: PLR2004
            return
        beginnings = Counter(" ".join(name.split(maxsplit=2)[:2]) for name in names)
        longer: dict[str, list[tuple[str, bool]]] = {}
        for name, key in names.items():
            if beginnings[" ".join(name.split(maxsplit=2)[:2])] < 2:  # noqa: PLR2004
                continue  # no other name begins with the same two words
            written = self.records[key].name.split()
            for size in range(_MIN_SHORT_WORDS, min(len(written), _MAX_SHORT_WORDS)):
                prefix = _canonical(" ".join(written[:size]))
                if prefix in names and _extends(written[size:]):
                    placed = written[size].casefold() in {"у", "в", "во"}
                    longer.setdefault(prefix, []).append((key, placed))
        for prefix, keys in longer.items():
            short = names[prefix]
            if len(keys) == 1 and short not in self.merged:
                key, placed = keys[0]
                into = self.merged.get(key, key)
                if placed and len(self.records[short].spans) > len(self.records[into].spans):
                    # "Європейський Союз" named thrice, "Європейського Союзу в Україні" once:
                    # the place may belong to a project's title around the name.
                    self.records[into].name = self.records[short].name
                self._merge(short, into)

    def _merge_without_country(self) -> None:
        """Take a one-word name into the one name that adds a country to it.

        "Нафтогазу України" ... "Нафтогаз заплатив": one company, named once with its
        country and once without.
        """
        names = {key for key in self.order if key not in self.merged}
        singles = {key for key in names if " " not in key}
        if not singles:
            return
        longer: dict[str, list[str]] = {}
        for key in names:
            first, _, rest = key.partition(" ")
            if first in singles and rest and " " not in rest and _names_country(rest):
                longer.setdefault(first, []).append(key)
        for short, keys in longer.items():
            if len(keys) == 1:
                self._merge(short, keys[0])

    def _merge_clipped(self) -> None:
        """Take a clipped name into the one full name it clips.

        "Кабмін" is "Кабінет Міністрів", "Нацбанк" "Національний банк України": the clipped
        first word begins the first word of the full name, and the rest begins the second.
        Words after a clipped first word are the full name's after its second
        ("Держінспекція сільського господарства").
        """
        names = [key for key in self.order if key not in self.merged]
        clipped = [
            key
            for key in names
            if self.records[key].name.casefold().startswith(_CLIPS)
            and not self.records[key].name.casefold().startswith(_UNCLIPPED)  # "Державна …"
        ]
        if not clipped:
            return
        # (clip, the second word's first letters) -> (full name, its second word)
        spelled: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for key in names:
            words = self.records[key].name.casefold().split()
            if len(words) < 2:  # noqa: PLR2004
                continue
            for clip, stems in _CLIPPED_STEMS.items():
                if words[0].startswith(stems):
                    entry = (key, " ".join(words[1:]))
                    spelled.setdefault((clip, words[1][:_MIN_CLIPPED_REST]), []).append(entry)
        for key in clipped:
            name, _, tail = self.records[key].name.casefold().partition(" ")
            matches = {
                other
                for clip in _CLIPPED_STEMS
                if name.startswith(clip) and len(name) - len(clip) >= _MIN_CLIPPED_REST
                for other, rest in spelled.get((clip, name[len(clip) :][:_MIN_CLIPPED_REST]), ())
                if rest.startswith(name[len(clip) :][:_CLIPPED_STEM])
                and (not tail or rest.partition(" ")[2] == tail)
            }
            if len(matches) == 1:
                self._merge(key, matches.pop())

    def _merge_acronym_phrases(self) -> None:
        """Take an acronym with a complement into the full name with the same complement.

        "ОП Москвы" after "Общественная палата Москвы": the acronym gives the initials of
        the words before the complement both share.
        """
        names = [key for key in self.order if key not in self.merged]
        phrases = []
        for key in names:
            acronym, _, rest = self.records[key].name.partition(" ")
            if rest and len(acronym) >= 2 and _is_acronym(acronym):  # noqa: PLR2004
                phrases.append((key, acronym, _canonical(rest)))
        if not phrases:
            return
        spelled: dict[tuple[str, str], list[str]] = {}  # (initials, complement) -> names
        for key in names:
            words = self.records[key].name.split()
            for size in range(1, min(len(words), _MAX_INITIALS + 1)):
                complement = _canonical(" ".join(words[size:]))
                spelled.setdefault((_initials(" ".join(words[:size])), complement), []).append(key)
        for key, acronym, rest in phrases:
            matches = [other for other in spelled.get((acronym, rest), ()) if other != key]
            if len(matches) == 1:
                self._merge(key, matches[0])

    def is_covered(self, start: int, end: int) -> bool:
        return end > start and self.covered.find(0, start, end) == -1

    def link_bracketed(self, text: str, language: str) -> None:
        """Join an acronym to the name it is given with in brackets, in either order.

        "Програма розвитку ООН (ПРООН)" and "ПРООН (Програма розвитку ООН)": one body,
        with every other mention of the acronym.
        """
        starts: dict[int, tuple[str, int]] = {}  # an acronym's mention: start -> record, end
        ends: dict[int, str] = {}  # end -> record
        for key in self.order:
            name = self.records[key].name
            if key not in self.merged and " " not in name and _is_acronym(name):
                for span in self.records[key].spans:
                    starts.setdefault(span.start, (key, span.end))
                    ends.setdefault(span.end, key)
        if not starts:
            return
        acronyms = set(ends.values())
        for key in list(self.order):
            record = self.records[key]
            if key in self.merged or key in acronyms or record.acronym:
                continue
            for span in list(record.spans):
                acronym = _bracketed_acronym(text, span, record.name, starts, ends, language)
                if acronym is not None and self.merged.get(acronym, acronym) != key:
                    self._merge(acronym, key)
                    record.acronym = self.records[acronym].name
                    self.acronyms.setdefault(record.acronym.casefold(), key)
                    break

    def refer_generic(self, text: str) -> None:
        """Add a body named by its level alone ("облради", "ОДА") to the one body it names.

        "Житомирська обласна рада" ... "депутати облради": the text names one oblast council,
        so the short name is another mention of it. Two councils of that level, or none,
        leave the short name alone, unless it is the second of two posts one person holds
        (``_second_post_body``).
        """
        ends: dict[int, list[str]] | None = None  # where mentions end -> their records
        for span, generic in self.generic:
            if not self.is_covered(span.start, span.end):
                end = _first_post_end(text, span)
                if end is not None:
                    if ends is None:
                        ends = self._mention_ends()
                    self._second_post_body(ends.get(end, ()), span, generic)
        for span, generic in self.generic:
            if self.is_covered(span.start, span.end):
                continue
            suffix = " " + generic
            keys = {
                self.merged.get(key, key)
                for key in self.order
                # one place word before the level: "житомирська обласна рада", but not
                # "екологічна комісія миколаївської міська рада" (a body of the council)
                if key.endswith(suffix)
                and " " not in key[: -len(suffix)]
                and self.records[key].spans
            }
            if len(keys) == 1:
                record = self.records[keys.pop()]
                self.add(record.name, record.kind, span)

    def _second_post_body(self, keys: Iterable[str], span: Span, generic: str) -> None:
        """Name a body of a second post by the place of the first (one of ``keys``).

        "голова Луганської обласної державної адміністрації – керівник обласної
        військово-цивільної адміністрації": one person heads both, so the second body is
        the same oblast's, "Луганська обласна військово-цивільна адміністрація". The first
        body must end with the same head noun, or stand for one ("ОДА"), so its place
        adjective agrees.
        """
        for key in keys:
            record = self.records[key]
            place, _, rest = record.name.partition(" ")
            rest = _GENERIC_SHORT.get(rest.lower(), rest)  # "Житомирська ОДА"
            if (
                rest.split()[-1:] == generic.split()[-1:]
                and place[:1].isupper()
                and place.lower().endswith(_PLACE_ADJECTIVE_ENDINGS_FEMININE)
            ):
                self.add(f"{place} {generic}", record.kind, span)
                return

    def _mention_ends(self) -> dict[int, list[str]]:
        """Where the mentions of the records end -> those records."""
        ends: dict[int, list[str]] = {}
        for key in self.order:
            if key not in self.merged:
                for mention in self.records[key].spans:
                    ends.setdefault(mention.end, []).append(key)
        return ends

    def add_nested(self, text: str) -> None:
        """Add a body named inside another body's name, when the text names it alone too.

        "Служба прессы Конституционного суда" after "председатель Конституционного суда":
        the court's name inside the longer one is one more mention of the court. It must
        follow a word in small letters ("відділення АМКУ"), outside quotes: "Walt Disney"
        in "The Walt Disney Company" and "ЛГ" in "«Смілянське ЛГ»" are parts of a name.
        A surface that two bodies share is left alone.
        """
        by_first = self._surfaces_by_first_word(text)
        if not by_first:
            return
        for key in self.order:
            if key in self.merged:
                continue
            for span in list(self.records[key].spans):
                for start in _nested_starts(text, span):
                    for surface, owner in by_first.get(_first_word_at(text, start), ()):
                        end = start + len(surface)
                        if (
                            owner != key
                            and end <= span.end
                            and text[start:end].casefold() == surface
                            and not text[end : end + 1].isalnum()
                        ):
                            self.records[owner].spans[Span(start=start, end=end)] = None

    def _surfaces_by_first_word(self, text: str) -> dict[str, list[tuple[str, str]]]:
        """Each surface that names one record, casefolded, by its first word."""
        owners: dict[str, str | None] = {}
        for key in self.order:
            if key not in self.merged:
                for span in self.records[key].spans:
                    surface = text[span.start : span.end].casefold()
                    owners[surface] = key if owners.get(surface, key) == key else None
        by_first: dict[str, list[tuple[str, str]]] = {}
        for surface, owner in owners.items():
            first = _NESTED_WORD.match(surface)
            if owner is not None and first is not None:
                by_first.setdefault(first.group(), []).append((surface, owner))
        return by_first

    def result(self, text: str) -> tuple[Organization, ...]:
        for key in self.order:
            # "«Світанок»" named before "ГО «Світанок»": one body, under its longer name
            target = self.acronyms.get(self.records[key].name.casefold())
            target = self.merged.get(target, target) if target is not None else None
            if target is not None and target != key and key not in self.merged:
                self._merge(key, target)
        self._merge_shortened()
        self._merge_without_country()
        self._merge_clipped()
        self._merge_acronym_phrases()
        self.add_nested(text)
        self.order = [key for key in self.order if key not in self.merged]
        for key in self.order:
            _drop_inner_spans(self.records[key].spans)
        # In order of first mention, whichever finder found the body first.
        self.order.sort(key=lambda key: min((s.start for s in self.records[key].spans), default=0))
        return tuple(
            Organization(
                name=record.name,
                acronym=record.acronym,
                kind=_kind_of(record.name, record.acronym, record.kind),
                mentions=tuple(sorted(record.spans, key=lambda s: (s.start, s.end))),
            )
            for record in (self.records[key] for key in self.order)
        )


# How the first part of a clipped name is written in full ("Нацбанк": "Національний банк").
_CLIPPED_STEMS: dict[str, tuple[str, ...]] = {
    "нац": ("націон", "национ"),
    "держ": ("держав",),
    "гос": ("государ",),
    "ген": ("генерал",),
    "мін": ("міністерств",),
    "мин": ("министерств",),
    "євро": ("європ",),
    "евро": ("европ",),
    "каб": ("кабінет", "кабинет"),
    "сов": ("совет",),
    "рад": ("рада",),
}
_CLIPS = tuple(_CLIPPED_STEMS)
_UNCLIPPED = tuple(stem for stems in _CLIPPED_STEMS.values() for stem in stems)
_MIN_CLIPPED_REST = 3  # letters a clipped name has after its clipped first part
_CLIPPED_STEM = 4  # letters of the clipped rest the second word must begin with


def _drop_inner_spans(spans: dict[Span, None]) -> None:
    """Drop the mentions of a record that lie inside another of its mentions."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    end = -1
    for span in ordered:
        if span.end <= end:
            del spans[span]
        else:
            end = span.end


def _first_post_end(text: str, span: Span) -> int | None:
    """Where the first post's body ends, when a dash and a post word lead to ``span``.

    "голова Сумської ОДА – начальник обласної військової адміністрації": the end of
    "Сумської ОДА".
    """
    links = _SECOND_POST.finditer(text, max(0, span.start - _SECOND_POST_REACH), span.start)
    link = next((link for link in links if link.end() == span.start), None)
    if link is None:
        return None
    end = link.start()
    while end > 0 and text[end - 1] in " \t" and link.start() - end < 3:  # noqa: PLR2004
        end -= 1
    return end


def _nested_starts(text: str, span: Span) -> list[int]:
    """Where a body named inside a mention may begin: after a word in small letters."""
    starts = []
    previous = ""
    for word in _NESTED_WORD.finditer(text, span.start, span.end):
        before, previous = previous, word.group()
        if (
            before[:1].islower()
            and word.group()[0].isupper()
            and text[word.start() - 1] == " "
            and not _QUOTE_MARKS.intersection(text[span.start : word.start()])
        ):
            starts.append(word.start())
    return starts


def _first_word_at(text: str, start: int) -> str:
    """The casefolded word that begins at ``start``."""
    word = _NESTED_WORD.match(text, start)
    return word.group().casefold() if word is not None else ""


# Heads that, written in small letters, name a meeting: "собрание жильцов".
_MEETING_HEADS = ("собрани",)
_STATE = ("державн", "государственн", "національн", "национальн", "федеральн")
_LOWERCASE_KINDS = frozenset({_K.ADMINISTRATION, _K.COUNCIL, _K.STATE_BODY, _K.MINISTRY})


def _takes_lowercase(kind: OrganizationKind, language: str) -> bool:
    """Whether a body of ``kind`` may be named in lower case before a proper genitive.

    Russian names federations and unions so too ("шахматная федерация Израиля");
    Ukrainian writes such a name with a capital, and its lower-case phrases are parts of
    a body ("обласна організація Національної спілки художників").
    """
    return kind in _LOWERCASE_KINDS or (language == "ru" and kind is _K.NGO)


_SEATS = ("адміністративн", "административн")
_SEAT_LEVELS = ("обласн", "областн", "районн", "губернськ", "губернск", "краев", "крайов")
_TERRITORIES = (
    *("громад", "район", "област", "краю", "края", "округ", "регіон", "регион"),
    *("общин", "губерн", "республік", "республик"),
)


def _is_seat(phrase: Sequence[_Token], head: int) -> bool:
    """Whether "центр" names the seat of a territory, not a body.

    "адміністративний центр громади", "обласний центр Полтавщини"; but "Обласний центр
    зайнятості" is a body.
    """
    before = phrase[head - 1][_LOWER]
    if before.startswith(_SEATS):
        return True
    if not before.startswith(_SEAT_LEVELS):
        return False
    if head + 1 == len(phrase):
        return True
    following = phrase[head + 1]
    return following[_CAPITALISED] or following[_LOWER].startswith(_TERRITORIES)


# Adjectives that make a "фонд" a stock of money, land or housing, not a body.
_STOCKS = (
    *("статутн", "уставн", "житлов", "жилищн", "жилой", "жилого", "жилым", "жилом"),
    *("дорожн", "резервн", "земельн", "лісов", "лесн", "водн", "аварійн", "аварийн"),
    *("бібліотечн", "библиотечн", "музейн", "заповідн", "заповедн", "стабілізаційн"),
    *("стабилизационн", "нежитлов", "нежил"),
    *("загальн", "спеціальн", "пенсійних", "пенсионных"),  # parts of a budget; "фондів"
)
# The Ukrainian word for a government, a common noun unless capitalised inside a sentence:
# "уряд Канади" is not a name, "Урядом Республіки Литва" is.
_COMMON_GOVERNMENTS = frozenset({"уряд", "уряду", "урядом", "уряді", "урядові"})


def _is_common_phrase(phrase: Sequence[_Token], head: int) -> bool:
    """Whether a phrase with a body's head noun names something else or no one body."""
    first = phrase[0]
    if head and phrase[head][_LOWER].startswith("фонд"):
        return phrase[head - 1][_LOWER].startswith(_STOCKS)  # "Резервний фонд бюджету"
    if head and phrase[head][_LOWER].startswith("центр"):
        return _is_seat(phrase, head)  # "Адміністративним центром громади стало село"
    # "уряд Швеції": Ukrainian writes a government's name with a capital
    return (
        head == 0
        and first[_LOWER] in _COMMON_GOVERNMENTS
        and (first[_INITIAL] or first[_LOWER] == first[_WORD])
    )


def _accept(phrase: Sequence[_Token], head: int, kind: OrganizationKind, language: str) -> bool:
    """Whether a phrase around a head noun names one organisation, not a kind of body."""
    if len(phrase) == 1 or _is_common_phrase(phrase, head):
        return False
    first = phrase[0]
    proper = [t for t in phrase[1:] if t[_CAPITALISED] or t[_ACRONYM]]
    if first[_CAPITALISED] and not first[_INITIAL]:
        return True
    if first[_CAPITALISED] and first[_INITIAL]:
        return (
            bool(proper)
            or (not first[_LOWER].startswith(_GENERIC_STARTS) and head > 0)
            or (head == 0 and kind is _K.MINISTRY)  # "Министерство финансов сообщило"
            or (  # "Держслужба транспорту найняла": clipped from "державна"
                head == 0 and kind is _K.STATE_BODY and first[_LOWER].startswith(("держ", "гос"))
            )
            or (  # "Державна служба зайнятості провела": a central body's name
                first[_LOWER].startswith(_STATE)
                and head + 1 < len(phrase)
                and kind is _K.STATE_BODY
            )
        )
    if phrase[head][_LOWER].startswith(_MEETING_HEADS):
        return False  # "на собрании Общественной палаты": a meeting of a body
    # A lower-case head takes a proper complement right after it: "администрация Владивостока".
    # Or lower-case adjectives before it: "господарського суду Черкаської області".
    # A ministry is one body whatever its complement: "міністерство культури".
    return (
        _takes_lowercase(kind, language)
        and head + 1 < len(phrase)
        and (
            phrase[head + 1][_CAPITALISED]
            or kind is _K.MINISTRY
            or _is_attached(phrase, head, len(phrase))
        )
    )


def _is_attached(tokens: Sequence[_Token], head: int, end: int) -> bool:
    """Whether "при" and a capitalised word follow the head before ``end``.

    "громадська рада при Львівській ОДА": the body it works at names it.
    """
    return head + 2 < end and tokens[head + 1][_LOWER] == "при" and tokens[head + 2][_CAPITALISED]


def _find_phrases(  # noqa: C901, PLR0912, PLR0915 - the steps of one pattern, in order
    text: str, tokens: list[_Token], candidates: list[int], language: str, found: _Collector
) -> None:
    """Names around head nouns and acronyms.

    ``candidates`` are the tokens that may head one: a cheap test, made by the tokeniser,
    picks the few worth a closer look.
    """
    shouted = _Headlines(text)
    reach = 0
    for index in candidates:
        if index < reach:
            continue  # inside the name found last
        head = tokens[index]
        kind = _head_kind(head, language)
        if kind is None and _acronym_head(tokens, index, text, language, shouted):
            end = _add_acronym_phrase(tokens, index, text, language, found)
            if end > index + 1:
                reach = end
                continue
        if kind is None:
            continue
        start = _left_edge(tokens, index, text, language)
        end = _right_edge(tokens, index, text, language)
        if _is_plural(tokens, index, language):
            continue  # "районні державні адміністрації": a kind of body, not one of them
        if head[_WORD] in _ACRONYM_HEADS and start == index and end == index + 1:
            _note_generic(tokens, index, end, language, found)  # "ОДА" alone, for later
            continue
        if tokens[start][_START] in found.titles:
            continue  # "проєкт «Агенція змін»": a programme's title
        if not tokens[start][_CAPITALISED] and head[_WORD] not in _ACRONYM_HEADS:
            start = _lowercase_start(tokens, index, end, kind, language)
        national = _national_government(tokens, start, index, end, language)
        start, end = national if national is not None else (start, end)
        parent = _parent_at(tokens, index, end) if end > index + 2 else None
        working = _working_group_start(tokens, index, end, language)
        if working is not None:
            start, kind = working, _K.STATE_BODY  # "робоча група з питань ...": a body
            end = parent or end  # "... при Правительственной комиссии": another body
        phrase = tokens[start:end]
        quote_follows = (
            end < len(tokens)
            and tokens[end][_WORD] in _OPEN_QUOTES
            and _close(tokens[end - 1], tokens[end], text)
            and not tokens[end - 1][_CAPITALISED]
            and not _is_programme_cue(tokens[end - 1], language)
        )
        if not phrase or not (
            working is not None
            or national is not None
            or _accept(phrase, index - start, kind, language)
            or (quote_follows and len(phrase) > 1 and phrase[0][_CAPITALISED])
        ):
            if not _note_level(tokens, start, end, language, found):
                _refer_back(head, language, found)
            continue
        if start < index and _names_place(
            tokens[start : index + 1], language, alone=end == index + 1
        ):
            reach = end
            continue  # "Російська Федерація", "у місті Біла Церква"
        if _is_inner_unit(tokens, start, index, end, text, language):
            continue  # "юридичного департаменту АМКУ": the body it is a unit of is named
        span_end = _numbered_end(text, tokens, start, phrase[-1][_END])
        name = _nominative(phrase, language) + text[phrase[-1][_END] : span_end]  # "шахта №10"
        at = _acronym_beside(tokens, start, end, language, found)
        acronym = tokens[at][_WORD] if at is not None else None
        name, span, inner = _with_quoted(
            text, name, Span(start=phrase[0][_START], end=span_end), quote_follows=quote_follows
        )
        key = found.add(name, kind, span, acronym)
        if inner is not None:
            found.acronyms.setdefault(inner, key)
        found.heads[_head_lemma(head[_LOWER], language)] = key
        if at is not None:
            found.add(name, kind, Span(start=tokens[at][_START], end=tokens[at][_END]), acronym)
        reach = end if parent is None or parent >= end else parent + 1
        if not phrase[0][_CAPITALISED] and not head[_ACRONYM]:
            _add_owner(tokens, index, end, text, language, found)


# Heads of the units a body is divided into.
_UNITS = frozenset({"управління", "департамент", "відділ", "відділення", "сектор"})


def _is_inner_unit(  # noqa: PLR0917 - the phrase and where it stands
    tokens: list[_Token], start: int, head: int, end: int, text: str, language: str
) -> bool:
    """Whether a Ukrainian name in lower case is a unit of the body named right after it.

    "юридичного департаменту АМКУ", "фінансового управління Диканської РДА": the
    department is part of the body, which alone is an organisation, as "департамент у
    справах ЗМІ Вінницької міської ради" names only the council. A unit with a seat of
    its own is a territorial body ("управління Держпраці в Івано-Франківській області").
    """
    if (
        language != "uk"
        or tokens[start][_CAPITALISED]
        or _head_lemma(tokens[head][_LOWER], language) not in _UNITS
        or any(t[_LOWER] in _SEAT_WORDS for t in tokens[head + 1 : end])
    ):
        return False
    owner = _owner_in(tokens, head, end, text, language)
    return owner is not None and owner[0] == head + 1


# Words after the name of the body a lower-case name belongs to that begin the lower-case
# one's own seat or list: "управління ДСНС України у Закарпатській області".
_SEAT_WORDS = frozenset({",", "у", "в", "во", "при", "та", "і", "й", "и", "а"})


def _add_owner(  # noqa: PLR0917 - the name and where it stands
    tokens: list[_Token], head: int, end: int, text: str, language: str, found: _Collector
) -> None:
    """Add the capitalised body a lower-case name belongs to, named in its genitive.

    "антимонопольная комиссия Европейского союза", "виконком Щастинської міськради",
    "управління ДСНС України у Закарпатській області": the name of the body it belongs
    to ends where the lower-case one's seat begins. A remit after it ("комітету
    Верховної Ради з питань …") may be either body's, so neither is taken apart.
    """
    owner = _owner_in(tokens, head, end, text, language)
    if owner is None:
        return
    start, index, kind = owner
    stop = next(
        (
            at
            for at in range(index + 1, end)
            if tokens[at][_WORD] == "," or _is_function_word(tokens[at][_LOWER], language)
        ),
        end,
    )
    if stop < end and tokens[stop][_LOWER] not in _SEAT_WORDS:
        return  # "комітету Верховної Ради з питань …": whose remit is it?
    phrase = tokens[start:stop]
    if tokens[index][_ACRONYM] or _accept(phrase, index - start, kind, language):
        name = _nominative(phrase, language)
        found.add(name, kind, Span(start=phrase[0][_START], end=phrase[-1][_END]))


def _owner_in(
    tokens: list[_Token], head: int, end: int, text: str, language: str
) -> tuple[int, int, OrganizationKind] | None:
    """Where the first body named after ``head`` begins, where its head is, and its kind."""
    for index in range(head + 1, end):
        token = tokens[index]
        word = _split_ending(token[_WORD])[0]
        if token[_ACRONYM]:
            if word in _ACRONYM_HEADS and tokens[index - 1][_CAPITALISED] and index - 1 > head:
                return index - 1, index, _K.ADMINISTRATION  # "управління Диканської РДА"
            if (
                word in _NOT_ORGANISATIONS
                or word in _COUNTRIES
                or word in _LEGAL_FORMS
                or word in _ACRONYM_HEADS  # "адміністрації ОДА": the level, said alone
                or _ROMAN_RANGE.fullmatch(word)
                or not word.isalpha()
            ):
                return None  # "управління РФ": a country; "ради VII скликання": a number
            return index, index, _acronym_kind(word)
        kind = _head_kind(token, language)
        if kind is None:
            continue
        start = max(_left_edge(tokens, index, text, language), head + 1)
        if not tokens[start][_CAPITALISED] or _is_plural(tokens, index, language):
            return None
        return start, index, kind
    return None


def _national_government(
    tokens: list[_Token], start: int, head: int, end: int, language: str
) -> tuple[int, int] | None:
    """Where "японское правительство" begins and ends: a Russian body named by its nation.

    The adjective of a nation or a city ("-ский") says which government, embassy or
    parliament it is; "новое правительство" says nothing of the kind. Only a seat may
    follow ("российского посольства в Токио"): in "инициатив американского правительства
    по стимулированию" the remit is the initiatives'. Ukrainian writes "уряд" as a common
    noun.
    """
    if (
        language != "ru"
        or start != head
        or head == 0
        or _head_lemma(tokens[head][_LOWER], language) not in _NATIONAL_HEADS
    ):
        return None
    before = tokens[head - 1]
    if (
        before[_CAPITALISED]
        or not tokens[head][_JOINED]
        or not before[_LOWER].endswith(_NATIONAL_ENDINGS)
        or not _agrees(before[_LOWER], tokens[head][_LOWER], language)
    ):
        return None
    seated = end > head + 1 and tokens[head + 1][_LOWER] in {"в", "во"}
    return head - 1, end if seated else head + 1


# Bodies a nation has one of: "японское правительство", "британский парламент".
_NATIONAL_HEADS = frozenset({"правительство", "посольство", "консульство", "парламент"})
# Case endings of an adjective of a nation or a place: "японское", "британский".
_NATIONAL_ENDINGS = tuple(
    stem + ending for stem in ("ск", "цк") for ending in ("ий", "ое", "ого", "ому", "им", "ом")
)


def _acronym_beside(
    tokens: list[_Token], start: int, end: int, language: str, found: _Collector
) -> int | None:
    """The token of the acronym in brackets after the name ``start``-``end``, if any.

    "Програма розвитку ООН (ПРООН)". An acronym already taken by another name
    ("ініціатива ЄС (EUACI)", a programme's) is not this one's, nor is one after a name
    that completes a programme's ("Ініціативою Європейського Союзу (EUACI)").
    """
    if not (end + 2 < len(tokens) and tokens[end][_WORD] == "(" and tokens[end + 2][_WORD] == ")"):
        return None
    if start > 0 and tokens[start - 1][_IS_WORD] and _is_programme_cue(tokens[start - 1], language):
        found.programme_acronyms.add(tokens[end + 1][_WORD])
        return None
    token = tokens[end + 1]
    if not token[_ACRONYM] or found.is_covered(token[_START], token[_END]):
        return None
    return end + 1


# Heads named in the plural: "Збройні сили України".
_PLURAL_NAMES = frozenset({"сила", "сил"})


def _is_plural(tokens: list[_Token], head: int, language: str) -> bool:
    """Whether a head noun names several bodies: "обласні служби зайнятості", "Центрів".

    The head decides when it has no singular reading; otherwise the adjective right
    before it, when every reading of that is plural.
    """
    token = tokens[head]
    if token[_WORD] in _ACRONYM_HEADS:
        return False
    before = tokens[head - 1] if head and token[_JOINED] else None
    return _is_plural_phrase(
        token[_LOWER],
        before[_LOWER] if before is not None and before[_IS_WORD] and not before[_ACRONYM] else "",
        language,
    )


@lru_cache(maxsize=20_000)
def _is_plural_phrase(lower: str, before: str, language: str) -> bool:
    readings = [
        p.tag.grammemes
        for p in parse(lower, language)
        if "NOUN" in p.tag.grammemes and p.normal_form in _HEADS
    ]
    if not readings or any(p.normal_form in _PLURAL_NAMES for p in parse(lower, language)):
        return False
    if all("plur" in grammemes for grammemes in readings):
        return True
    if not before or not _is_adjective(before, language):
        return False
    cases = {case for grammemes in readings for case in grammemes & _CASES}
    adjectives = [
        p.tag.grammemes
        for p in parse(before, language)
        if {"ADJF", "PRTF"} & p.tag.grammemes and cases & p.tag.grammemes
    ]
    return bool(adjectives) and all("plur" in grammemes for grammemes in adjectives)


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})


@lru_cache(maxsize=20_000)
def _head_lemma(lower: str, language: str) -> str:
    """The dictionary form of a head noun ("Міністерства" -> "міністерство")."""
    return next((p.normal_form for p in parse(lower, language) if p.normal_form in _HEADS), lower)


# A legal form and an opening quote right before a name: "ТОВ «".
_LEGAL_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]{2,5})[ \t]*«[ \t]*\Z")


def _with_quoted(
    text: str, name: str, span: Span, *, quote_follows: bool
) -> tuple[str, Span, str | None]:
    """A phrase with the quoted name after it and the legal form before it, if any.

    "компанія «Капіталбуд»" takes its name; "ТОВ «Будівельна компанія «Капіталбуд»" also
    the legal form before the opening quote. Returns the name, its span and the quoted
    name alone (casefolded), or None when no quoted name follows.
    """
    end = span.end
    quoted = _QUOTED.match(text, end + 1) if end < len(text) and quote_follows else None
    if quoted is None or text[end] != " ":
        return name, span, None
    name = f"{name} {quoted.group()}"
    start, end = span.start, quoted.end()
    legal = _LEGAL_BEFORE.search(text, max(0, start - 12), start)
    if legal is not None and legal.group(1) in _LEGAL_FORMS:
        name = f"{legal.group(1)} «{name}"
        start = legal.start(1)
        if text[end : end + 1] in {"»", "”"}:
            end += 1  # the outer quote closes too
            name += "»"
    return name, Span(start=start, end=end), quoted.group(1).strip().casefold()


def _refer_back(head: _Token, language: str, found: _Collector) -> None:
    """Add a capitalised head alone ("Міністерство") to the body last named with it."""
    if not head[_CAPITALISED] or head[_INITIAL] or head[_ACRONYM]:
        return
    key = found.heads.get(_head_lemma(head[_LOWER], language))
    if key is not None:
        record = found.records[key]
        found.add(record.name, record.kind, Span(start=head[_START], end=head[_END]))


_BLANKS_SKIPPED = 8
_WORD_BEFORE_REACH = 40


def _after_programme_word(text: str, start: int, language: str) -> bool:
    """Whether the word right before ``start`` names a programme ("ініціативи", "проєкту")."""
    before = text[max(0, start - _WORD_BEFORE_REACH) : start]
    words = before.rsplit(None, 1)
    if not words or not before[-1:].isspace():
        return False
    word = words[-1].lower()
    return word.isalpha() and _names_programme(word, language)


def _bracketed_acronym(  # noqa: PLR0917 - the mention and where acronyms stand
    text: str,
    span: Span,
    name: str,
    starts: Mapping[int, tuple[str, int]],
    ends: Mapping[int, str],
    language: str,
) -> str | None:
    """The acronym record given in brackets with the name at ``span``, if any.

    ``starts`` and ``ends`` say where mentions of acronyms start and end. After a
    programme's word ("Ініціативою Європейського Союзу (EUACI)") the acronym is the
    programme's.
    """
    after = _after_blanks(text, span.end)
    acronym = None
    if text.startswith("(", after):  # "Програма розвитку ООН (ПРООН)"
        inside, end = starts.get(_after_blanks(text, after + 1), (None, 0))
        if inside is not None and text.startswith(")", _after_blanks(text, end)):
            acronym = inside
    if acronym is None and " " in name:  # not "ITPS (Netherlands)": a place
        before = _before_blanks(text, span.start)
        if before > 0 and text.startswith("(", before - 1) and text.startswith(")", after):
            acronym = ends.get(_before_blanks(text, before - 1))  # "ПРООН (Програма …)"
    if acronym is None or _after_programme_word(text, span.start, language):
        return None
    return acronym


def _after_blanks(text: str, position: int) -> int:
    """Where the text goes on after the spaces and tabs at ``position`` (a few at most)."""
    end = min(len(text), position + _BLANKS_SKIPPED)
    while position < end and text[position] in " \t":
        position += 1
    return position


def _before_blanks(text: str, position: int) -> int:
    """Where the spaces and tabs right before ``position`` begin (a few at most)."""
    start = max(0, position - _BLANKS_SKIPPED)
    while position > start and text[position - 1] in " \t":
        position -= 1
    return position


# Bodies named by their level alone, as their short forms expand ("облрада", "ОДА").
_GENERIC_BODIES = frozenset(
    {
        *("обласна рада", "районна рада", "міська рада", "сільська рада", "селищна рада"),
        *("обласна державна адміністрація", "районна державна адміністрація"),
        *("обласна військова адміністрація", "районна військова адміністрація"),
        *("міська державна адміністрація", "міська військова адміністрація"),
        *("обласна військово-цивільна адміністрація", "районна військово-цивільна адміністрація"),
        *("областной совет", "районный совет", "городской совет"),
        *("областная государственная администрация", "районная государственная администрация"),
        *("областная военная администрация", "районная военная администрация"),
        *(
            "областная военно-гражданская администрация",
            "районная военно-гражданская администрация",
        ),
    }
)
# The dash and the post between two posts of one person: "… ОДА – керівник обласної ВЦА".
_SECOND_POST = re.compile(
    r"[–—-][ \t]{0,3}(?:керівник|начальник|голова|керівника|начальника|голови"
    r"|руководитель|глава|руководителя|главы)[ \t]{1,3}"
)
_SECOND_POST_REACH = 40
_PLACE_ADJECTIVE_ENDINGS_FEMININE = ("ська", "цька", "зька", "ская", "цкая", "зкая")
_GENERIC_SHORT = {
    **_EXPANSIONS,
    "мва": "міська військова адміністрація",
    "ога": "областная государственная администрация",
    "рга": "районная государственная администрация",
    "райсовет": "районный совет",
}


def _after_plural(tokens: list[_Token], index: int, language: str) -> bool:
    """Whether the word before token ``index`` is a noun that can only be plural ("голів")."""
    if index == 0 or not tokens[index - 1][_IS_WORD]:
        return False
    readings = [p for p in parse(tokens[index - 1][_LOWER], language) if "NOUN" in p.tag]
    return bool(readings) and all(p.tag.number == "plur" for p in readings)


_GENERIC_HEADS = frozenset(
    {body.rsplit(maxsplit=1)[-1] for body in _GENERIC_BODIES} | set(_GENERIC_SHORT)
)


def _note_generic(
    tokens: list[_Token], begin: int, end: int, language: str, found: _Collector
) -> bool:
    """Keep a body named by its level alone ("облради", "обласної ради") for later.

    It becomes a mention of the one body of that level the text names in full
    (``_Collector.refer_generic``).
    """
    phrase = tokens[begin:end]
    if len(phrase) > 3 or not phrase or not phrase[-1][_IS_WORD]:  # noqa: PLR2004
        return False
    if len(phrase) == 1:
        if phrase[0][_ACRONYM] and _after_plural(tokens, begin, language):
            return False  # "рейтинг голів ОДА": the heads of every oblast's administration
        lower = phrase[0][_LOWER]
        generic = _GENERIC_SHORT.get(lower) or _GENERIC_SHORT.get(_head_lemma(lower, language), "")
    else:
        generic = _nominative(phrase, language).lower()
    if generic not in _GENERIC_BODIES:
        return False
    found.generic.append((Span(start=phrase[0][_START], end=phrase[-1][_END]), generic))
    return True


def _note_level(
    tokens: list[_Token], start: int, end: int, language: str, found: _Collector
) -> bool:
    """``_note_generic`` for a phrase with the small-letter level words before it, if any.

    "депутати обласної ради": the head's phrase is "ради"; its level comes before it.
    """
    last = tokens[end - 1][_LOWER]  # a cheap test first: a council or an administration
    if last not in _GENERIC_SHORT and _head_lemma(last, language) not in _GENERIC_HEADS:
        return False
    first = start
    while (
        first > 0
        and start - first < 2  # noqa: PLR2004 - "обласної державної"
        and tokens[first - 1][_IS_WORD]
        and not tokens[first - 1][_CAPITALISED]
        and tokens[first][_JOINED]
    ):
        first -= 1
    return any(
        _note_generic(tokens, begin, end, language, found) for begin in range(first, start + 1)
    )


# Adjectives that say which body, not what it is called: "нова", "колишня", "цей".
_DETERMINERS = (
    *("нов", "наш", "ваш", "їхн", "інш", "колишн", "нинішн", "теперішн", "відповідн"),
    *("згадан", "кожн", "будь", "перш", "останн", "бывш", "нынешн", "друг"),
    *("соответствующ", "кажд", "упомянут", "последн", "весь", "всі", "все", "усі"),
)
# Demonstratives, matched whole: "ця рада", "этот совет".
_DEMONSTRATIVES = frozenset(
    {
        *("цей", "ця", "це", "ці", "цього", "цієї", "цим", "цій", "цих", "цю", "цьому"),
        *("той", "та", "те", "ті", "того", "тієї", "тим", "тій", "тих", "ту", "тому"),
        *("сам", "сама", "саме", "самого", "самої", "самій", "самому"),
        *("этот", "эта", "это", "эти", "этого", "этой", "этим", "этих", "эту", "этому"),
        *("тот", "тех"),
    }
)


def _lowercase_start(
    tokens: list[_Token], head: int, end: int, kind: OrganizationKind, language: str
) -> int:
    """Where a lower-case name before a proper genitive begins.

    "господарського суду Черкаської області": the adjectives say what court it is.
    """
    if (
        not _takes_lowercase(kind, language)
        or end <= head + 1
        or not (
            tokens[head + 1][_CAPITALISED] or kind is _K.MINISTRY or _is_attached(tokens, head, end)
        )
    ):
        return head
    start = head
    while (
        start > 0
        and head - start < 3  # noqa: PLR2004
        and tokens[start][_JOINED]
        and not tokens[start - 1][_CAPITALISED]
        and _is_agreeing(tokens[start - 1], language)
        and _agrees(tokens[start - 1][_LOWER], tokens[head][_LOWER], language)
        and not tokens[start - 1][_LOWER].startswith(_DETERMINERS)
        and tokens[start - 1][_LOWER] not in _DEMONSTRATIVES
        and not _active_participle(tokens[start - 1][_LOWER], language)
    ):
        start -= 1
    return start


@lru_cache(maxsize=20_000)
def _active_participle(lower: str, language: str) -> bool:
    """Whether a word reads first as an active participle: "(ранее) возглавлявший".

    It tells what a person did, never which body: "возглавлявший отдел России".
    """
    readings = parse(lower, language)
    return bool(readings) and "actv" in readings[0].tag.grammemes


def _names_place(phrase: Sequence[_Token], language: str, *, alone: bool) -> bool:
    """Whether adjectives and a head noun name a country ("Російська Федерація").

    ``alone``: the two words are the whole phrase, and a city's name counts too ("у місті
    Біла Церква").
    """
    name = _nominative(phrase, language).lower()
    if name in _place_nouns():
        return True
    return (
        alone
        and len(phrase) == 2  # noqa: PLR2004 - an adjective and its noun
        and any(
            u.category in "MK"
            for u in gazetteer.units_by_name().get(gazetteer.normalize_apostrophes(name), ())
        )
    )


def _add_acronym_phrase(
    tokens: list[_Token], index: int, text: str, language: str, found: _Collector
) -> int:
    """Add a name headed by an acronym ("УМВС України"); the index after it."""
    end = _right_edge(tokens, index, text, language)
    if end > index + 1:
        first = _qualifiers_before(tokens, index, language)  # "Черкаське ОТВ АМКУ"
        phrase = tokens[first:end]
        words = [_adjective_nominative(t[_WORD], language) for t in tokens[first:index]]
        head = _split_ending(tokens[index][_WORD])[0]  # "ЦНАПу в м. Глиняни": ЦНАП
        found.add(
            _render(phrase, [*words, head, *(t[_WORD] for t in tokens[index + 1 : end])]),
            _K.COMPANY if tokens[index][_WORD] in _OUTLET_FORMS else _K.STATE_BODY,
            Span(start=phrase[0][_START], end=phrase[-1][_END]),
        )
    return end


def _acronym_head(
    tokens: list[_Token], index: int, text: str, language: str, shouted: "_Headlines"
) -> bool:
    """Whether an acronym heads a longer name ("УМВС України", "ОМВД по Хасанскому району")."""
    token = tokens[index]
    if (
        not token[_ACRONYM]
        or _is_shouted_word(token[_WORD], language)
        or token[_WORD] in _NOT_ORGANISATIONS
        or token[_WORD] in _LEGAL_FORMS
        or token[_WORD] in _INTERNATIONAL  # "НАТО в Афганистане", "ФИФА Зепп Блаттер"
        or token[_WORD] in _COUNTRIES  # "консул ФРН у Харкові"
    ):
        return False
    if (
        index + 1 >= len(tokens)
        or not _close(token, tokens[index + 1], text)
        or token[_START] in shouted  # a headline in capitals: "ОЛЕНА КОВАЛЬ: ЩО НАС ЧЕКАЄ"
    ):
        return False
    following = tokens[index + 1]
    if following[_WORD] in {"по", "при"}:
        return following[_WORD] == "при" or (
            index + 2 < len(tokens) and _territory_follows(tokens, index + 2, language)
        )
    if following[_WORD] in {"у", "в"} and index + 2 < len(tokens):
        place = tokens[index + 2]  # "ДПІ у Деснянському районі", "ГУ ДФС у м. Києві"
        return bool(_city_named(tokens, index + 2, language, "loct")) or (
            place[_CAPITALISED] and place[_JOINED] and _is_tail_word(place, language, "loct")
        )
    if following[_ACRONYM]:
        word = following[_WORD]
        return word not in _NOT_ORGANISATIONS or word in _COUNTRY_ACRONYMS  # "ГУ ДФС", "МИД РФ"
    return following[_CAPITALISED] and _is_tail_word(following, language, "gent")


def _territory_follows(tokens: list[_Token], index: int, language: str) -> bool:
    """Whether a territory an acronym's office serves begins at ``index``, after "по".

    "ОМВД по Хасанскому району", "ОВД по району Отрадное", "УВД по г. Владивостоку";
    "директор НАСА по космическим полётам" names the director's remit, not an office.
    """
    token = tokens[index]
    return (
        token[_CAPITALISED]
        or bool(_city_named(tokens, index, language, "datv"))
        or not _TERRITORY_NOUNS.isdisjoint(lemmas(token[_LOWER], language))
    )


def _unit_named(tokens: list[_Token], index: int, language: str) -> int:
    """How many tokens a unit named after "по" takes up: "г. Владивостоку", "району Отрадное".

    0 when none is named so at ``index``; "по Хасанскому району" is read word by word.
    """
    city = _city_named(tokens, index, language, "datv")
    if city:
        return city
    if index + 1 >= len(tokens):
        return 0
    noun, name = tokens[index], tokens[index + 1]
    if (
        not noun[_CAPITALISED]
        and name[_CAPITALISED]
        and name[_JOINED]
        and not name[_ACRONYM]
        and _has(noun, language, "datv")
        and not _TERRITORY_NOUNS.isdisjoint(lemmas(noun[_LOWER], language))
    ):
        return 2
    return 0


# Lemmas of the units an office serves: "по району Отрадное", "по місту Києву".
_TERRITORY_NOUNS = frozenset(
    {"район", "округ", "область", "край", "город", "місто", "республика", "республіка"}
)
_MIN_SHOUTED = 5
_NOT_PLAIN = frozenset({"Abbr", "Orgn", "Geox", "Name", "Surn", "Patr", "Init"})


def _is_shouted_word(word: str, language: str) -> bool:
    """Whether a word in capitals is an ordinary dictionary word ("ПОЛОЖЕННЯ"), no acronym."""
    return (
        len(word) >= _MIN_SHOUTED
        and word.isupper()
        and word not in _INTERNATIONAL
        and _is_plain_word(word.lower(), language)
    )


@lru_cache(maxsize=5_000)
def _is_plain_word(lower: str, language: str) -> bool:
    parses = parse(lower, language)
    return bool(parses) and all(p.is_known and not (_NOT_PLAIN & p.tag.grammemes) for p in parses)


_PROGRAMME_CUES = frozenset(
    {
        "програма",
        "проєкт",
        "проект",
        "программа",
        "конкурс",
        "форум",
        "акція",
        "акция",
        "ініціатива",
        "инициатива",
        "фестиваль",
        "премія",
        "премия",
        "конференція",
        "конференция",
        "презентація",
        "презентация",
        "стратегія",
        "стратегия",
        "марафон",
    }
)


def _is_programme_cue(token: _Token, language: str) -> bool:
    return _names_programme(token[_LOWER], language)


@lru_cache(maxsize=20_000)
def _names_programme(lower: str, language: str) -> bool:
    """Whether a word is a form of a programme's word ("проєкту", "ініціативою")."""
    return any(p.normal_form in _PROGRAMME_CUES for p in parse(lower, language))


# Words that say a news outlet is the source of what follows: "сообщает «Лента.ру»".
_SOURCE_CUES = frozenset(
    {
        *("повідомляти", "повідомити", "писати", "передавати", "цитувати", "інтерв’ю"),
        *("сообщать", "сообщить", "писать", "передавать", "цитировать", "интервью"),
    }
)


def _is_source_cue(word: str, language: str) -> bool:
    """Whether the word right before a quote names the outlet's act of reporting."""
    clean = word.strip(",").lower().replace("'", "’")
    return clean.replace("’", "").isalpha() and any(
        p.normal_form in _SOURCE_CUES for p in parse(clean, language)
    )


def _cue_before(text: str, start: int, language: str) -> tuple[str | None, bool]:
    """The legal form right before a quote ("ФК"), and whether a cue word precedes it."""
    before = text[max(0, start - _CUE_REACH) : start].split()
    if not before:
        return None, False
    last = before[-1].strip(",:;")
    if last in _LEGAL_FORMS or (
        text[start + 1 : start + 2].isupper() and _is_source_cue(before[-1], language)
    ):
        # "ФК «Полісся»"; an outlet: "сообщает «Лента.ру»", "в интервью «Голосу Америки»"
        return (last if last in _LEGAL_FORMS else None), True
    first = text[start + 1 : start + 3].lstrip()[:1]
    if before[-1][-1] in _SENTENCE_END or not (first.isupper() or first.isdigit()):
        return None, False  # a cue of the sentence before; a quoted phrase, not a name
    return _cue_word(before, language)


_ONLINE = ("інтернет-", "интернет-", "онлайн-")
# A fund that is money, not a body: "статутного фонду", "призового фонда".
_CAPITAL = ("статутн", "уставн", "призов", "резервн", "оборотн")
_CUE_REACH = 80  # characters before a quote where its cue and the cue's adjectives stand
_MAX_CUE_ADJECTIVES = 3
# Adjectives that say when a body was or what the writer thinks of it, not which it is:
# "бывшей газеты «…»", "популярного клуба «…»".
_PASSING_ADJECTIVES = frozenset(
    {
        *("бывший", "нынешний", "прежний", "тогдашний", "будущий", "последний", "новый"),
        *("старый", "молодой", "указанный", "упомянутый", "вышеупомянутый", "следующий"),
        *("данный", "соответствующий", "известный", "популярный", "крупный", "знаменитый"),
        *("скандальный", "родной", "любимый", "собственный"),
    }
)


def _cue_word(before: list[str], language: str) -> tuple[str | None, bool]:
    """The cue among the last two words before a quote, and whether there is one.

    A Russian name keeps its cue, with the words after it and the adjectives before it
    ("фонд", "группой компаний", "ежемесячной газеты «Радикальная политика»"), as Russian
    usage writes it; a Ukrainian one is named by its quoted name alone ("партії «Рідне
    місто»": Рідне місто). In "рух і «Просвіти»" the cue names another body.
    """
    last = before[-2:]
    for offset, word in enumerate(last):
        clean = word.strip(",:;()").lower()
        if clean.startswith(_ONLINE):
            clean = clean.partition("-")[2]  # "інтернет-видання «Вголос»"
        if not clean.isalpha():
            continue
        for candidate in parse(clean, language):
            if candidate.normal_form in _PROGRAMME_CUES:
                if offset == len(last) - 1:
                    return None, False
                break  # "акции компании «…»": the word next to the name says what it is
            if candidate.normal_form in _QUOTE_CUES:
                return _cue_at(before, len(before) - len(last) + offset, candidate, language)
    return None, False


def _cue_at(before: list[str], at: int, cue: Any, language: str) -> tuple[str | None, bool]:
    """What ``_cue_word`` says of the cue word ``before[at]`` that ``cue`` reads."""
    rest = before[at:]
    if cue.normal_form == "фонд" and at and before[at - 1].lower().startswith(_CAPITAL):
        return None, False  # "статутного фонду «Боспору»": a company's capital
    if _names_the_cue(rest, language):
        return None, False  # "Театра Наций «Шведская спичка»": the cue names a body
    if (
        language == "ru"
        and not _only_plural(cue.word, cue.normal_form, language)
        and all(_joins_cue(w, language) for w in rest[1:])
    ):
        first = _adjectives_before(before, at, language)
        return " ".join(w.strip(",:;()") for w in before[first:]), True
    return None, True


def _only_plural(word: str, lemma: str, language: str) -> bool:
    """Whether a cue word is plural in every reading: "компаний Oracle и Sun" names two."""
    return all(p.tag.number == "plur" for p in parse(word, language) if p.normal_form == lemma)


def _cue_start(text: str, end: int, cue: str) -> int:
    """Where the words of ``cue`` begin before ``end``, whatever gaps stand between them.

    -1 when they do not stand there as written.
    """
    position = end
    floor = max(0, end - _CUE_REACH)
    for word in reversed(cue.split()):
        while position > floor and (text[position - 1].isspace() or text[position - 1] in ",:;()"):
            position -= 1
        if position - len(word) < floor or not text.startswith(word, position - len(word)):
            return -1
        position -= len(word)
    return position


def _adjectives_before(words: list[str], cue: int, language: str) -> int:
    """Where the lower-case adjectives agreeing with the cue at ``cue`` begin.

    "независимого еженедельника": the adjective is part of the name as written; a
    pronoun ("этой газеты"), a word of another case and one that says when the body was
    or how the writer sees it ("бывшей газеты", "популярного клуба") are not.
    """
    noun = words[cue].strip(",:;()")
    first = cue
    while first > 0 and cue - first < _MAX_CUE_ADJECTIVES:
        word = words[first - 1]
        if not word.replace("-", "").isalpha() or not word.islower():
            break
        readings = parse(word, language)
        if (
            not readings
            or {"Apro", "Supr"} & readings[0].tag.grammemes  # "этой", "крупнейшего"
            or any(p.normal_form in _PASSING_ADJECTIVES for p in readings)
            or not agrees(word, noun, language)  # "развивающего центра" agrees too
        ):
            break
        first -= 1
    return first


def _names_the_cue(words: list[str], language: str) -> bool:
    """Whether a capitalised cue and a capitalised word after it are a body's own name.

    "Театра Наций «Шведская спичка»": a play of the theatre; but "Группа Компаний
    «Ренова»" is a cue of two cue words.
    """
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and words[1] not in _LEGAL_FORMS
        and not any(
            p.normal_form in _QUOTE_CUES for p in parse(words[1].strip(",:;()").lower(), language)
        )
    )


def _joins_cue(word: str, language: str) -> bool:
    """Whether a word between a cue and a quote belongs to the name ("компаний", "–")."""
    if word in {"–", "—", "-"}:
        return True
    return (
        word.isalpha()
        and word.lower() not in _CONJUNCTIONS
        and not any(
            {"VERB", "INFN", "GRND", "ADVB"} & p.tag.grammemes
            for p in parse(word.lower(), language)[:1]
        )
    )


def _inner_span(match: re.Match[str]) -> Span:
    """The span of a quoted name without the spaces inside the quotes."""
    inner = match.group(1)
    start = match.start(1) + len(inner) - len(inner.lstrip())
    return Span(start=start, end=match.start(1) + len(inner.rstrip()))


# The word right before a position, with an opening quote between them allowed:
# "ТОВ " before «Бюро», "ТОВ «ТД " before «Укрпласт».
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]{0,7})[ \t]*(?:«[ \t]*)?\Z")
_MAX_CHAIN = 3
_BREAKS_NAME = re.compile(r"[»\"“”\n.;:!?]")


def _legal_chain(text: str, start: int) -> int | None:
    """Where the legal forms and type acronyms before a quoted name begin, if any.

    "ТОВ «Бюро Ейнштейн»", "ДП «НАЕК «Енергоатом»", "ООО «ТРК «Приморское кольцо»":
    capitals right before the opening quote say what sort of body the name is.
    """
    chain = None
    cursor = start
    for step in range(_MAX_CHAIN):
        match = _WORD_BEFORE.search(text, max(0, cursor - 14), cursor)
        if match is None or (step == 0 and "«" in match.group()):
            break
        word = match.group(1)
        if word not in _LEGAL_FORMS and (
            not word[0].isupper()
            or len(word) < 2  # noqa: PLR2004
            or not _is_acronym(word)
            or word in _NOT_ORGANISATIONS
            or word in _ACRONYM_HEADS
        ):
            break
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "-"):
            break
        chain = match.start()
        cursor = match.start()
    return chain


def _add_chain(text: str, match: re.Match[str], inner: str, found: _Collector) -> bool:
    """Add a quoted name with the legal forms before it; whether there were any."""
    if inner[:1].islower():
        return False  # a quoted phrase, not a name: "G8 «значит другое»"
    chain = _legal_chain(text, match.start())
    if chain is None:
        # A name nested in a longer quoted one: "ТОВ «Керуюча компанія «Днепросервіс»".
        outer = text.rfind("«", max(0, match.start() - 60), match.start())
        if outer != -1 and not _BREAKS_NAME.search(text, outer, match.start()):
            chain = _legal_chain(text, outer)
    if chain is None:
        return False
    end = match.end()
    if text[chain:end].count("«") > 1 and text[end : end + 1] == "»":
        end += 1  # "«ТРК «Приморське кільце»»": the outer quote closes too
    name = text[chain:end]
    key = found.acronyms.get(inner.casefold(), _canonical(name))
    if key in found.records and not _is_acronym(found.records[key].name.split()[0]):
        key = _canonical(name)  # "Группа компаний «Сумотори»" is another body
    if key in found.records:
        record = found.records[key]
        key = found.add(record.name, record.kind, Span(start=chain, end=end))
    else:
        first = name.split(maxsplit=1)[0]
        key = found.add(name, _LEGAL_KINDS.get(first, _K.COMPANY), Span(start=chain, end=end))
    found.acronyms.setdefault(inner.casefold(), key)
    found.absorb(key, Span(start=chain, end=end))
    return True


def _programme_titles(
    text: str, quotes: list[re.Match[str]], language: str, found: _Collector
) -> frozenset[int]:
    """Where the quoted titles of programmes and projects begin ("проєкт «Агенція змін»").

    A title's first words name the programme, not a body; an acronym in parentheses
    inside it ("«Антикорупційна ініціатива ЄС (EUACI)»") is the programme's, and is
    marked covered so that no finder takes it for a body.
    """
    starts: set[int] = set()
    for match in quotes:
        start = match.start()
        words = text[max(0, start - 30) : start].rsplit(None, 1)
        word = words[-1].lower() if words and text[start - 1 : start] in {" ", "\t"} else ""
        if (
            word[:3] not in _PROGRAMME_PREFIXES
            or not word.isalpha()
            or not any(
                p.normal_form in _PROGRAMME_CUES and "plur" not in p.tag.grammemes
                for p in parse(word, language)
            )
        ):
            continue  # not a programme; "акцій «Укрнафти»" are shares
        starts.add(_inner_span(match).start)
        for acronym in _ACRONYM_IN_PARENTHESES.finditer(text, match.start(), match.end()):
            found.covered[acronym.start(1) : acronym.end(1)] = b"\x01" * len(acronym.group(1))
            found.programme_acronyms.add(acronym.group(1))
        after = _ACRONYM_AFTER_TITLE.match(text, match.end())
        if after is not None:  # "проєкт «Підтримка громад» ABCD": the project's own acronym
            found.covered[after.start(1) : after.end(1)] = b"\x01" * len(after.group(1))
            found.programme_acronyms.add(after.group(1))
    return frozenset(starts)


_PROGRAMME_PREFIXES = frozenset(cue[:3] for cue in _PROGRAMME_CUES)
_ACRONYM_IN_PARENTHESES = re.compile(r"\(([A-ZА-ЯІЇЄҐ][\w-]{1,15})\)")
_ACRONYM_AFTER_TITLE = re.compile(r"[ \t]\(?([A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ0-9-]{1,15})(?![\w-])")


def _find_quoted(text: str, quotes: list[re.Match[str]], language: str, found: _Collector) -> None:
    """Add the quoted names a cue before them says are bodies, then their bare mentions.

    "ТОВ «Вербена-Буд»" ... "«Вербена-Буд» зірвало терміни": a quoted name alone,
    without a cue, is another mention of the body the article named with it, wherever
    it stands.
    """
    listed = -1  # where the last name said to be an organisation's ends
    listed_kind = _K.COMPANY  # the kind of body its cue said it is
    bare: list[tuple[re.Match[str], str]] = []  # quoted names with no cue before them
    for match in quotes:
        inner = match.group(1).strip()
        if not inner or not inner[0].isalnum() or found.is_covered(match.start(), match.end()):
            continue
        if _add_chain(text, match, inner, found):
            continue
        legal, cue = _cue_before(text, match.start(), language)
        kind = _quoted_kind(text, match.start(), language) if cue else _K.COMPANY
        cue = cue or inner.split()[-1].rstrip(".").replace(".", "") in _LEGAL_SUFFIXES
        if (
            not cue
            and listed >= 0
            and not inner[0].islower()
            and _LIST_GAP.fullmatch(text, listed, match.start())
        ):
            cue, kind = True, listed_kind  # "організаціями «Світанок», «Джерело» та «Крок»"
        if not cue:
            bare.append((match, inner))
            continue
        listed, listed_kind = match.end(), kind
        start = _cue_start(text, match.start(), legal) if legal else match.start()
        if start < 0:
            legal, start = None, match.start()
        known = found.acronyms.get(inner.casefold())
        if known is not None:
            # Named again with its cue ("партии «Яблоко»"): the mention keeps the cue.
            record = found.records[known]
            span = Span(start=start, end=match.end()) if legal else _inner_span(match)
            found.add(record.name, record.kind, span)
            continue
        if legal:
            cue_word = text[start : start + len(legal)]
            if legal in _LEGAL_FORMS:
                name = f"{legal} {match.group()}"
            else:
                cue_tokens = [t for t in _tokens(cue_word) if t[_IS_WORD]]
                name = f"{_nominative(cue_tokens, language)} {match.group()}"
            key = found.add(name, kind, Span(start=start, end=match.end()))
            found.acronyms.setdefault(inner.casefold(), key)
            found.absorb(key, Span(start=start, end=match.end()))  # "Группа Компаний" in it
        else:
            _add_named_in_quotes(text, match, kind, language, found)
    _add_bare_quoted(text, bare, language, found)


def _add_named_in_quotes(
    text: str, match: re.Match[str], kind: OrganizationKind, language: str, found: _Collector
) -> None:
    """Add a quoted name a cue word said is a body's, by the name alone."""
    inner = match.group(1).strip()
    entry = _known_entry(inner)  # «Голосу Америки»: the lexicon knows its nominative
    if entry is not None:
        found.add(entry.name, entry.kind, _inner_span(match))
    elif _source_before(text, match.start(), language):
        # "повідомила «Діловій столиці»": an outlet told, in the dative
        found.add(_outlet_nominative(inner, language), kind, _inner_span(match))
    else:
        found.add(inner, kind, _inner_span(match))


def _outlet_nominative(name: str, language: str) -> str:
    """A quoted outlet's name in the nominative when the text declines it ("Діловій столиці").

    A name whose first word reads as a nominative, or that holds a Latin word, is left
    as it stands.
    """
    words = name.split()
    if not all(_CYRILLIC_WORD.fullmatch(word.strip(",.")) or word.islower() for word in words):
        return name
    if any("nomn" in p.tag.grammemes for p in parse(words[0].lower(), language)):
        return name
    return " ".join(to_nominative(words, language))


# The kinds of body that legal forms and cue words before a quoted name say it is;
# any other is a company's ("ТОВ «…»", "компанія «…»").
_LEGAL_KINDS: dict[str, OrganizationKind] = {
    **dict.fromkeys(("ГО", "БФ", "ВГО", "МГО", "ОО", "АНО", "НКО"), _K.NGO),
    "ВО": _K.OTHER,  # "ВО «Свобода»": a party
    **dict.fromkeys(
        ("СДЮШОР", "ДЮСШ", "ЗОШ", "НВК", "НВО", "ДНЗ", "ЗДО", "ЗЗСО", "ПТУ", "ВПУ"), _K.EDUCATION
    ),
}
_CUE_KINDS: dict[str, OrganizationKind] = {
    **dict.fromkeys(("організація", "организация", "асоціація", "ассоциация"), _K.NGO),
    **dict.fromkeys(("спілка", "союз", "фонд", "рух", "движение"), _K.NGO),
    **dict.fromkeys(("партія", "партия", "фракція", "фракция"), _K.OTHER),
    **dict.fromkeys(("хор", "ансамбль", "колектив", "коллектив", "оркестр", "театр"), _K.OTHER),
    "дитбудинок": _K.OTHER,
    **dict.fromkeys(("підрозділ", "спецпідрозділ", "подразделение"), _K.STATE_BODY),
    "спецподразделение": _K.STATE_BODY,
    **dict.fromkeys(("школа", "ліцей", "лицей", "гімназія", "гимназия"), _K.EDUCATION),
    **dict.fromkeys(("коледж", "колледж", "університет", "университет"), _K.EDUCATION),
}


def _quoted_kind(text: str, start: int, language: str) -> OrganizationKind:
    """The kind of body the words right before a quoted name say it is: "ГО «…»" an NGO."""
    for word in reversed(text[max(0, start - _WORD_BEFORE_REACH) : start].split()[-2:]):
        clean = word.strip(",:;()«")
        if clean in _LEGAL_KINDS:
            return _LEGAL_KINDS[clean]
        if clean in _LEGAL_FORMS:
            return _K.COMPANY
        kind = next(
            (
                _CUE_KINDS[p.normal_form]
                for p in parse(clean.lower(), language)
                if p.normal_form in _CUE_KINDS
            ),
            None,
        )
        if kind is not None:
            return kind
    return _K.COMPANY


def _add_bare_quoted(
    text: str, bare: list[tuple[re.Match[str], str]], language: str, found: _Collector
) -> None:
    """Add each quoted name without a cue that names a body found with a cue elsewhere.

    The name may stand in another case: "ТОВ «Сітірум»" ... "власниками «Сітіруму»".
    After a word for a work or a programme ("у фільмі «Світанок»") it is a title, unless
    it stands in another case than the body's name: "Инициатива «Яблока»" is the party's.
    """
    for match, inner in bare:
        if _WORK_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue
        titled = _TITLED_BEFORE.search(text, max(0, match.start() - 24), match.start())
        known = found.acronyms.get(inner.casefold())
        if known is None and _canonical(inner) in found.records:
            known = _canonical(inner)  # named alone after a cue: "фірми «Легіон Експерт»"
        inflected = False
        if known is None:
            known = next(
                (
                    found.acronyms.get(form) or _canonical(form)
                    for form in _quoted_nominatives(inner, language)
                    if form in found.acronyms or _canonical(form) in found.records
                ),
                None,
            )
            inflected = known is not None
        span = _inner_span(match)
        if (
            known is None
            or ((titled or span.start in found.titles) and not inflected)
            or found.is_covered(span.start, span.end)
        ):
            continue
        record = found.records[found.merged.get(known, known)]
        found.add(record.name, record.kind, span)


@lru_cache(maxsize=5_000)
def _quoted_nominatives(inner: str, language: str) -> tuple[str, ...]:
    """The nominatives a quoted name may be a case of, case-folded ("Сітіруму": сітірум)."""
    words = inner.split()
    if len(words) == 1:
        return tuple(
            sorted(
                {p.normal_form for p in parse(inner.lower(), language) if "NOUN" in p.tag.grammemes}
            )
        )
    return (" ".join(to_nominative(words, language)).casefold(),)


# What separates the names of a list: "«Світанок» та «Джерело»".
_LIST_GAP = re.compile(r",?[ \t]+(?:та|і|й|и|а також|а также)[ \t]+|,[ \t]+")
_MAX_LATIN_WORDS = 8
# Roman numerals and their ranges: "XXI", "I-III" (school levels).
_ROMAN_RANGE = re.compile(r"[IVXLCІХ]+(?:[-–][IVXLCІХ]+)?")


_LATIN_LINKS = frozenset(
    {"of", "in", "for", "and", "to", "und", "the", "de", "der", "des", "du", "la", "&"}
    | {"del", "della", "di", "van", "von"}
)
# Last words of the Latin names of events.
_LATIN_EVENTS = frozenset(
    {
        *("Tournament", "Cup", "Championship", "Championships", "Festival", "Awards"),
        *("Prize", "Games", "Olympics", "Expo", "Marathon", "Contest", "Show", "Week"),
    }
)
# Words by which a Latin name says what kind of body it is, so that a cue before it would
# say it twice: "институт Ludwig von Mises Institute".
_LATIN_KINDS = frozenset(
    {
        *("Institute", "University", "College", "School", "Bank", "Foundation", "Fund"),
        *("Company", "Group", "Agency", "Party", "Association", "Committee", "Council"),
        *("Club", "Society", "Union", "Center", "Centre", "Organization", "Organisation"),
        *_LEGAL_SUFFIXES,
    }
)
# Software and devices named like companies: "Windows", "Android".
_PRODUCTS = frozenset(
    {
        *("Windows", "Linux", "Android", "iOS", "iPhone", "iPad", "Chrome", "Firefox"),
        *("Safari", "HTML5", "Wi-Fi", "Bluetooth", "Excel", "PowerPoint", "Photoshop"),
    }
)
# Endings of the Latin names of biological taxa above the genus: "Ascomycota",
# "Protozoa", "Rosaceae", "Felidae".
_TAXON_ENDINGS = ("mycota", "phyta", "zoa", "aceae", "idae", "mycetes", "phyceae", "opsida")
# A mission or model code: "STS-124", "MH-17".
_DESIGNATION = re.compile(r"[A-Z]{1,5}-?\d{1,5}[.]?")
_GLOSS_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,30})[ \t]?\([ \t]?\Z")


def _is_gloss(text: str, start: int, found: _Collector) -> bool:
    """Whether a Latin name in parentheses spells the person before it: "Хоровитц (Scott)"."""
    before = _GLOSS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    return (
        word[0].isupper()
        and not word.isascii()
        and not _is_acronym(word)
        and not found.is_covered(before.start(1), before.end(1))
    )


# The stems of words for a work and for a programme, one of which names a title after it.
_WORK_STEMS = (
    r"курс|фільм|фильм|книг|пісн|песн|альбом|серіал|сериал|шоу|девіз|девиз|гасл|слоган"
    r"|аркад|автомобіл|автомобил|модел"
)
_PROGRAMME_STEMS = (
    r"програм|программ|проєкт|проект|конкурс|фестивал|премі|акці|марафон|ініціатив|инициатив"
)
# A work or a programme named right before a title: "курс Better English".
_TITLED_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{_WORK_STEMS}|{_PROGRAMME_STEMS})[^\W\d_]{{0,6}}[ \t]\Z", re.IGNORECASE
)
# A work alone: "у фільмі «Світанку»" is the film's title in any case.
_WORK_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_WORK_STEMS})[^\W\d_]{{0,6}}[ \t]\Z", re.IGNORECASE)


def _not_a_latin_name(text: str, match: re.Match[str], words: list[str], found: _Collector) -> bool:
    """Whether Latin words name software, a taxon or an event, spell a person, run on."""
    return (
        len(words) > _MAX_LATIN_WORDS  # a run of capitals, not a name
        or words[0].rstrip(".") in _PRODUCTS
        or (len(words) == 1 and words[0].lower().endswith(_TAXON_ENDINGS))
        or words[-1] in _LATIN_EVENTS  # "Corus Chess Tournament": an event
        or _DESIGNATION.fullmatch(words[0]) is not None
        or _is_gloss(text, match.start(), found)
        or _TITLED_BEFORE.search(text, max(0, match.start() - 24), match.start()) is not None
    )


def _latin_name(text: str, match: re.Match[str], found: _Collector) -> str | None:
    """The name a run of Latin words may be, without the links at its end, if any.

    A title, an event or a person is none, and no word of it is an acronym of a body
    either ("PART Awards", "Chevrolet NIVA"): its characters are taken.
    """
    words = _one_sentence(match.group().split())
    if _not_a_latin_name(text, match, words, found):
        if len(words) <= _MAX_LATIN_WORDS:
            found.covered[match.start() : match.end()] = b"\x01" * len(match.group())
        return None
    while words and words[-1] in _LATIN_LINKS:
        words.pop()
    name = " ".join(words).rstrip(".-")
    if (
        len(name) < 2  # noqa: PLR2004
        or name.upper() in _NOT_ORGANISATIONS
        or _ROMAN_RANGE.fullmatch(name)
        or name in found.programme_acronyms  # "ініціативи ЄС (EUACI)": a programme's
    ):
        return None
    return name


# News agencies and publishers named by their form and a name: "ИА Regnum", "ІА ZIK".
_OUTLET_FORMS = frozenset({"ІА", "ИА", "РИА", "ИД", "ВД"})
_OUTLET_BEFORE = re.compile(r"(?<![^\W\d_])(ІА|ИА|РИА|ИД|ВД)[ \t]\Z")


_CYRILLIC_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ’]+(?![\w’])")


def _source_before(text: str, start: int, language: str) -> bool:
    """Whether the word before ``start`` reports what an outlet says ("сообщил")."""
    before = text[max(0, start - 30) : start].split()
    return bool(before) and _is_source_cue(before[-1], language)


def _names_person(word: str, language: str) -> bool:
    """Whether a capitalised word reads as a given name or a surname ("Минченко")."""
    return any(_NAME_TAGS & p.tag.grammemes for p in parse(word.lower(), language))


_NON_BLANK = re.compile(r"\S+")
# What follows the first words of a quoted sentence, three words at least before its
# end: «Vestas не желает сохранить завод», not the title «Smart громада».
_QUOTED_SENTENCE = re.compile(r"[ \t]+[a-zа-яёіїєґ][^ \t«»“”„\"\n]*[ \t]+[^ \t«»“”„\"\n]+[ \t]")


def _latin_runs(text: str) -> Iterable[re.Match[str]]:
    """Runs of Latin words, one sentence each: "Windows. Microsoft предлагает" is two."""
    position = 0
    while (match := _LATIN.search(text, position)) is not None:
        words = match.group().split()
        kept = _one_sentence(words)
        if len(kept) == len(words):
            yield match
            position = match.end()
            continue
        # The sentence ends after the kept words: read them alone, then go on after them.
        last = next(islice(_NON_BLANK.finditer(text, match.start()), len(kept) - 1, None))
        end = last.end()
        run = _LATIN.match(text, match.start(), end)
        if run is not None:
            yield run
        position = end


def _find_latin(text: str, found: _Collector, language: str) -> None:
    for match in _latin_runs(text):
        name = _latin_name(text, match, found)
        if name is None:
            continue
        end = match.start() + len(name)
        before = text[match.start() - 1] if match.start() else ""
        if before and (
            before.isalnum()
            or before in "@/.:-’'"
            or (
                before in _OPEN_QUOTES
                and (match.start() in found.titles or not _QUOTED_SENTENCE.match(text, end))
            )
        ):
            continue  # inside a word ("al-Haj"), an address, or a quoted name (found by its cue)
        if end < len(text) and (text[end].isalnum() or text[end] in "@-"):
            continue
        if found.is_covered(match.start(), end):
            continue
        if name.isupper() and len(name) < 3:  # noqa: PLR2004
            continue
        extent = _latin_extent(text, name, Span(start=match.start(), end=end), language)
        if extent is None:
            continue
        name, kind, span = extent
        if span.start == match.start() and kind is not _K.INTERNATIONAL:
            kind = _quoted_kind(text, span.start, language)  # "банка Société Générale"
        _add_with_cue(text, name, kind, span, language=language, found=found)


def _add_with_cue(
    text: str,
    name: str,
    kind: OrganizationKind,
    span: Span,
    *,
    language: str,
    found: _Collector,
    acronym: str | None = None,
) -> None:
    """Add a name found without quotes, with the cue word a Russian text puts before it.

    "компании Piedmont Airlines", "футбольного клуба Челси": the name keeps its cue as
    before quotes, and the name alone, before or after, is the same record. A name that
    says its kind itself ("институт Ludwig von Mises Institute") keeps it out.
    """
    cued = None if _LATIN_KINDS.intersection(name.split()) else _cue_of_name(text, span, language)
    if cued is not None and found.covered.find(1, cued[1], span.start) != -1:
        cued = None  # the cue is a word of a longer name: "…организации ООН"
    if cued is None:
        found.add(name, kind, span, acronym)
        return
    cue, start = cued
    key = found.add(f"{cue} {name}", kind, Span(start=start, end=span.end), acronym)
    found.name_alone(name, key)


def _cue_of_name(text: str, span: Span, language: str) -> tuple[str, int] | None:
    """The cue word a Russian text puts before a name, in the nominative, and its start.

    "социальной сети Facebook": Russian usage writes the kind of body into the name;
    Ukrainian keeps it out, as it does before quotes.
    """
    if language != "ru":
        return None
    start = span.start
    before = text[max(0, start - _CUE_REACH) : start].split()
    if not before or before[-1][-1] in _SENTENCE_END or before[-1][-1] in ",;:":
        return None
    cue, _ = _cue_word(before, language)
    if cue is None:
        return None
    cue_start = _cue_start(text, start, cue)
    if cue_start < 0:
        return None
    return _nominative([t for t in _tokens(cue) if t[_IS_WORD]], language), cue_start


def _latin_extent(
    text: str, name: str, span: Span, language: str
) -> tuple[str, OrganizationKind, Span] | None:
    """A Latin name with the outlet's form before it or a Cyrillic word after it, if any.

    "ИА Regnum", "сообщил Regnum Центр"; without a form or a reporting verb before it, a
    Latin word before a Cyrillic capital is part of a mixed name ("Smart Полтавщина"),
    unless that capital begins a person's name ("глава Business NZ Фил О’Рейли").
    """
    start, end = span.start, span.end
    kind = _K.INTERNATIONAL if name in _INTERNATIONAL else _K.COMPANY
    outlet = _OUTLET_BEFORE.search(text, max(0, start - 6), start)
    mixed = _CYRILLIC_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if mixed is not None and not _names_person(mixed.group(), language):
        if outlet is None and not _source_before(text, start, language):
            return None
        name, end = f"{name} {mixed.group()}", mixed.end()
    if outlet is not None:
        name, start, kind = f"{outlet.group(1)} {name}", outlet.start(1), _K.COMPANY
    return name, kind, Span(start=start, end=end)


def _one_sentence(words: list[str]) -> list[str]:
    """The words of a Latin name up to a full stop that ends a sentence.

    "… The Orbis Company. Orbis declined": the stop after "Company" closes the name;
    the one of an abbreviation or an initial ("Co.", "Inc.", "B. V.") does not.
    """
    for index, word in enumerate(words[:-1]):
        stem = word[:-1]
        if (
            word.endswith(".")
            and not (stem.isupper() and len(stem) <= 2)  # noqa: PLR2004 - "B. V.", "DT. UA"
            and "." not in stem
            and stem.casefold() not in _LATIN_ABBREVIATIONS
        ):
            return words[: index + 1]
    return words


# Abbreviations a Latin company name may hold: "Summy Co. Ltd", "Smith Bros. Inc".
_LATIN_ABBREVIATIONS = frozenset(
    {"co", "inc", "ltd", "corp", "bros", "intl", "int", "jr", "sr", "st", "mr", "dr", "no"}
)


# Clipped compounds that name one body: a stump prefix before a noun
# ("Укрзалізниця", "Міноборони", "Держрезерв", "Нацполіція", "Генпрокуратура",
# "Росстат") or a noun closing a name ("Київрада", "Ощадбанк", "Харківобленерго").
_STUMP_PREFIXES: dict[str, OrganizationKind] = {
    "укр": _K.STATE_BODY,
    "мін": _K.MINISTRY,
    "мин": _K.MINISTRY,
    "держ": _K.STATE_BODY,
    "нац": _K.STATE_BODY,
    "ген": _K.STATE_BODY,
    "рос": _K.STATE_BODY,
    "гос": _K.STATE_BODY,
}
_STUMP_SUFFIXES: dict[str, OrganizationKind] = {
    "рада": _K.COUNCIL,
    "банк": _K.COMPANY,
    "енерго": _K.COMPANY,
    "энерго": _K.COMPANY,
    "газ": _K.COMPANY,
    "нафта": _K.COMPANY,
    "нефть": _K.COMPANY,
    "пром": _K.COMPANY,
    "атом": _K.COMPANY,
}
# Ministries clipped to a syllable: "Мінюст", "Мінфін", "Мінцифри", "Минобрнауки".
_MINISTRY_STUMPS = (
    "юст",
    "фін",
    "фин",
    "цифр",
    "культ",
    "екон",
    "экон",
    "регіон",
    "регион",
    "соц",
    "агро",
    "енерг",
    "энерг",
    "оборон",
    "обор",
    "охорон",
    "освіт",
    "обр",
    "здрав",
    "інфраструкт",
    "транс",
    "внутр",
    "закордон",
    "торг",
    "природ",
    "строй",
    "спорт",
    "молод",
    "вет",
)
_MIN_STUMP_REST = 4
# Stumps whose every dictionary compound names a body.
_LEXICAL_STUMPS = frozenset({"укр", "держ"})
# What "держ-" and the like clip that is not a body: "Держбюджет", "Держреєстр".
_NOT_BODY_RESTS = (
    "реєстр",
    "реестр",
    "бюджет",
    "структур",
    "кошт",
    "закуп",
    "програм",
    "власн",
    "майн",
    "борг",
    "служб",
    "мов",
    "іспит",
    "экзам",
    "кредит",
    "облігац",
    "облигац",
    "номер",
    "символ",
    "гімн",
    "гимн",
    "герб",
    "прапор",
    "флаг",
    "кордон",
    "границ",
    "замовл",
    "заказ",
    "підприєм",
    "предприят",
    "установ",
    "учрежд",
    "орган",
    "сектор",
    "реєстрац",
    "регистрац",
    "службов",
    "служащ",
    "аген",
    "агенц",
    "комітет",
    "комитет",
    "мова",
    "нагород",
    "наград",
    "допомог",
    "помощ",
    "підтрим",
    "поддерж",
    "гарант",
    "фінанс",
    "финанс",
    "земл",
    "інтерес",
    "интерес",
    "свят",
    "праздн",
    "секрет",
    "план",
    "підряд",
    "подряд",
    "директор",
    "секретар",
    "штаб-",
)
# Clippings of generic councils, banks and plants that name no one body: "Міськрада".
_GENERIC_STUMPS = (
    "міськ",
    "обл",
    "рай",
    "сільр",
    "селищ",
    "гор",
    "сел",
    "дер",
    "комерц",
    "коммерч",
)
# Ordinary words that begin like a stump.
_NOT_STUMPS = (
    "господ",
    "мінім",
    "минимум",
    "генет",
    "генез",
    "укріп",
    "укроп",
    "укрит",
    "укрив",
    "міністр",
    "министр",
    "генера",
    "генер",
    "націон",
    "национ",
    "держав",
    "государ",
    "росі",
    "росс",
    "украї",
    "украи",
    "госпітал",
    "госпитал",
    "гостин",
    "гост",
)
# Clippings that follow no productive pattern.
_CLIPPED: dict[str, OrganizationKind] = {
    "кабмін": _K.STATE_BODY,
    "кабмин": _K.STATE_BODY,
    "генштаб": _K.STATE_BODY,
    "госдеп": _K.STATE_BODY,
    "держдеп": _K.STATE_BODY,
    "совфед": _K.COUNCIL,
    "совбез": _K.STATE_BODY,
    "радбез": _K.STATE_BODY,
    "мінрегіон": _K.MINISTRY,
    "минрегион": _K.MINISTRY,
}


def _stump_kind(lower: str, language: str) -> OrganizationKind | None:
    """The kind of body a clipped compound names, or None for an ordinary word."""
    for prefix, kind in _STUMP_PREFIXES.items():
        if not lower.startswith(prefix):
            continue
        rest = lower[len(prefix) :].lstrip("’'")
        if lower.startswith(_NOT_STUMPS) or rest.startswith(_NOT_BODY_RESTS):
            return None
        if kind is _K.MINISTRY and rest.startswith(_MINISTRY_STUMPS):
            return kind
        if len(rest) < _MIN_STUMP_REST:
            return None
        # "Нацполіція": a stump before a word of its own; or the dictionary knows the
        # whole clipping: "Укргазвидобування", "Держгеокадастр".
        known = (
            _is_known_noun(rest, language)
            or (prefix in _LEXICAL_STUMPS and _is_known_noun(lower, language))
            or "надзор" in rest  # "Росприроднадзор": a federal inspectorate
        )
        return kind if known else None
    readings = parse(lower, language)
    for suffix, kind in _STUMP_SUFFIXES.items():
        for candidate in readings:
            if not candidate.is_known and candidate is not readings[0]:
                continue  # a guess at an unknown word's ending: "Гуматом" is not "-атом"
            lemma = candidate.normal_form
            if (
                lemma.endswith(suffix)
                and len(lemma) - len(suffix) >= _MIN_STUMP_REST
                and not lemma.startswith(_GENERIC_STUMPS)
                and "NOUN" in candidate.tag.grammemes
            ):
                return kind
    return None


@lru_cache(maxsize=20_000)
def _is_known_noun(word: str, language: str) -> bool:
    """Whether the dictionary knows ``word`` as a noun naming no person ("поліція")."""
    parses = parse(word, language)
    return any(p.is_known and "NOUN" in p.tag.grammemes for p in parses) and not any(
        "anim" in p.tag.grammemes for p in parses[:1]
    )


_STUMP_STARTS = tuple(_STUMP_PREFIXES)
# Parts of the invented one-word names of companies, found inside a word the dictionary
# does not know: "Кріогенсервіс", "Армшляхбуд", "Енергогазінвестконсалт".
_COMPANY_MORPHEMES = re.compile(
    "буд|строй|сервіс|сервис|постач|інвест|инвест|техмаш|пром|торг|газ|енерго|энерго"
    "|трейд|агро|транс|хім|хим|метал|лізинг|лизинг|консалт|холдинг|банк|фарм|нафт|нефт"
    "|монтаж|софт|телеком|медіа|медиа|логіст|логист|ресурс|збут|сбыт|постав"
)
_MIN_COMPANY_WORD = 6
# Case endings of the closing nouns, a cheap test before the dictionary.
_STUMP_ENDINGS = (
    *("ада", "ади", "аді", "адою", "анк", "анку", "анком", "нерго", "энерго"),
    *("аз", "азу", "азом", "фта", "фти", "фті", "фтою", "фть", "ром", "рому", "ромом"),
    *("атом", "атому", "атома"),
)


_CAPITALISED_OF = itemgetter(_CAPITALISED)
_ACRONYM_OF = itemgetter(_ACRONYM)


def _find_single_words(
    text: str,
    tokens: list[_Token],
    language: str,
    found: _Collector,
    places: "_PlaceSpans",
) -> None:
    """One-word names: clipped compounds and words the dictionary tags as organisations.

    Well-known names of the lexicon ("Голос Америки", "Госдума") are looked up on the way.
    """
    kind_of = _single_word_kinds
    known = _known()
    capitalised = map(_CAPITALISED_OF, tokens)
    for index, token in compress(enumerate(tokens), capitalised):  # the rare words, in C
        if token[_ACRONYM] or len(token[_WORD]) < 4 or not token[_IS_WORD]:  # noqa: PLR2004
            continue
        if token[_START] in found.titles:
            continue  # "проект «Держборд мера»": a programme's title
        entries = known.get(token[_LOWER][:_KEY])
        if entries and _add_known(
            text, tokens, index, entries, language, found=found, places=places
        ):
            continue
        kind = kind_of(token[_LOWER], language)[token[_INITIAL]]
        if kind is None or found.is_covered(token[_START], token[_END]):
            continue
        if (token[_START], token[_END]) in places and kind is not _K.COUNCIL:
            continue  # a place, unless a council's clipped name: "Київради"
        if index and token[_JOINED] and _is_person(tokens[index - 1], language):
            continue  # a surname after a given name: "Скотт Хоровитц"
        name, end = _single_word_extent(text, tokens, index, kind, language)
        _add_with_cue(
            text, name, kind, Span(start=token[_START], end=end), language=language, found=found
        )


def _find_unquoted_names(
    tokens: list[_Token], language: str, found: _Collector, places: "_PlaceSpans"
) -> None:
    """Add the one-word quoted names of bodies said again without quotes, in any case.

    "русского развивающего центра «Кин-Топ»" … "детвора из Кин-Топа": the word alone,
    capitalised and not a place, is one more mention of the body.
    """
    names: dict[str, str] = {}
    for key in found.order:
        quoted = _QUOTED.search(found.records[key].name)
        inner = quoted.group(1).strip() if quoted is not None else ""
        if inner[:1].isupper() and inner.replace("-", "").isalpha():
            for form in {inner.casefold(), *lemmas(inner, language)}:
                names.setdefault(form, key)
    if not names:
        return
    openings = {form[:_OPENING] for form in names}  # spares most words the dictionary
    for index, token in compress(enumerate(tokens), map(_CAPITALISED_OF, tokens)):
        span = Span(start=token[_START], end=token[_END])
        if (
            token[_LOWER][:_OPENING] not in openings
            or token[_ACRONYM]
            or found.is_covered(span.start, span.end)
            or (span.start, span.end) in places
            or (index > 0 and tokens[index - 1][_WORD] in _OPEN_QUOTES)
        ):
            continue
        forms = (token[_LOWER], *lemmas(token[_WORD], language))
        owner = next((names[form] for form in forms if form in names), "")
        if owner and not _is_place_word(token[_WORD], language):  # not "України" after «Україна»
            record = found.records[found.merged.get(owner, owner)]
            found.add(record.name, record.kind, span)


_OPENING = 2  # letters every case form of a name shares with its nominative: "Львів", "Львова"


def _single_word_extent(
    text: str, tokens: list[_Token], index: int, kind: OrganizationKind, language: str
) -> tuple[str, int]:
    """The name a one-word body at ``index`` has, with what follows it, and where it ends."""
    token = tokens[index]
    name = to_nominative([token[_WORD]], language)[0]
    end = _number_end(text, token[_END])
    if end > token[_END]:
        return name + text[token[_END] : end], end  # "СМУ-24"
    if (country := _country_after(tokens, index + 1, language)) is not None:
        return f"{name} {country[_WORD]}", country[_END]  # "Мінагрополітики України"
    if kind is _K.STATE_BODY and (region := _region_after(tokens, index, language)):
        return f"{name} {text[token[_END] : region].strip()}", region
    return name, end


def _and_region(tokens: list[_Token], index: int, language: str, case: str | None) -> int:
    """The end of "та Київській області" or "и Хабаровскому краю" at ``index``, or 0.

    A territorial office may serve a city and its region, or two regions, together; the
    second place follows a conjunction in the case of the first. After "по" a place's
    name alone will do ("по Москве и Подмосковью").
    """
    if (
        case is None
        or index + 1 >= len(tokens)
        or tokens[index][_LOWER] not in _CONJUNCTIONS
        or not tokens[index + 1][_CAPITALISED]
        or tokens[index + 1][_ACRONYM]
    ):
        return 0
    place = tokens[index + 1]
    if index + 2 < len(tokens) and tokens[index + 2][_WORD] in _REGION_NOUNS:
        return _region_phrase_end(tokens, index + 1, language, case)
    if (
        case == "datv"
        and _is_place_word(place[_WORD], language)
        and _is_tail_word(place, language, case)
    ):
        return index + 2  # after "у" a place alone may say where the body acts, not which
    return 0


# A region's noun in the locative or the dative: "Київській області", "Приморскому краю".
_REGION_NOUNS = frozenset({"області", "области", "районі", "районе", "краї", "крае", "краю"})


def _region_after(tokens: list[_Token], index: int, language: str) -> int:
    """The end of "в Донецькій області" after a state body's one-word name, or 0.

    "Держказначейство в Донецькій області" is the treasury's office of the oblast.
    """
    if (
        index + 1 >= len(tokens)
        or tokens[index + 1][_WORD] not in {"в", "у"}
        or not tokens[index + 1][_JOINED]
    ):
        return 0
    end = _region_phrase_end(tokens, index + 2, language, "loct")
    return tokens[end - 1][_END] if end else 0


def _region_phrase_end(tokens: list[_Token], index: int, language: str, case: str) -> int:
    """The index after "Київській області" (a region's adjective and noun in ``case``), or 0."""
    if index + 1 >= len(tokens):
        return 0
    adjective, noun = tokens[index], tokens[index + 1]
    if (
        adjective[_JOINED]
        and noun[_JOINED]
        and adjective[_CAPITALISED]
        and noun[_WORD] in _REGION_NOUNS
        and _is_tail_word(adjective, language, case)
    ):
        return index + 2
    return 0


@lru_cache(maxsize=50_000)
def _single_word_kinds(
    lower: str, language: str
) -> tuple[OrganizationKind | None, OrganizationKind | None]:
    """The kind of body a capitalised word names inside a sentence and at its start."""
    return (
        _single_word_kind(lower, language, initial=False),
        _single_word_kind(lower, language, initial=True),
    )


def _single_word_kind(lower: str, language: str, *, initial: bool) -> OrganizationKind | None:
    parses = parse(lower, language)
    if not parses:
        return None
    organisation = [p for p in parses if "Orgn" in p.tag.grammemes and p.is_known]
    if organisation and (organisation[0] is parses[0] or not initial):
        return _stump_kind(lower, language) or _K.OTHER
    clipped = next((_CLIPPED[p.normal_form] for p in parses if p.normal_form in _CLIPPED), None)
    if clipped is not None:
        return clipped
    if parses[0].is_known and {"Geox", "Name", "Surn", "Patr"} & parses[0].tag.grammemes:
        return None
    if {"Name", "Patr"} & parses[0].tag.grammemes:
        return None  # a given name the dictionary guesses by its ending: "Йоахим"
    kind = None
    if lower.startswith(_STUMP_STARTS) or lower.endswith(_STUMP_ENDINGS):
        kind = _stump_kind(lower, language)
    if (
        kind is None
        and len(lower) >= _MIN_COMPANY_WORD
        and not any(p.is_known for p in parses)
        and not ("-" in lower and "ADJF" in parses[0].tag.grammemes)  # "Інклюзивно-ресурсні"
        and _COMPANY_MORPHEMES.search(lower, 2) is not None
    ):
        kind = _K.COMPANY  # "Кріогенсервіс", "Донремтехмаш", "Факторстрой"
    return kind


_MIN_INITIALS = 3
_MAX_INITIALS = 8


class _PlaceSpans:
    """The characters of the article's place mentions.

    A word inside one is (a part of) a place's name: "США", "Хилтон" of "города Хилтон
    Хэд".
    """

    def __init__(self, length: int, places: Sequence[Place]) -> None:
        self.mask = bytearray(length)
        for place in places:
            for mention in place.mentions:
                self.mask[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)

    def __contains__(self, span: object) -> bool:
        if not isinstance(span, tuple) or len(span) != 2:  # noqa: PLR2004 - (start, end)
            return False
        start, end = span
        if not isinstance(start, int) or not isinstance(end, int):
            return False
        return 0 <= start < end <= len(self.mask) and self.mask[start] == self.mask[end - 1] == 1


def _find_acronyms(  # noqa: C901, PLR0912 - one filter per kind of false acronym
    text: str,
    tokens: list[_Token],
    found: _Collector,
    places: "_PlaceSpans",
    language: str,
) -> None:
    shouted = _Headlines(text)
    by_initials: dict[str, str] = {}
    pairs: dict[str, str] = {}  # two-word names by their two initials: "ЄС", "ЕР"
    for known in found.order:
        initials = _initials(found.records[known].name)[-_MAX_INITIALS:]
        for size in range(len(initials), 1, -1):
            by_initials.setdefault(initials[-size:], known)
        name = found.records[known].name
        quoted = _QUOTED.search(name)  # "Партия «Единая Россия»": the name in quotes
        for words in (name, quoted.group(1) if quoted is not None else ""):
            if len(words.split()) == 2:  # noqa: PLR2004
                pairs.setdefault(_initials(words), known)
    terms = _glossed_terms(tokens, language)
    for index, token in compress(enumerate(tokens), map(_ACRONYM_OF, tokens)):
        word = token[_WORD]
        if word in found.programme_acronyms or word in terms:
            continue  # the text gives it as a programme's ("ініціативи ЄС (EUACI)") or a term's
        if _split_ending(word)[0] in _NOT_ORGANISATIONS or _is_shouted_word(word, language):
            continue  # a word of a heading in capitals: "ВИСНОВКИ"
        cyrillic = any("А" <= c <= "я" or c in "ІЇЄҐіїєґ" for c in word)
        if not cyrillic and (not word.isupper() or len(word) < _MIN_INITIALS):
            continue
        if word in _NOT_ORGANISATIONS or _ROMAN_RANGE.fullmatch(word) or len(word) > 8:  # noqa: PLR2004
            continue
        if _is_surname_or_headline(tokens, index, language, shouted):
            continue
        if (
            (found.is_covered(token[_START], token[_END]) and word not in _INTERNATIONAL)
            or (token[_START], token[_END]) in places  # a country or region: "США", "РФ"
            or any(c.isdigit() for c in word)
        ):
            continue
        neighbours = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
        if (
            sum(
                1
                for t in neighbours
                if t[_IS_WORD] and t[_WORD].isupper() and len(t[_WORD]) > _MIN_INITIALS
            )
            == len(neighbours)
            and neighbours
        ):
            continue  # a headline in capitals
        span = Span(start=token[_START], end=token[_END])
        key = found.acronyms.get(word.casefold())
        if key is None and word in by_initials and len(word) >= _MIN_INITIALS:
            key = by_initials[word]
        if key is None and word in pairs:
            key = pairs[word]  # "Європейський Союз" … "ЄС"
        if key is None and not word.isupper():
            key = _clipped_name(word, found)
        if key is not None:
            record = found.records[key]
            found.add(record.name, record.kind, span, word)
            continue
        if _split_ending(word)[0] in _ACRONYM_HEADS or _split_ending(word)[0] in _LEGAL_FORMS:
            continue  # "ОДА" alone, with no administration named before it
        kind = _acronym_kind(_split_ending(word)[0])
        if not _add_qualified(tokens, index, language, kind, found):
            _add_alone(text, span, kind, language, found)


_GLOSS_WORDS = 8


def _glossed_terms(tokens: list[_Token], language: str) -> set[str]:
    """The acronyms the text spells out as common words before them in parentheses.

    "корпоративної соціальної відповідальності (КСВ)", "тимчасових споруд (ТС)": a term,
    so no mention of it is a body's; "обласної державної адміністрації (ОДА)" names one.
    """
    terms: set[str] = set()
    for index, token in compress(enumerate(tokens), map(_ACRONYM_OF, tokens)):
        if not (
            0 < index < len(tokens) - 1
            and tokens[index - 1][_WORD] == "("
            and tokens[index + 1][_WORD] == ")"
        ):
            continue
        letters = token[_WORD].upper()
        words: list[_Token] = []
        for before in reversed(tokens[max(0, index - 1 - _GLOSS_WORDS) : index - 1]):
            if not before[_IS_WORD]:
                break
            if before[_LOWER] not in _FUNCTION_WORDS:
                words.append(before)
            if len(words) == len(letters):
                break
        words.reverse()
        if (
            len(words) == len(letters)
            and "".join(w[_WORD][0].upper() for w in words) == letters
            and not any(w[_CAPITALISED] or _head_kind(w, language) is not None for w in words)
        ):
            terms.add(token[_WORD])
    return terms


def _acronym_kind(acronym: str) -> OrganizationKind:
    """The kind of body an acronym names: from the table of well-known ones, or its ending.

    "СБУ" is a state body, "МОЗ" a ministry, "ЗОДА" and "КМДА" administrations.
    """
    if acronym in _INTERNATIONAL:
        return _K.INTERNATIONAL
    known = _ACRONYM_KINDS.get(acronym)
    if known is not None:
        return known
    if acronym.endswith(_ADMINISTRATION_ENDINGS):
        return _K.ADMINISTRATION
    return _K.OTHER


# The kinds of well-known Ukrainian and Russian bodies named by acronym (written from
# general knowledge; an acronym missing here stays "other").
_ACRONYM_KINDS: dict[str, OrganizationKind] = {
    **dict.fromkeys(
        ("МВС", "МОЗ", "МОН", "МЗС", "МЕРТ", "МСП", "МКІП", "МВД", "МЧС", "МИД", "МЭР"),
        _K.MINISTRY,
    ),
    **dict.fromkeys(
        (
            *("СБУ", "ДСНС", "НАБУ", "НАЗК", "АМКУ", "ДПС", "ДФС", "ДМС", "ДПСУ", "ДБР"),
            *("ФДМУ", "ПФУ", "НБУ", "ЦВК", "НКРЕКП", "НКЦПФР", "ДАБІ", "ДІАМ", "ДСА"),
            *("ВККС", "ВРП", "ГПУ", "ОГП", "АРМА", "НСЗУ", "ГУНП", "НПУ", "ЗСУ"),
            *("НГУ", "СЗР", "ГУР", "РНБО", "КСУ", "ВАКС", "ОАСК", "ДКС", "ДАСУ", "УМВС"),
            *("ДАІ", "ФСБ", "ФСО", "СВР", "ГРУ", "ФНС", "ФСИН", "ФАС", "ЦИК"),
            *("ГИБДД", "ГУВД", "УВД", "ОМВД", "ФМС", "ФССП", "СНБО", "КМУ", "ГСЧС"),
        ),
        _K.STATE_BODY,
    ),
    "ВРУ": _K.COUNCIL,
    **dict.fromkeys(("КНУ", "ЛНУ", "ХНУ", "КПІ", "МГУ", "СПбГУ", "ВШЭ", "РГГУ"), _K.EDUCATION),
}
# Endings of the acronyms of administrations: "ЗОДА", "ХОВА", "КМДА", "КМВА".
_ADMINISTRATION_ENDINGS = ("ОДА", "ОВА", "РДА", "РВА", "МДА", "МВА", "ВЦА", "ОГА", "РГА")


def _clipped_name(word: str, found: _Collector) -> str | None:
    """The body a clipped acronym stands for: "ДонНУ" is "Донецький національний університет".

    The small letters begin the name's first word; the capitals are the initials of the
    words after it.
    """
    clipped = _CLIPPED_ACRONYM.fullmatch(word)
    if clipped is None:
        return None
    start, capitals = clipped.group(1).casefold(), clipped.group(2)
    for key in found.order:
        first, _, rest = found.records[key].name.partition(" ")
        if (
            key not in found.merged
            and first.casefold().startswith(start)
            and _initials(rest) == capitals
        ):
            return key
    return None


_MAX_QUALIFIERS = 3


_MIN_SHOUTED_WORDS = 3


class _Headlines:
    """Which lines of a text are written all in capitals, asked line by line and remembered."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line = (0, 0, False)  # the last line asked about: start, end, whether shouted

    def __contains__(self, position: int) -> bool:
        """Whether the line holding ``position`` is a headline in capitals."""
        start, end, shouted = self.line
        if start <= position < end:
            return shouted  # positions come in order, many on one line
        text = self.text
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        line = text[start:end]
        shouted = line.isupper() and len(line.split(None, _MIN_SHOUTED_WORDS)) >= (
            _MIN_SHOUTED_WORDS
        )
        self.line = (start, end, shouted)
        return shouted


def _is_surname_or_headline(
    tokens: list[_Token], index: int, language: str, shouted: _Headlines
) -> bool:
    """Whether a word in capitals is a surname ("Ольга ДОРОШ") or a word of a headline."""
    return (
        index > 0 and tokens[index][_JOINED] and _is_given_name_before(tokens[index - 1], language)
    ) or tokens[index][_START] in shouted


def _is_given_name_before(token: _Token, language: str) -> bool:
    """Whether a word is a capitalised given name, not written in capitals ("Ольга")."""
    return (
        token[_CAPITALISED]
        and not token[_ACRONYM]
        and _is_given_name_nominative(token[_LOWER], language)
    )


def _add_alone(
    text: str, span: Span, kind: OrganizationKind, language: str, found: _Collector
) -> None:
    """Add an acronym standing alone, with the number after it ("ПМК № 15").

    A Russian text's cue before it stays in the name ("фракции КПРФ").
    """
    word = text[span.start : span.end]
    end = _number_end(text, span.end)
    if end > span.end:  # one unit of a numbered kind
        found.add(text[span.start : end], kind, Span(start=span.start, end=end))
    else:
        _add_with_cue(text, word, kind, span, language=language, found=found, acronym=word)


_NUMBER = re.compile(r"[ \t]?№[ \t]?\d{1,6}(?![\w-])")


def _number_end(text: str, end: int) -> int:
    """The end of a number sign and number right after a name ("ПМК № 15"), or ``end``."""
    if end >= len(text) or text[end] not in " \t№":
        return end
    match = _NUMBER.match(text, end)
    return match.end() if match else end


# Legal forms written after the name: "Житлобуд ЛТД".
_TRAILING_FORMS = frozenset({"ЛТД", "LTD", "Ltd", "LLC", "GmbH", "Inc"})


def _names_before(tokens: list[_Token], index: int) -> int:
    """Where the capitalised words before a trailing legal form begin."""
    first = index
    while (
        first > 0
        and index - first < _MAX_QUALIFIERS
        and tokens[first][_JOINED]
        and tokens[first - 1][_IS_WORD]
        and tokens[first - 1][_CAPITALISED]
        and not tokens[first - 1][_ACRONYM]
        and (first == index or not tokens[first - 1][_INITIAL])  # not "Компанія Зевс ЛТД"
    ):
        first -= 1
    return first


def _add_qualified(
    tokens: list[_Token], index: int, language: str, kind: OrganizationKind, found: _Collector
) -> bool:
    """Add an acronym with the adjectives before it ("Кременчуцький НПЗ"); whether it had any."""
    first = _qualifiers_before(tokens, index, language)
    if tokens[index][_WORD] in _TRAILING_FORMS:
        first = _names_before(tokens, index)
    if first == index:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (
        following is not None
        and following[_JOINED]
        and following[_ACRONYM]
        and following[_WORD] not in _NOT_ORGANISATIONS
    ):
        return True  # "Черкаське ОТВ АМКУ": the next acronym takes the whole phrase
    phrase = tokens[first : index + 1]
    acronym, ending = _split_ending(phrase[-1][_WORD])
    gender = {"masc"} if ending else set()  # "МИДа" declines as a masculine noun
    words = [_adjective_nominative(t[_WORD], language, gender) for t in phrase[:-1]]
    if not found.is_covered(phrase[0][_START], phrase[-1][_END]):
        found.add(
            _render(phrase, [*words, acronym]),
            kind,
            Span(start=phrase[0][_START], end=phrase[-1][_END]),
        )
    return True


_ACRONYM_ENDINGS = frozenset({"а", "у", "е", "ом", "ов", "ы", "і", "ові", "ою", "ів"})


def _split_ending(word: str) -> tuple[str, str]:
    """An acronym and the case ending written after it in small letters ("МИДа")."""
    for size in (3, 2, 1):
        if word[-size:] in _ACRONYM_ENDINGS and len(word) > size + 1 and word[:-size].isupper():
            return word[:-size], word[-size:]
    return word, ""


def _adjective_nominative(word: str, language: str, gender: set[str] | None = None) -> str:
    """An adjective in the nominative, its gender and number kept ("Кременчуцькому")."""
    for candidate in parse(word.lower(), language):
        if "ADJF" in candidate.tag.grammemes:
            inflected = candidate.inflect({"nomn", *(gender or ())})
            if inflected is not None:
                return match_case(inflected.word, word)
    return word


def _qualifiers_before(tokens: list[_Token], index: int, language: str) -> int:
    """Where the capitalised adjectives and acronyms qualifying an acronym begin."""
    first = index
    while (
        first > 0
        and index - first < _MAX_QUALIFIERS
        and tokens[first][_JOINED]
        and tokens[first - 1][_END] < tokens[first][_START]
    ):
        before = tokens[first - 1]
        if before[_ACRONYM] and before[_WORD] not in _NOT_ORGANISATIONS and first == index:
            first -= 1
            continue
        if (
            before[_CAPITALISED]
            and not before[_ACRONYM]
            and not before[_LOWER].startswith(_GENERIC_STARTS)
            and _is_agreeing(before, language)
            and not _is_person(before, language)
            and not _names_people(before[_LOWER], language)
        ):
            first -= 1
            continue
        if first == index and not before[_CAPITALISED] and _is_place_adjective(before, language):
            first -= 1  # "японского МИДа", "львівського АМКУ"
        break
    if first < index and tokens[first][_ACRONYM]:
        return index  # two acronyms and nothing more: each stands alone
    return first


@lru_cache(maxsize=20_000)
def _names_people(lower: str, language: str) -> bool:
    """Whether a word reads as a plural noun for people ("Учёные РАН", "Слідчі СБУ")."""
    return any({"NOUN", "anim", "plur"} <= p.tag.grammemes for p in parse(lower, language))


_PLACE_ADJECTIVE_ENDINGS = ("ский", "цкий", "зкий", "ський", "цький", "зький")


def _is_place_adjective(token: _Token, language: str) -> bool:
    """Whether a lower-case word is an adjective of a place ("японского", "львівського")."""
    lower = token[_LOWER]
    return (
        token[_IS_WORD]
        and not lower.startswith(_GENERIC_STARTS)
        and not lower.startswith(_DETERMINERS)
        and any(
            "ADJF" in p.tag.grammemes and p.normal_form.endswith(_PLACE_ADJECTIVE_ENDINGS)
            for p in parse(lower, language)
        )
    )


# Letters of the case endings a known name may take: "Голосу Америки", "Госдумой".
_ENDING_LETTERS = frozenset("аяеиоуыьйюэіїємхвг")
_NOMINATIVE_ENDINGS = frozenset("аяеиоуыьйюэіїє")
_MAX_ENDING = 3
_MIN_STEM = 4
_KEY = 4  # letters of a name that index the lexicon; no stem is shorter


@attrs.frozen
class _Known:
    """A well-known organisation of the lexicon, as the words its mentions start with."""

    name: str
    kind: OrganizationKind
    stems: tuple[str, ...]  # lower-case stems; acronyms and punctuation exact
    exact: tuple[bool, ...]  # which words must match exactly
    joined: tuple[bool, ...]  # which words follow the one before with no space


def _stem(word: str) -> str:
    """A word without its case ending ("Госдума" -> "госдум"), long enough to be safe.

    Only vowels (and the soft sign) end a nominative: "Ростех" keeps its "х", so that
    "Ростові" is no mention of it.
    """
    lower = word.lower()
    for _ in range(2):
        if len(lower) > _MIN_STEM and lower[-1] in _NOMINATIVE_ENDINGS:
            lower = lower[:-1]
    return lower


@cache
def _known() -> dict[str, tuple[_Known, ...]]:
    """The lexicon of well-known organisations, by the first four letters of the name."""
    raw = resources.files("govnews").joinpath("data", "organizations.tsv").read_text("utf-8")
    by_start: dict[str, list[_Known]] = {}
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        form, kind, *canonical = line.split("\t")
        name = canonical[0] if canonical else form  # a form whose stem alternates
        tokens = _tokens(form)
        exact = tuple(not t[_IS_WORD] or t[_ACRONYM] for t in tokens)
        entry = _Known(
            name=name,
            kind=OrganizationKind(kind),
            stems=tuple(
                t[_WORD] if fixed else _stem(t[_WORD])
                for t, fixed in zip(tokens, exact, strict=True)
            ),
            exact=exact,
            joined=tuple(i > 0 and tokens[i - 1][_END] == t[_START] for i, t in enumerate(tokens)),
        )
        by_start.setdefault(tokens[0][_LOWER][:_KEY], []).append(entry)
    return {
        start: tuple(sorted(entries, key=lambda e: -len(e.stems)))
        for start, entries in by_start.items()
    }


def _word_matches(token: _Token, stem: str, *, exact: bool) -> bool:
    if exact:
        return token[_WORD] == stem
    lower = token[_LOWER]
    rest = lower[len(stem) :]
    return (
        lower.startswith(stem)
        and len(rest) <= _MAX_ENDING
        and all(letter in _ENDING_LETTERS for letter in rest)
    )


def _match_known(tokens: list[_Token], index: int, entry: _Known) -> int:
    """The index after a mention of ``entry`` starting at ``index``, or ``index``."""
    end = index + len(entry.stems)
    if end > len(tokens):
        return index
    for offset, (stem, exact, joined) in enumerate(
        zip(entry.stems, entry.exact, entry.joined, strict=True)
    ):
        token = tokens[index + offset]
        if offset and (
            (tokens[index + offset - 1][_END] == token[_START]) != joined or not token[_JOINED]
        ):
            return index
        if not _word_matches(token, stem, exact=exact):
            return index
    if end < len(tokens) and tokens[end][_START] == tokens[end - 1][_END]:
        following = tokens[end][_WORD]
        if following[0].isalnum():
            return index  # part of a longer word
        after = end + 1
        if (
            following in {"-", ".", "’"}
            and after < len(tokens)
            and tokens[after][_START] == tokens[end][_END]
            and tokens[after][_IS_WORD]
        ):
            return index  # part of a longer name or address: "Лента.ру.рф"
    return end


def _add_known(
    text: str,
    tokens: list[_Token],
    index: int,
    entries: tuple[_Known, ...],
    language: str,
    *,
    found: _Collector,
    places: "_PlaceSpans",
) -> bool:
    """Add the well-known organisation named at ``index``, if any; whether one was."""
    token = tokens[index]
    lower = token[_LOWER]
    for entry in entries:
        if not lower.startswith(entry.stems[0]):
            continue  # the usual case, decided before any call
        end = _match_known(tokens, index, entry)
        if end == index:
            continue
        start, stop = token[_START], tokens[end - 1][_END]
        if found.is_covered(start, stop) or (start, stop) in places:
            return False
        if len(entry.stems) == 1 and token[_INITIAL] and _is_common_word(token[_LOWER], language):
            return False  # "Динамо" opening a sentence may be the word
        name = entry.name
        country = _country_after(tokens, end, language)
        if country is not None:
            name = f"{name} {country[_WORD]}"  # "Госдумы России", "Нафтогазу України"
            stop = country[_END]
        _add_with_cue(
            text, name, entry.kind, Span(start=start, end=stop), language=language, found=found
        )
        return True
    return False


def _names_country(word: str) -> bool:
    """Whether a (casefolded) word of a record's name is a country: "україни", "сша"."""
    return word.upper() in _COUNTRIES or _country_word(word, "uk") or _country_word(word, "ru")


def _country_after(tokens: list[_Token], index: int, language: str) -> _Token | None:
    """The country in the genitive at ``index``, right after a name, if there is one."""
    if index < len(tokens) and _is_country_genitive(tokens[index], language):
        return tokens[index]
    return None


def _is_country_genitive(token: _Token, language: str) -> bool:
    """Whether a word right after a name is a country in the genitive ("України", "США")."""
    if not token[_JOINED] or not token[_CAPITALISED]:
        return False
    if token[_ACRONYM]:
        return token[_WORD] in _COUNTRIES  # "Госдепартамента США", "Минсельхоза РФ"
    return _is_tail_word(token, language, "gent") and bool(
        lemmas(token[_WORD], language) & gazetteer.country_names()
    )


def _known_entry(name: str) -> _Known | None:
    """The lexicon's entry that ``name`` is a form of, all of it ("Голосу Америки")."""
    tokens = _tokens(name)
    if not tokens:
        return None
    for entry in _known().get(tokens[0][_LOWER][:_KEY], ()):
        if _match_known(tokens, 0, entry) == len(tokens):
            return entry
    return None


@lru_cache(maxsize=5_000)
def _is_common_word(lower: str, language: str) -> bool:
    """Whether the dictionary knows a word as something other than a name."""
    return any(
        p.is_known and not ({"Orgn", "Name", "Surn", "Geox"} & p.tag.grammemes)
        for p in parse(lower, language)
    )


# The clubs of the largest economies, by their Latin names ("G7", "G-20") and by the
# Ukrainian and Russian words for their sizes ("Великої сімки", "большой двадцатки").
_GROUP_SIZES = {
    **dict.fromkeys(("сімк", "семерк"), "7"),
    **dict.fromkeys(("вісімк", "восьмерк"), "8"),
    **dict.fromkeys(("двадцятк", "двадцатк"), "20"),
}
_GROUPS = re.compile(
    r"(?<![\w-])G-?(?P<size>7|8|20)(?![\w-])"
    rf"|(?i:\b(?:велик|больш)[а-яії]{{0,3}} (?P<word>{'|'.join(_GROUP_SIZES)})[а-яії]{{0,3}}\b)"
)
_GROUP_WORDS = ("G", *_GROUP_SIZES)  # the size words are written in lower case


def _find_groups(text: str, found: _Collector) -> None:
    """Add the G7, G8 and G20 by any of their names: one record each, named "G7"."""
    if not any(word in text for word in _GROUP_WORDS):
        return  # most texts: a few fast substring searches instead of the pattern's scan
    for match in _GROUPS.finditer(text):
        size = match.group("size") or _GROUP_SIZES[match.group("word").lower()]
        found.add(f"G{size}", _K.INTERNATIONAL, Span(start=match.start(), end=match.end()))


def find_organizations(
    text: str, *, language: str, places: tuple[Place, ...]
) -> tuple[Organization, ...]:
    """Find every organisation named in ``text``, one record per body with all its mentions.

    Args:
        text: The cleaned article text; spans index into it.
        language: ``uk`` or ``ru``.
        places: The places found in the same text (countries are not organisations).

    Returns:
        The organisations, in order of first mention.

    Examples:
        >>> text = "Нарада у Житомирській обласній військовій адміністрації."
        >>> [o.name for o in find_organizations(text, language="uk", places=())]
        ['Житомирська обласна військова адміністрація']
    """
    tokens, heads = _tokens_and_heads(text)
    found = _Collector(len(text))
    quotes = list(_QUOTED.finditer(text))
    found.titles = _programme_titles(text, quotes, language, found)
    _find_phrases(text, tokens, heads, language, found)
    _find_quoted(text, quotes, language, found)
    _find_latin(text, found, language)
    _find_groups(text, found)
    place_spans = _PlaceSpans(len(text), places)
    _find_single_words(text, tokens, language, found, place_spans)
    _find_unquoted_names(tokens, language, found, place_spans)
    _find_acronyms(text, tokens, found, place_spans, language)
    found.link_bracketed(text, language)
    found.refer_generic(text)
    return found.result(text)
