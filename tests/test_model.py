"""The result model: spans, immutability, equality, hashing, pickling, plain data."""

from __future__ import annotations

import dataclasses
import json
import pickle
import types

import pytest

import quoteparse
from quoteparse import (
    Conversion,
    Dimension,
    Document,
    Insertion,
    InsertionKind,
    MappedText,
    Marker,
    MarkerKind,
    Piece,
    Quantity,
    Quote,
    QuoteKind,
    Span,
)
from tests.factories import make_quote

TEXT = '"They [the US] tried," she said of the 11 miles (18 km) road.\nComment: See:'


def _quantity(start: int, end: int, value: float, unit: str) -> Quantity:
    return Quantity(
        span=Span(start, end),
        value=value,
        value_span=Span(start, start + len(str(int(value)))),
        unit=unit,
        unit_text=TEXT[start + len(str(int(value))) + 1 : end],
        unit_span=Span(start + len(str(int(value))) + 1, end),
        dimension=Dimension.LENGTH,
    )


def _document() -> Document:
    miles = _quantity(39, 47, 11.0, "mile")
    km = _quantity(49, 54, 18.0, "kilometre")
    return Document(
        text=TEXT,
        quotes=(
            make_quote(
                Span(0, 22),
                TEXT,
                speaker_span=Span(23, 26),
                cue_span=Span(27, 31),
                paragraphs=(Span(1, 21),),
            ),
        ),
        insertions=(Insertion(Span(6, 14), Span(7, 13), "the US", InsertionKind.CLARIFICATION),),
        markers=(
            Marker(Span(62, 75), "Comment", Span(62, 69), "See:", Span(71, 75), MarkerKind.COMMENT),
        ),
        quantities=(miles, km),
        conversions=(Conversion(Span(39, 55), miles, km, 17.70, 0.0167, True),),
    )


def test_hand_built_document_spans_slice_exactly() -> None:
    doc = _document()
    assert doc.quotes[0].span.slice(TEXT) == '"They [the US] tried,"'
    assert doc.insertions[0].span.slice(TEXT) == "[the US]"
    assert doc.markers[0].span.slice(TEXT) == "Comment: See:"
    assert doc.quantities[0].span.slice(TEXT) == "11 miles"
    assert doc.conversions[0].span.slice(TEXT) == "11 miles (18 km)"


def test_results_are_frozen_and_slotted() -> None:
    doc = _document()
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.quotes[0].kind = QuoteKind.SCARE  # type: ignore[misc]
    for cls in (Span, Quote, Insertion, Marker, Quantity, Conversion, Document, MappedText):
        assert "__slots__" in vars(cls), cls


def test_equal_hash_pickle_and_plain_round_trip() -> None:
    doc = _document()
    assert doc == _document()
    assert hash(doc) == hash(_document())
    assert pickle.loads(pickle.dumps(doc)) == doc
    plain = json.loads(json.dumps(doc.to_dict()))
    assert Document.from_dict(plain) == doc
    for result in (doc.quotes[0], doc.insertions[0], doc.markers[0], doc.conversions[0]):
        assert type(result).from_dict(json.loads(json.dumps(result.to_dict()))) == result


def test_a_pickle_rebuilds_each_result_through_its_class() -> None:
    # Results pickle as (class, field values), so an unpickled result is built
    # and checked by its own __init__: a MappedText gets its offsets index back.
    doc = _document()
    mapped = MappedText("ab", (Piece(0, 2, Span(3, 5)),))
    for result in (doc, *doc.quotes, *doc.conversions, doc.conversions[0].source, mapped):
        cls, values = result.__reduce__()
        assert cls is type(result)
        assert cls(*values) == result
        assert pickle.loads(pickle.dumps(result)) == result
    assert pickle.loads(pickle.dumps(mapped)).original_offset(1) == 4
    with pytest.raises(ValueError, match="start <= end"):
        Span.__reduce__(Span(2, 3))[0](3, 2)  # the check runs on the way back in


def test_to_dict_shape() -> None:
    plain = _document().to_dict()
    assert plain["schema_version"] == 2
    assert plain["text_length"] == len(TEXT)
    assert plain["quotes"][0]["span"] == {"start": 0, "end": 22}
    assert plain["quotes"][0]["kind"] == "speech"
    assert plain["conversions"][0]["source"]["unit"] == "mile"
    assert "text" not in _document().to_dict(include_text=False)


def test_span_rejects_backwards_ranges() -> None:
    with pytest.raises(ValueError, match="start <= end"):
        Span(5, 2)
    with pytest.raises(ValueError, match="start <= end"):
        Span(-1, 2)


def test_records_flatten_every_kind() -> None:
    doc = _document()
    (row,) = doc.records("conversions", doc_id="a1")
    assert row["doc_id"] == "a1"
    assert (row["start"], row["end"]) == (39, 55)
    assert row["source_unit"] == "mile"
    assert row["target_value"] == 18.0
    assert row["text"] == "11 miles (18 km)"
    (quote,) = doc.records("quotes")
    assert quote["speaker_span_start"] == 23
    assert quote["paragraphs"] == [[1, 21]]
    assert quote["kind"] == "speech"
    json.dumps([doc.records(kind) for kind in ("quotes", "insertions", "markers", "quantities")])


def test_mapped_text_with_a_replacement_piece() -> None:
    original = "We [...] went [home]."
    mapped = MappedText(
        "We … went.",
        (
            Piece(0, 3, Span(0, 3)),
            Piece(3, 4, Span(3, 8)),
            Piece(4, 9, Span(8, 13)),
            Piece(9, 10, Span(20, 21)),
        ),
    )
    assert mapped.original_span(3, 4).slice(original) == "[...]"
    assert mapped.original_span(0, 10).slice(original) == original
    assert original[mapped.original_offset(9)] == "."
    with pytest.raises(IndexError):
        mapped.original_offset(11)


@pytest.mark.parametrize(
    ("bad", "hint"),
    [
        (b"bytes", "decode it first"),
        (bytearray(b"x"), "decode it first"),
        (None, "not None"),
        (42, "not int"),
        (["a"], "not list"),
    ],
)
@pytest.mark.parametrize(
    "entry",
    [
        quoteparse.parse,
        quoteparse.find_quotes,
        quoteparse.find_insertions,
        quoteparse.find_markers,
        quoteparse.find_quantities,
        quoteparse.find_conversions,
        quoteparse.strip_markers,
    ],
)
def test_wrong_types_raise_type_error_saying_what_to_pass(entry, bad, hint) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match=hint):
        entry(bad)


def test_options_are_keyword_only_and_checked() -> None:
    with pytest.raises(TypeError, match="unknown option 'tolerance'"):
        quoteparse.parse("text", tolerance=0.1)
    with pytest.raises(TypeError):
        quoteparse.parse("text", quoteparse.Options())  # type: ignore[misc]
    with pytest.raises(TypeError, match=r"quoteparse\.Options"):
        quoteparse.parse("text", options={"max_quote_depth": 2})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="conversion_tolerance"):
        quoteparse.Options(conversion_tolerance=2.0)
    assert quoteparse.parse("x", options=quoteparse.Options(max_quote_depth=2)).text == "x"


@pytest.mark.parametrize(
    ("name", "bad", "message"),
    [
        ("max_quote_depth", "3", "max_quote_depth must be an int, not str"),
        ("max_quote_depth", 3.5, "max_quote_depth must be an int, not float"),
        ("max_bracket_depth", True, "max_bracket_depth must be an int, not bool"),
        ("conversion_tolerance", "0.1", "conversion_tolerance must be a number, not str"),
        ("attribution", None, "attribution must be True or False, not NoneType"),
        ("round_sic", 1, "round_sic must be True or False, not int"),
    ],
)
def test_an_option_of_the_wrong_type_is_named(name: str, bad: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        quoteparse.Options(**{name: bad})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=message):
        quoteparse.parse("text", **{name: bad})


def test_options_take_any_integer_and_real_number() -> None:
    # Config read through pandas or NumPy carries their number types; 0 stands for 0.0.
    numpy = pytest.importorskip("numpy")
    options = quoteparse.Options(max_quote_depth=numpy.int64(2), conversion_tolerance=0)
    assert (options.max_quote_depth, options.conversion_tolerance) == (2, 0.0)
    assert (type(options.max_quote_depth), type(options.conversion_tolerance)) == (int, float)
    text = '"We [the US] tried [[]] ][ [[[a]]]," she said, some 11 miles (18 km) away.'
    doc = quoteparse.parse(
        text,
        max_bracket_depth=numpy.int64(2),
        max_insertion_length=numpy.int32(40),
        conversion_tolerance=numpy.float32(0.1),
    )
    assert [i.content for i in doc.insertions] == ["the US", "[a]"]
    assert doc.conversions[0].consistent


def test_public_api_is_exactly_all() -> None:
    public = {
        name
        for name in dir(quoteparse)
        if not name.startswith("_") and not isinstance(getattr(quoteparse, name), types.ModuleType)
    }
    assert public == set(quoteparse.__all__) - {"__version__"}
    assert len(quoteparse.__all__) == len(set(quoteparse.__all__))


def test_from_dict_refuses_a_text_whose_length_changed_in_json() -> None:
    import json

    import pytest

    from quoteparse import Document, parse

    doc = parse('"\ud83d\ude00" she said.')
    data = json.loads(json.dumps(doc.to_dict()))
    assert len(data["text"]) == len(doc.text) - 1
    with pytest.raises(ValueError, match="text_length is 14"):
        Document.from_dict(data)
    assert Document.from_dict(doc.to_dict()) == doc
