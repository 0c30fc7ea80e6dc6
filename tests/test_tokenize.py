"""Normalisation, sentence/word spans and the spaCy bridge: offsets must stay exact."""

from __future__ import annotations

from extract.normalize import clean_web_text, nfc, normalize_for_matching
from extract.spacy_bridge import blank_pipeline, make_doc
from extract.tokenize import split_sentences, tokenize


def test_matching_view_keeps_length_and_unifies_spellings() -> None:
    raw = "Hoà Bình, Khoẻ, Thuỷ, Quý, Uỷ ban\u00a0“A” – B"
    view = normalize_for_matching(raw)
    assert len(view) == len(raw)
    assert view == 'hòa bình, khỏe, thủy, quý, ủy ban "a" - b'


def test_clean_web_text() -> None:
    assert clean_web_text("  Tỉnh&nbsp;Hoà  Bình \r\n\r\n\r\n\r\nUỷ ban ") == "Tỉnh Hòa Bình\n\nỦy ban"


def test_sentences_survive_abbreviations_and_split_at_lines() -> None:
    text = nfc("Lãnh đạo UBND TX.Phú Mỹ và TP. Vũng Tàu dự họp. PGS.TS. Trần Văn B phát biểu.\n"
               "Kết quả nổi bật\nTỉnh đạt 95%.")
    spans = split_sentences(text)
    sents = [text[s:e] for s, e in spans]
    assert sents == [
        "Lãnh đạo UBND TX.Phú Mỹ và TP. Vũng Tàu dự họp.",
        "PGS.TS. Trần Văn B phát biểu.",
        "Kết quả nổi bật",
        "Tỉnh đạt 95%.",
    ]


def test_a_sentence_ending_in_the_citys_short_name_ends_there() -> None:
    # "TP.HCM" is a whole name; the dot after it ends the sentence (unlike "TP. Vũng Tàu")
    text = nfc("Tây Ninh xếp thứ 6, chỉ sau Hưng Yên và TP.HCM. Cả 4 chỉ số thành phần của tỉnh đều tăng.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Tây Ninh xếp thứ 6, chỉ sau Hưng Yên và TP.HCM.", "Cả 4 chỉ số thành phần của tỉnh đều tăng."]


def test_numbers_stay_whole_tokens() -> None:
    s = "cấp cho hơn 8.578/17.464 người, đạt 79,92 điểm, TP.Thuận An 2,2 nghìn, xếp hạng 9/63 lúc 15:04:25"
    words = [s[a:b] for a, b in tokenize(s)]
    for number in ("8.578/17.464", "79,92", "2,2", "9/63", "15:04:25"):
        assert number in words, words
    assert all(s[a:b] == w for (a, b), w in zip(tokenize(s), words, strict=True))


def test_make_doc_is_lossless() -> None:
    text = "Tỉnh  đạt\n\n95% hồ sơ."
    doc = make_doc(blank_pipeline(with_rules=False), text, [(0, 4), (6, 9), (11, 14), (15, 20), (20, 21)])
    assert doc.text == text
    assert [t.text for t in doc if not t.is_space][:3] == ["Tỉnh", "đạt", "95%"]


def test_pipeline_components_find_facts() -> None:
    nlp = blank_pipeline()
    assert nlp.pipe_names == ["vnmetrics_numbers", "vnmetrics_fact_rules"]
    doc = nlp(nfc("Năm 2023, tỉnh đạt 79,92 điểm, xếp hạng 9/63 tỉnh, thành phố."))
    assert [(s.text, s.label_) for s in doc.spans["facts"]] == [("79,92 điểm", "score"),
                                                                ("9/63 tỉnh, thành phố", "rank")]
    assert any(s._.value == 79.92 for s in doc.spans["numbers"])


def test_sentence_loop_matches_underthesea() -> None:
    """The jumping loop of ``_sent_tokenize`` cuts where underthesea's own ``sent_tokenize`` does."""
    import random
    from pathlib import Path

    from extract.tokenize import _sent_tokenize, _underthesea

    reference, _ = _underthesea()
    root = Path(__file__).resolve().parent.parent / "corpus" / "dev" / "texts"
    for path in sorted(root.glob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        assert _sent_tokenize(text) == reference(text), path.name
    rng = random.Random(0)
    pieces = [*"ab A.?!…\n\t\r ", "1.2", "TP.", "tp.", "e.g", "Ông.", "x...Y", "..", "3.500.000", "?!"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert _sent_tokenize(text) == reference(text), repr(text)
