"""The marker-label lexicon: labels that open an editorial marker line.

Curated from what news sites and aggregators print on a line of their own
(wire services, readability and trafilatura extractions, scraped reposts such
as the seed article's ``Comment:`` lines), and checked against the marker lines
of the web corpus annotated in ``evaluation/gold/markers-web.jsonl``. One entry a
line: the label as it is usually written, its kind, whether it opens a line
followed by a colon (``Photo: AP``) and whether it is a marker alone on its line
(``Photo``, ``Advertisement``); credit labels (``Photo by``, ``Credit``) may
also be followed by a capitalised name with no colon (``Photo by Ann Lee``).

Matching is case-insensitive; an apostrophe matches ``'`` or ``’`` or none, and
a space matches any run of spaces or tabs. Entries are unique, and a test uses
each one in each form it allows.
"""

from __future__ import annotations

from typing import NamedTuple

from quoteparse.model import MarkerKind

__all__ = ["LABELS", "Label"]


class Label(NamedTuple):
    """One marker label: how it is written, its kind, and the forms it takes."""

    #: The label as usually written, without the colon.
    text: str
    #: The family of marker lines it opens.
    kind: MarkerKind
    #: True when ``Label: body`` is a marker line.
    colon: bool = True
    #: True when the label alone on its line is a marker line.
    alone: bool = False
    #: True when ``Label Name`` (a capitalised name, no colon) is a marker line.
    bare: bool = False


_C = MarkerKind.COMMENT
_E = MarkerKind.EDITORS_NOTE
_L = MarkerKind.LINK
_U = MarkerKind.UPDATE
_K = MarkerKind.CORRECTION
_M = MarkerKind.MEDIA
_P = MarkerKind.PHOTO
_R = MarkerKind.CREDIT
_A = MarkerKind.PROMO

LABELS: tuple[Label, ...] = (
    # Aggregator comment lines (the seed article's "Comment: See:").
    Label("Comment", _C),
    Label("Comments", _C),
    Label("Our comment", _C),
    # Notes from the editors, and an author's own set-apart notes.
    Label("Editor's note", _E),
    Label("Editors' note", _E),
    Label("Editor's Notes", _E),
    Label("Ed. note", _E),
    Label("Note", _E),
    Label("Disclosure", _E),
    Label("Disclaimer", _E),
    Label("Anmerkung der Redaktion", _E),  # German
    Label("Hinweis der Redaktion", _E),  # German
    Label("Transparenzhinweis", _E),  # German
    Label("Note de la rédaction", _E),  # French
    Label("Nota del editor", _E),  # Spanish
    Label("Nota de la redacción", _E),  # Spanish
    Label("编者按", _E),  # Chinese: editor's note
    # Pointers to other articles.
    Label("See", _L),
    Label("Also see", _L),
    Label("See also", _L),
    Label("Read more", _L),
    Label("Read also", _L),
    Label("Read", _L),
    Label("Read next", _L),
    Label("Also read", _L),
    Label("Related", _L),
    Label("Related article", _L),
    Label("Related articles", _L),
    Label("Related stories", _L),
    Label("Related content", _L),
    Label("Related coverage", _L),
    Label("More", _L),
    Label("More about", _L),
    Label("More on this story", _L),
    Label("Learn more", _L),
    Label("Recommended", _L),
    Label("Lesen Sie auch", _L),  # German
    Label("Mehr zum Thema", _L),  # German
    Label("Auch interessant", _L),  # German
    Label("Lire", _L),  # French (Le Monde: "Lire : ...")
    Label("Lire aussi", _L),  # French
    Label("À lire aussi", _L),  # French
    Label("A lire aussi", _L),  # French, written without the accent
    Label("Voir aussi", _L),  # French
    Label("Lea también", _L),  # Spanish
    Label("Lee también", _L),  # Spanish
    Label("Te puede interesar", _L),  # Spanish
    Label("Leia também", _L),  # Portuguese
    Label("Leia mais", _L),  # Portuguese
    Label("Czytaj też", _L),  # Polish
    Label("Czytaj także", _L),  # Polish
    Label("Zobacz też", _L),  # Polish
    Label("Čtěte také", _L),  # Czech
    Label("相关阅读", _L),  # Chinese: related reading
    Label("関連記事", _L),  # Japanese: related articles
    # Later changes to the story.
    Label("Update", _U),
    Label("Updated", _U),
    Label("Edit", _U),
    Label("Aktualisierung", _U),  # German
    Label("Stand", _U),  # German: "as of"
    Label("Stand des Artikels", _U),  # German
    Label("Erstmeldung", _U, alone=True),  # German: the first report, below the updates
    Label("Mise à jour", _U),  # French
    Label("Actualización", _U),  # Spanish
    Label("Aktualizacja", _U),  # Polish
    # Published corrections.
    Label("Correction", _K),
    Label("Corrections", _K),
    Label("Clarification", _K),
    Label("Korrektur", _K),  # German
    Label("Rectificatif", _K),  # French
    Label("Fe de erratas", _K),  # Spanish
    Label("Errata", _K),  # Portuguese, Spanish
    # Embedded media.
    Label("Watch", _M),
    Label("Video", _M, alone=True),
    Label("Listen", _M),
    Label("Audio", _M),
    Label("Podcast", _M),
    Label("Gallery", _M),
    Label("Interactive", _M),
    Label("Map", _M),
    Label("Graphic", _M),
    Label("Chart", _M),
    Label("Now playing", _M),
    Label("Listen to this article", _M, colon=False, alone=True),  # NYT audio player
    Label("Play video", _M, colon=False, alone=True),  # video player controls
    Label("Fullscreen", _M, colon=False, alone=True),
    Label("Reproduciendo", _M),  # Spanish: now playing
    # Picture credits and captions; NYT extractions leave "Photo" and "Image" alone.
    Label("Photo", _P, alone=True),
    Label("Photos", _P),
    Label("Photograph", _P),  # The Guardian: "Photograph: Name/Agency"
    Label("Illustration", _P),
    Label("Composite", _P),  # The Guardian: a picture made of several
    Label("Photo by", _P, bare=True),
    Label("Photo credit", _P),
    Label("Credit", _P, alone=True, bare=True),  # NYT: "Credit Harry Campbell"
    Label("All photos", _P),
    Label("Top photo", _P),  # Medium, Backchannel: the lead picture's credit
    Label("Top photo by", _P, bare=True),
    Label("View photo", _P, colon=False, alone=True),
    Label("Image", _P, alone=True),
    Label("Image source", _P),
    Label("Image caption", _P),
    Label("Caption", _P),
    Label("Picture", _P),
    Label("Foto", _P),  # German, Spanish, Polish, Czech
    Label("Bild", _P),  # German
    Label("Beitragsbild", _P),  # German: the article's lead picture
    Label("Titelbild", _P),  # German
    Label("Rubriklistenbild", _P),  # German (Ippen sites): the teaser picture
    Label("Crédit photo", _P),  # French
    Label("写真", _P),  # Japanese: photo
    Label("图注", _P),  # Chinese: caption
    # Bylines, datelines and sources.
    Label("Source", _R),
    Label("Sources", _R),
    Label("Reporting by", _R, bare=True),
    Label("Additional reporting by", _R, bare=True),
    Label("Editing by", _R, bare=True),
    Label("Written by", _R, bare=True),
    Label("Quelle", _R),  # German
    Label("Mitarbeit", _R),  # German: contributors
    Label("责任编辑", _R),  # Chinese: editor in charge
    Label("来源", _R),  # Chinese: source
    # Promotional and sharing lines; advertising labels stand alone with no colon.
    Label("Advertisement", _A, colon=False, alone=True),
    Label("Story continues below advertisement", _A, colon=False, alone=True),
    Label("Continue reading the main story", _A, colon=False, alone=True),
    Label("Sponsored", _A, colon=False, alone=True),
    Label("Supported by", _A, colon=False, alone=True),  # NYT: the sponsor line on top
    Label("Sign up for our newsletter", _A, colon=False, alone=True),
    Label("Anzeige", _A, colon=False, alone=True),  # German
    Label("Werbung", _A, colon=False, alone=True),  # German
    Label("Publicité", _A, colon=False, alone=True),  # French
    Label("Publicidad", _A, colon=False, alone=True),  # Spanish
    Label("Publicidade", _A, colon=False, alone=True),  # Portuguese
    Label("Reklama", _A, colon=False, alone=True),  # Polish, Czech
    Label("Subscribe", _A),
    Label("Sign up", _A),
    Label("Share", _A, colon=False, alone=True),  # a sharing button's text
    Label("Share this", _A),
    Label("Follow us", _A),
)
