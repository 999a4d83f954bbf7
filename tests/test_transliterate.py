"""Transliteration: the examples of the standards themselves."""

import pytest

from govnews.transliterate import to_latin

# Examples from the table of Cabinet of Ministers of Ukraine resolution No. 55 (2010).
KMU_55 = [
    ("Алушта", "Alushta"),
    ("Андрій", "Andrii"),
    ("Борщагівка", "Borshchahivka"),
    ("Борисенко", "Borysenko"),
    ("Вінниця", "Vinnytsia"),
    ("Володимир", "Volodymyr"),
    ("Гадяч", "Hadiach"),
    ("Богдан", "Bohdan"),
    ("Згурський", "Zghurskyi"),
    ("Ґалаґан", "Galagan"),
    ("Ґорґани", "Gorgany"),
    ("Донецьк", "Donetsk"),
    ("Дмитро", "Dmytro"),
    ("Рівне", "Rivne"),
    ("Олег", "Oleh"),
    ("Есмань", "Esman"),
    ("Єнакієве", "Yenakiieve"),
    ("Гаєвич", "Haievych"),
    ("Короп’є", "Koropie"),
    ("Житомир", "Zhytomyr"),
    ("Жанна", "Zhanna"),
    ("Жежелів", "Zhezheliv"),
    ("Закарпаття", "Zakarpattia"),
    ("Казимирчук", "Kazymyrchuk"),
    ("Медвин", "Medvyn"),
    ("Михайленко", "Mykhailenko"),
    ("Іванків", "Ivankiv"),
    ("Іваненко", "Ivanenko"),
    ("Їжакевич", "Yizhakevych"),
    ("Кадиївка", "Kadyivka"),
    ("Мар’їне", "Marine"),
    ("Йосипівка", "Yosypivka"),
    ("Стрий", "Stryi"),
    ("Олексій", "Oleksii"),
    ("Київ", "Kyiv"),
    ("Коваленко", "Kovalenko"),
    ("Лебедин", "Lebedyn"),
    ("Леонід", "Leonid"),
    ("Миколаїв", "Mykolaiv"),
    ("Маринич", "Marynych"),
    ("Ніжин", "Nizhyn"),
    ("Наталія", "Nataliia"),
    ("Одеса", "Odesa"),
    ("Онищенко", "Onyshchenko"),
    ("Полтава", "Poltava"),
    ("Петро", "Petro"),
    ("Решетилівка", "Reshetylivka"),
    ("Рибчинський", "Rybchynskyi"),
    ("Суми", "Sumy"),
    ("Соломія", "Solomiia"),
    ("Тернопіль", "Ternopil"),
    ("Троць", "Trots"),
    ("Ужгород", "Uzhhorod"),
    ("Уляна", "Uliana"),
    ("Фастів", "Fastiv"),
    ("Філіпчук", "Filipchuk"),
    ("Харків", "Kharkiv"),
    ("Христина", "Khrystyna"),
    ("Біла Церква", "Bila Tserkva"),
    ("Стеценко", "Stetsenko"),
    ("Чернівці", "Chernivtsi"),
    ("Шевченко", "Shevchenko"),
    ("Шостка", "Shostka"),
    ("Кишеньки", "Kyshenky"),
    ("Щербухи", "Shcherbukhy"),
    ("Гоща", "Hoshcha"),
    ("Гаращенко", "Harashchenko"),
    ("Юрій", "Yurii"),
    ("Корюківка", "Koriukivka"),
    ("Яготин", "Yahotyn"),
    ("Ярошенко", "Yaroshenko"),
    ("Костянтин", "Kostiantyn"),
    ("Знам’янка", "Znamianka"),
    ("Феодосія", "Feodosiia"),
]

# The letter table of ICAO Doc 9303 (part 3) for Russian Cyrillic.
ICAO_LETTERS = [
    ("А", "A"), ("Б", "B"), ("В", "V"), ("Г", "G"), ("Д", "D"), ("Е", "E"), ("Ё", "E"),
    ("Ж", "Zh"), ("З", "Z"), ("И", "I"), ("Й", "I"), ("К", "K"), ("Л", "L"), ("М", "M"),
    ("Н", "N"), ("О", "O"), ("П", "P"), ("Р", "R"), ("С", "S"), ("Т", "T"), ("У", "U"),
    ("Ф", "F"), ("Х", "Kh"), ("Ц", "Ts"), ("Ч", "Ch"), ("Ш", "Sh"), ("Щ", "Shch"),
    ("Ы", "Y"), ("Э", "E"), ("Ю", "Iu"), ("Я", "Ia"),
]  # fmt: skip

ICAO_NAMES = [
    ("Юлия Щеглова", "Iuliia Shcheglova"),
    ("Пётр Ёлкин", "Petr Elkin"),
    ("Виктор Цой", "Viktor Tsoi"),
    ("Эдуард Хабибуллин", "Eduard Khabibullin"),
    ("Ирина Макиева", "Irina Makieva"),
    ("Подъячев", "Podieiachev"),
]


@pytest.mark.parametrize(("cyrillic", "latin"), KMU_55)
def test_ukrainian_follows_kmu_55(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic, "uk") == latin


@pytest.mark.parametrize(("cyrillic", "latin"), ICAO_LETTERS)
def test_russian_letter_follows_icao_9303(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic + "а", "ru")[: len(latin)] == latin


@pytest.mark.parametrize(("cyrillic", "latin"), ICAO_NAMES)
def test_russian_name_follows_icao_9303(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic, "ru") == latin


def test_soft_sign_is_dropped_in_russian() -> None:
    assert to_latin("Игорь", "ru") == "Igor"


def test_other_languages_get_the_ukrainian_table() -> None:
    assert to_latin("Віталій Бунечко", "en") == "Vitalii Bunechko"
