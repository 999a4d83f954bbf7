from pathlib import Path

import govnews

ROOT = Path(__file__).resolve().parent.parent


def test_data_model_example_is_the_current_parse_of_the_seed():
    example = (ROOT / "docs" / "examples" / "seed-000.json").read_text(encoding="utf-8")
    seed = (ROOT / "seeds" / "000_276a5443b50695a0.txt").read_text(encoding="utf-8")
    assert govnews.from_json(example, govnews.Article) == govnews.parse_text(seed)
