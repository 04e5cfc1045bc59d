from __future__ import annotations

from workbench.text import paragraph_spans, parse_header, sentence_spans

from conftest import BUNDLED


def test_header_fields():
    h = parse_header("Publication: Monitor Volume: 6 Issue: 19\n\nBody text.")
    assert h.fields == {"publication": "Monitor", "volume": "6", "issue": "19"}
    assert h.end > 0
    assert parse_header("Title: Kiev and Moscow\nBody.").fields["title"] == "Kiev and Moscow"
    assert parse_header("Moscow said: no.").fields == {}


def test_paragraphs_and_offsets():
    text = BUNDLED.read_text(encoding="utf-8")
    h = parse_header(text)
    spans = paragraph_spans(text, h.end)
    assert len(spans) == 4
    assert text[spans[0][0]:].startswith("But while Putin")
    assert text[spans[-1][0]:spans[-1][1]].endswith("relations.")


def test_lines_are_paragraphs_without_blank_lines():
    text = "One. Two.\nThree.\nFour."
    assert len(paragraph_spans(text)) == 3


def sents(text):
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


def test_sentences_respect_abbreviations_and_citations():
    text = ("Russia opposes U.S.-Japanese plans. Gen. Ivashov agreed (Interfax, Jan. 5). "
            "The U.S. government and George W. Bush disagreed. It ended.")
    assert sents(text) == ["Russia opposes U.S.-Japanese plans.",
                           "Gen. Ivashov agreed (Interfax, Jan. 5).",
                           "The U.S. government and George W. Bush disagreed.", "It ended."]


def test_sentence_after_us_and_quotes():
    text = "He flew to the U.S. The talks failed. “We refuse,” he said. Next."
    assert sents(text) == ["He flew to the U.S.", "The talks failed.", "“We refuse,” he said.", "Next."]


def test_bundled_sentence_count(bundled):
    assert len(bundled.sentences) == 22
    s = bundled.sentences
    for _, row in s.iterrows():
        assert bundled.text[row["start"]:row["end"]] == row["text"]


def test_no_sentence_longer_than_the_cap():
    from workbench.text import MAX_SENTENCE, sentence_spans
    text = "word " * 5000 + "end."
    spans = sentence_spans(text, 0, len(text))
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(text[a:b].strip() and not text[a].isspace() for a, b in spans)


def test_a_first_line_that_is_a_headline_is_the_title():
    h = parse_header("Estonia protests over embassy siege\n\nEstonia protested on Monday.")
    assert h.fields == {"title": "Estonia protests over embassy siege"}
    assert "Estonia protested" in "Estonia protests over embassy siege\n\nEstonia protested on Monday."[h.end:]
    # a sentence, a dateline on its own line, a lone word: no header
    for text in ("Estonia protested on Monday.\n\nRussia denied it.", "MINSK, June 27 (Belapan)\n\nBelarus said.",
                 "Talks\n\nThey met.", "Russia, Belarus Agree on Gas Price"):
        assert parse_header(text).fields == {}, text
