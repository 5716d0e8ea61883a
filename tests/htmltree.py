"""Read the highlighted text and its spans back out of an HTML view (or a browser's DOM)."""

from __future__ import annotations

from html.parser import HTMLParser


class Tree(HTMLParser):
    """Collects the text of .qp-text and the class, title and text of each span in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # open elements inside .qp-text, 0 when outside
        self.text: list[str] = []
        self.open: list[dict[str, str]] = []
        self.spans: list[dict[str, str]] = []
        self.tags: list[str] = []
        self.elements: list[tuple[str, dict[str, str]]] = []  # every element, anywhere

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        self.elements.append((tag, attr))
        if self.depth:
            self.depth += 1
            self.tags.append(tag)
            item = {"class": attr.get("class", ""), "title": attr.get("title", ""), "text": ""}
            self.open.append(item)
            self.spans.append(item)
        elif "qp-text" in attr.get("class", "").split():
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.depth:
                self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)
            for item in self.open:
                item["text"] += data


def tree(page: str) -> Tree:
    """Parse ``page``."""
    tree = Tree()
    tree.feed(page)
    tree.close()
    return tree


def spans_with(tree: Tree, cls: str) -> list[dict[str, str]]:
    """The spans inside .qp-text that have class ``cls``."""
    return [s for s in tree.spans if cls in s["class"].split()]


class _Tables(HTMLParser):
    """Collects the rows (lists of cell texts) of each ``<table>`` by its class."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self.current: list[list[str]] | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        if tag == "table":
            self.current = self.tables.setdefault(attr.get("class", ""), [])
        elif tag == "tr" and self.current is not None:
            self.current.append([])
        elif tag in ("td", "th") and self.current is not None:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.current = None
        elif tag in ("td", "th") and self.current is not None and self.cell is not None:
            self.current[-1].append("".join(self.cell))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def table_rows(page: str, cls: str) -> list[list[str]]:
    """The rows of the table of class ``cls`` in ``page``, header row first; [] if none."""
    parser = _Tables()
    parser.feed(page)
    parser.close()
    return parser.tables.get(cls, [])
