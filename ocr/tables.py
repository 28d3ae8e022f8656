"""Line items from table rows: a header row of known column names, then rows anchored on item numbers."""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics

from rapidfuzz import fuzz

from ocr.layout import LLine, field_from_lines, rows, same_row
from ocr.lexicon import label_pattern, mend_words
from ocr.models import ExtractedField, LineItem
from ocr.normalize import PRINTED_HS_CODE, hs_digits, parse_amount, unit_code

# Column kinds, tried in this order on each header cell (folded text).
COLUMNS: list[tuple[str, re.Pattern[str]]] = [
    # what one carton holds or weighs ("QTY/CTN", "N.W./CTN"), not the row's quantity or mass
    (
        "per_package",
        label_pattern(
            r"/\s*(?:c(?!ode)[a-z]{1,5}|pkgs?|packages?|bags?|sacks?|sacs?|crates?|bales?|drums?)\b|"
            r"\bper (?:ctn|carton|package)|par colis"
        ),
    ),
    (
        "hs_code",
        label_pattern(
            r"code\s*s\.?h|h\.?t?\.?s\.?\s*code|code\s*h\.?s|^\W*\d*\.?\s*(?:sh|hts?)\b|nomenclature|tarif|"
            r"commodity code|\bngp\b|\bnc8?\b|\bncm\b|partida|posicion\s*aran|codigo arancelario|"
            r"fraccion\s*aran|\baranc\w*\W*hs\b"  # Mexico's "Fracción arancelaria / HS Code", misread too
        ),
    ),
    (
        "unit_price",
        label_pattern(
            r"prix\s*unit|unit\s*price|\bp\.?\s?u\.?\b|unit\s*value|valeur\s*unit|precio\s*unit|preco\s*unit|"
            r"valor\s*unit"
        ),
    ),
    # a certificate's "Gross weight or other quantity" box: a mass marked G.W., else a quantity
    ("measure", label_pattern(r"gross weight or other|poids brut ou autre")),
    # also a bare "Net (kg)" / "Brut (kg)" heading
    (
        "net_mass_kg",
        label_pattern(
            r"poids\s*net|net\s*(?:weight|mass|wt)|masse\s*nette|peso\s*(?:neto|liquido|no\b)|^\W*pes[oa]?\s*n[eo]?t{0,2}\w?\W*(?:\(?\s*kgs?\W*)?$|^\W*(?:total[\s.]*)?[np][.:,]\s*[wn][.:,]|"
            r"^\W*n[eo]tt?o?\W*(?:kgs?\W*)?$"  # also its e read as an o ("Not kg")
        ),
    ),
    (
        "gross_mass_kg",
        label_pattern(
            r"poids\s*brut|gross\s*(?:weight|mass|wt)|masse\s*brute|peso\s*br(?:uto|\b)|^\W*pes[oa]?\s*b[rt]\w{0,3}\W*(?:\(?\s*kgs?\W*)?$|^\W*(?:total[\s.]*)?(?:g[.:,]\s*w|p[.:,]\s*b)[.:,]|"
            r"^\W*(?:gross|brut|brutto)\W*(?:kgs?\W*)?$"
        ),
    ),
    (
        "value",
        label_pattern(
            r"montant|amount|valeur|value|prix\s*total|total\s*price|valor|importe|"
            # not the total of another column ("TOTAL QTY", "TOTAL N.W.")
            r"^\W*total\b(?![\s.]*(?:qty|quantit|qte|n\.|g\.|net|gross|brut|poids|weight|pkgs|packages|colis|ctns|cartons))"
        ),
    ),
    # not "Cantidad y clase de bultos", the number and kind of packages
    ("quantity", label_pattern(r"quantit|qty|qte|\bquant\b|cantidad(?! y clase)")),
    ("unit", label_pattern(r"^\W*(?:unite|unit|u\.?|uom)\W*$")),
    (
        "description",
        label_pattern(
            r"designation|description|marchandises|goods|produit|product|produce|article|libelle|commodit|"
            r"descripcion|descricao|mercancia|mercadoria"
        ),
    ),
    (
        "packages",
        label_pattern(
            r"colis|pkgs|packages|packing|emballage|cartons|\bctns?\b|\bmarks|\bmarques|^\W*no\.? of|^\W*nb\b|"
            r"bultos|cajas|volumes|marcas"
        ),
    ),
    # alone in its cell, after the box number of a form ("5. Item", "5. N°")
    ("line", label_pattern(r"^\W*(?:\d{1,2}[.)]\s*)?(?:n[°o]\.?|no\.?|#|item|pos\.?|ligne|line|n)\W*$")),
]
_STOP = re.compile(
    r"^\W*(?:(?:goods |invoice |grand )?total|sous[\s-]*total|sub[\s-]*total|\*{3,}|fin de liste|end of list|poids|"
    r"nombre|number of|total volume|volume|"
    # the count of packages under the table ("Packages ........ : 118")
    r"(?:packages|colis|bultos)\s*(?::|\.{2,})|"
    # the certification under a certificate's goods
    r"il est certifi|this is to certify|it is hereby certified|the undersigned|l'autorit[ée] soussign)"
    # ... also when it starts with its signatory ("I, the undersigned official veterinarian",
    # "Le vétérinaire officiel soussigné certifie")
    r"|\b(?:the undersigned|soussign|hereby certif)"
    # ... or its box's heading ("Certification", "12. CERTIFICATION")
    r"|^\W*(?:\d{1,2}\W*)?certification\W*$",
    re.IGNORECASE,
)
# a page's footer when the table goes on over the page
_PAGE_FOOTER = re.compile(
    r"^\W*(?:continued|suite (?:page|au verso)|à suivre|a suivre|carried forward|à reporter)"
    r"|^\W*page\s*\d+\s*(?:of|/|sur|de)\s*\d+\W*$",
    re.IGNORECASE,
)
# a bare "1/2" in the page's corner, under everything else (a size grade "23/25" is in the table)
_BARE_PAGE_NUMBER = re.compile(r"^\s*\d{1,2}\s*/\s*\d{1,2}\s*$")


def _page_footer(x: LLine, page: list[LLine]) -> bool:
    if _PAGE_FOOTER.search(x.text):
        return True
    return bool(_BARE_PAGE_NUMBER.match(x.text)) and not any(y.t > x.b for y in page)


# "3. Noix", or "3.Noix" when the OCR lost the space (not "1.5 kg": a letter must follow)
# ... or a typed listing's zero-padded "001 Gruyère"
_ITEM_NO = re.compile(r"^\s*(\d{1,3}(?=\s*[.)])|0\d{1,2}(?=\s+[^\W\d_]))\s*[.)]?(?:\s+|(?=[^\W\d_]))")
# the line number of a "No." column that the OCR read together with its description ("2Thon")
_GLUED_LINE_NO = re.compile(r"^\d{1,3}(?=[A-ZÀ-Ý][a-zà-ÿ]{2})")
# an 8- or 10-digit HS code the OCR glued to the end of the description ("Lale 80 cm69101000"),
# also printed in groups ("236 x 20 mm8708 30 91 90")
_HS_AFTER_WORD = re.compile(r"(?<=[^\W\d_])(\d{4}(?:[ .]?\d{2}){2,3})$")
# an HS code (6 to 10 digits, dotted or not) standing alone inside a description
_GLUED_HS = re.compile(r"(?<![\w.,])(\d{4}\.?\d{2}(?:\.?\d{2}){0,2})(?![\w.,%])")
# the end-of-list line under the last item ("***** FIN DE LISTE *****"), or what is left of it
_END_OF_LIST = re.compile(r"\*{2,}|\*\s+\*|fin\s*de\s*liste|end\s*of\s*list|^\W*$", re.IGNORECASE)
_END_WORDS = ("fin de liste", "end of list")


def _is_end_of_list(text: str) -> bool:
    """The end-of-list line, also when a faint or tilted scan leaves only part of it ("I DE LISTE",
    "D OF S")."""
    if _END_OF_LIST.search(text):
        return True
    plain = text.strip(" *.-").lower()
    return len(plain) >= 6 and max(fuzz.partial_ratio(plain, words) for words in _END_WORDS) >= 82


_MARKS = re.compile(
    r"^\d+\s+\S+.*\b(?:marks?|marques?)\b|"
    # a labelled line of shipping marks over the goods ("Marcas / Shipping marks: EBS / LIÈGE")
    r"^\W*(?:shipping\s+)?(?:marks|marques|marcas|marças)\b[^:]{0,30}:",
    re.IGNORECASE,
)
# shipping marks and a package count on the description's first line ("ST/EG/015 358 cartons")
_MARKS_AND_COUNT = re.compile(
    r"^[\W\dA-ZÀ-Ý]*\b\d+\s*(?i:cartons?|bags?|boxes|packages|pkgs|ctns|sacs?|colis|caisses|pallets?|palettes?|"
    r"drums?|bales?|fûts|balles)(?:['’]s)?\W*$"  # also with a speck read as an apostrophe ("carton's")
)
# the packages before the goods in a certificate's "Number and kind of packages; description of
# goods" box ("4 CRATES OF Polished granite slabs", "189 CARTONS DE AMPOULE LED")
_PACKAGE_KINDS = (
    r"(?:cartons?|ctns?|bags?|sacks?|sacs?|crates?|cases?|boxes|drums?|bales?|pallets?|"
    r"palettes?|colis|caisses?|fûts|balles|rolls?|bundles?|pkgs?|packages?|cageots?|paquets?|ballots?|bidons?|"
    r"[ée]crins?|cajas?|caixas?|bultos?|sacos?|sacas?|fardos?|barrels?|barils?|tins?|cans?|wheels?|meules?|"
    r"cartones|cart[õo]es)"
)
# "2 bundles - ...", "240 sacs de jute - ...", after the marks in an EUR.1's one box of marks,
# packages and goods ("LIÈGE/ODD/69 - 1.221 colis - ..."); or "4 CRATES OF ...", "12 sacs de ..."
_PACKAGES_OF = re.compile(
    rf"^(?:\S+/\S+\s*[-–]\s*)?(?:\d[\d,.\s]*\s*)?(?:[^\W\d_]{{3,}}\s+)?{_PACKAGE_KINDS}(?:\s+\w{{1,3}})?(?:\s+(?:of|de)\s+[^\W\d_]+\s)?\s*[-–:]\s*|"
    rf"^(?:\d[\d,.\s]*\s*)?{_PACKAGE_KINDS}\s+(?:of|de|d['’]|du|des)\s*|"
    # ... or "33 bundles Sawn hard maple": a count, its kind and the goods' capital
    rf"^\d[\d,.]*\s*{_PACKAGE_KINDS}\s+(?=(?-i:[A-ZÀ-Ý]))",
    re.IGNORECASE,
)
# an HS code that says so inside a description ("Fresh lemons HS 0805.50")
_NAMED_HS = re.compile(
    r"\s*\b(?:hs|sh|code\s*sh|hs\s*code|subp(?:artida)?\.?|partida|ncm|taric|"
    r"c[oó]d(?:igo)?\.?\s*arancel(?:ario)?\.?|tariff\s*(?:no|code)\.?|commodity\s*code|code\s*douanier)"
    r"\s*:?\s*(\d{4}[.: ]?\d{2}(?:[. ]?\d{2}){0,2})(?![\w.,%])",
    re.IGNORECASE,
)
_MEASURED = {"hs_code", "gross_mass_kg", "net_mass_kg", "quantity", "measure"}
_NUMERIC = _MEASURED | {"value", "unit_price"}


# heading words long enough to be recognised with one letter misread ("Aount (EUR)")
_HEADING_WORDS = frozenset(
    w.replace("l", "i")
    for w in (
        "amount montant valeur value quantity quantite description designation marchandises "
        "product produit produce weight poids gross price total packages"
    ).split()
)


def _kind(cell: LLine) -> str | None:
    # a speck read as a dot between two heading words ("8. Gross.weight (kg)"), not "N.W."
    text = re.sub(r"(?<=[a-z]{3})[.·](?=[a-z]{3})", " ", cell.label_text)
    # ... or a space the OCR put inside a word ("Qua ntity")
    for attempt in (text, mend_words(text, _HEADING_WORDS)[0], text.replace(" ", "")):
        for kind, pattern in COLUMNS:
            if pattern.search(attempt):
                return kind
    return None


Heading = list[tuple[str, LLine]]  # a table's heading row: (column kind, cell), left to right


def _heading_rows(lines: list[LLine]) -> list[Heading]:
    """Every row that reads as a table's heading: three columns of known kinds, or the two of a
    certificate's goods box (the description or the HS code, and a mass or quantity). A heading
    of no known kind ("Botanical name") is kept as ``other`` so that the cells under it do not
    join a neighbouring column."""
    out = []
    all_rows = rows(lines)
    absorbed: set[int] = set()
    for i, row in enumerate(all_rows):
        if i in absorbed:
            continue
        cols = _heading_cells(row)
        band, taken = _staggered_band(all_rows, i)
        in_band = _heading_cells(band) if taken else None
        # a box heading printed a little lower than the row's ("11. Quantidade / Quantity")
        if in_band is not None and (cols is None or len(_known(in_band)) > len(_known(cols))):
            cols = in_band
            absorbed.update(taken)
        if cols is not None:  # its cells with their second lines ("9. Gross mass (kg) or" / "other measure")
            wrapped = _wrapped_cells([c for _, c in cols], lines, unfinished_only=True)
            cols = [(k, w) for (k, _), w in zip(cols, wrapped, strict=True)]
        cols = cols or _heading_cells(_wrapped_cells(row, lines))
        if cols is not None:
            out.append(_with_stacked_cells(cols, lines))
    return out


def _wrapped_cells(row: list[LLine], lines: list[LLine], *, unfinished_only: bool = False) -> list[LLine]:
    """The row's cells with the line under each that goes on with it: a heading that ends with ";"
    or ",", or whose next line starts in lower case ("6 No d'ordre ; marques, ... des colis ;"
    over "désignation des marchandises")."""
    out = []
    for cell in row:
        line_height = cell.h
        for _ in range(3):  # "9. Gross mass (kg) or" / "other measure (litres," / "m3, etc.)"
            under = next(
                (
                    y
                    for y in lines
                    if y.page == cell.page
                    and 0 <= y.t - cell.b + 0.3 * line_height < line_height
                    and abs(y.l - cell.l) < 2 * line_height
                    and y.r <= cell.r + 2 * line_height
                ),
                None,
            )
            if under is None:
                break
            lower = under.text.lstrip()[:1].islower()
            if not (
                cell.text.rstrip()[-1:] in (";", ",")
                or (lower and (not unfinished_only or _UNFINISHED.search(cell.text)))
            ):
                break
            cell = dataclasses.replace(
                cell,
                text=f"{cell.text} {under.text}",
                folded=f"{cell.folded} {under.folded}",
                r=max(cell.r, under.r),
                b=under.b,
            )
        out.append(cell)
    return out


# a heading that goes on on the next line: "9. Gross mass (kg) or", "Poids net (", "Quantité /"
_UNFINISHED = re.compile(r"(?:\b(?:or|ou|o|and|et|y|e)|[/(&-])\s*$|\([^)]*$", re.IGNORECASE)


def _heading_cells(row: list[LLine]) -> Heading | None:
    """The row's cells with their kinds, if they read as a table's heading."""
    cols = _one_description(_goods_heading(_one_cell_a_column([kc for c in row for kc in _split_heading(c)])))
    kinds = {k for k, _ in cols} - {"other"}
    if kinds & {"description", "hs_code"} and (len(kinds) >= 3 or (len(kinds) == 2 and kinds & _MEASURED)):
        return cols
    return None


def _one_cell_a_column(cols: Heading) -> Heading:
    """A heading printed in two languages, one over the other ("Cantidad" over "Quantity"), is
    one column's cell: of the kind either wording names."""
    out: Heading = []
    for kind, cell in sorted(cols, key=lambda kc: kc[1].l):
        if out and min(cell.r, out[-1][1].r) - max(cell.l, out[-1][1].l) > 0.5 * min(
            cell.r - cell.l, out[-1][1].r - out[-1][1].l
        ):
            first_kind, first = out.pop()
            upper, lower = sorted((first, cell), key=lambda c: c.t)
            merged = dataclasses.replace(
                upper,
                text=f"{upper.text} {lower.text}",
                folded=f"{upper.folded} {lower.folded}",
                l=min(first.l, cell.l),
                r=max(first.r, cell.r),
                b=max(first.b, cell.b),
            )
            # either wording's kind, or the two lines' together ("Posición" over "arancelaria")
            named = next((k for k in (first_kind, kind) if k != "other"), None)
            out.append((named or _kind(merged) or "other", merged))
        else:
            out.append((kind, cell))
    return out


def _staggered_band(all_rows: list[list[LLine]], i: int) -> tuple[list[LLine], list[int]]:
    """Row ``i`` with the cells beside it of the next rows, each within a line height of the one
    before and all within two: a form's box headings printed a little higher or lower each ("8. Origin criterion" over "5. Item number"
    over "7. Number and kind of packages"). A cell under one of the band's cells is the second
    line of that heading, not a heading of its own. Returns the band and the rows it took."""
    row = all_rows[i]
    height = statistics.median(x.h for x in row)
    band, taken = list(row), []
    for j in range(i + 1, min(i + 4, len(all_rows))):
        nxt = all_rows[j]
        step = statistics.mean(x.cy for x in nxt) - statistics.mean(x.cy for x in all_rows[j - 1])
        if nxt[0].page != row[0].page or step > height or nxt[0].cy - row[0].cy > 2 * height:
            break
        beside = [x for x in nxt if not any(x.l < y.r and x.r > y.l for y in band)]
        if beside:
            band += beside
            taken.append(j)
    return sorted(band, key=lambda x: x.l), taken


def _with_stacked_cells(cols: Heading, lines: list[LLine]) -> Heading:
    """The heading row with the headings printed on two lines beside it ("NO. OF / CTNS",
    "TOTAL N.W. / (KGS)"), which sit half a line above and below the one-line headings: each
    stack of lines in a column of its own becomes one cell."""
    cells = [c for _, c in cols]
    top, bottom = min(c.t for c in cells), max(c.b for c in cells)
    height = statistics.median(c.h for c in cells)
    loose = sorted(
        (
            x
            for x in lines
            if x.page == cells[0].page
            and top - 1.2 * height <= x.cy <= bottom + 1.2 * height
            and re.search(r"[^\W\d_]{2}", x.text)
            and not any(x.l < c.r and x.r > c.l for c in cells)
        ),
        key=lambda x: x.t,
    )
    stacks: list[list[LLine]] = []
    for x in loose:
        stack = next((st for st in stacks if any(x.l < y.r and x.r > y.l for y in st)), None)
        if stack is None:
            stacks.append([x])
        else:
            stack.append(x)
    middle = (top + bottom) / 2
    # a stack straddles the row's middle: not the first row of goods under a tight heading
    stacks = [st for st in stacks if min(y.t for y in st) < middle < max(y.b for y in st)]
    if not stacks:
        return cols
    merged = []
    for stack in stacks:
        text = " ".join(y.text for y in stack)
        cell = dataclasses.replace(
            stack[0],
            text=text,
            folded=" ".join(y.folded for y in stack),
            l=min(y.l for y in stack),
            r=max(y.r for y in stack),
            b=max(y.b for y in stack),
        )
        merged.append((_kind(cell) or "other", cell))
    return sorted([*cols, *merged], key=lambda kc: kc[1].l)


# Headings that never qualify the next one: after them, a space still parts two columns
# ("QTY UNIT PRICE (USD)"), where "Goods value" or "Goods / marks" is one heading.
_WHOLE_HEADINGS = {"quantity", "hs_code", "net_mass_kg", "gross_mass_kg", "unit_price"}


def _split_heading(cell: LLine) -> Heading:
    """A heading cell with its kind; two headings the OCR read as one ("QtyUnit Price (EUR)") are
    cut where the second one's words start, the width shared in proportion to the letters."""
    found = sorted((m.start(), k) for k, pattern in COLUMNS for m in [pattern.search(cell.label_text)] if m)
    for at, second_kind in found[1:]:
        if at < 2 or second_kind in (found[0][1], "per_package"):  # "QTY/CTN" is one heading
            continue
        before = cell.text[at - 1]
        if not (before.isalnum() or (before == " " and found[0][1] in _WHOLE_HEADINGS)):
            continue
        x = cell.l + (cell.r - cell.l) * at / len(cell.text)
        first = dataclasses.replace(cell, text=cell.text[:at], folded=cell.folded[:at], r=x)
        second = dataclasses.replace(cell, text=cell.text[at:], folded=cell.folded[at:], l=x)
        if _kind(first) == found[0][1] and _kind(second) == second_kind:
            return [(found[0][1], first), (second_kind, second)]
    return [(_kind(cell) or "other", cell)]


_DESCRIPTION_WORDS = label_pattern(r"designation|description|libelle|descripcion|descricao")
_GOODS_WORDS = dict(COLUMNS)["description"]


def _goods_heading(cols: Heading) -> Heading:
    """A row with no description heading but two of another kind: the one that also names the
    goods heads them ("Name of produce and quantity declared" beside "Quantity declared")."""
    kinds = [k for k, _ in cols]
    if "description" in kinds:
        return cols
    for i, (kind, cell) in enumerate(cols):
        if kinds.count(kind) > 1 and _GOODS_WORDS.search(cell.label_text):
            return [*cols[:i], ("description", cell), *cols[i + 1 :]]
    return cols


def _one_description(cols: Heading) -> Heading:
    """One description column: beside "Désignation", an "Article" or "Product" heading heads the
    seller's item codes."""
    found = [c for k, c in cols if k == "description"]
    if len(found) < 2:
        return cols
    keep = next(
        (c for c in found if _DESCRIPTION_WORDS.search(c.label_text)), max(found, key=lambda c: c.r - c.l)
    )
    return [(k if k != "description" or c is keep else "other", c) for k, c in cols]


def _known(heading: Heading) -> list[str]:
    """The kinds of the heading's printed cells (not the description the margin stands for)."""
    return [k for k, c in heading if k != "other" and c.text]


def _completed(heading: Heading, lines: list[LLine]) -> Heading:
    if any(k == "description" for k, _ in heading):
        return heading
    return [_description_heading(heading, lines), *heading]


def find_header(lines: list[LLine]) -> Heading | None:
    """The table's heading: of the heading rows on the first page that has one, the one with the
    most known cells (the first on a tie). The table starts there, even when the OCR reads its
    heading repeated on the next page better."""
    candidates = _heading_rows(lines)
    if not candidates:
        unheaded = _goods_beside_unheaded_masses(lines)
        return _completed(unheaded, lines) if unheaded else None
    first = min(h[0][1].page for h in candidates)
    header = max((h for h in candidates if h[0][1].page == first), key=lambda h: len(_known(h)))
    return _completed(_with_its_other_language(header, candidates), lines)


_MASS_CELL = re.compile(r"^\d[\d\s.,']*\s*kgs?\.?$", re.IGNORECASE)


def _goods_beside_unheaded_masses(lines: list[LLine]) -> Heading | None:
    """A certificate's goods box whose small mass heading the OCR lost (an EUR.1's "9. Gross mass
    (kg) or other measure"): the goods' heading, and right of it, under no heading of its row, a
    column of masses ("313,20 KG") read as that box's measure."""
    for row in rows(lines):
        cols = [kc for c in row for kc in _split_heading(c)]
        goods = next((c for k, c in cols if k == "description"), None)
        if goods is None:
            continue
        others = [c for k, c in cols if c is not goods]
        masses = [
            x
            for x in lines
            if x.page == goods.page
            and x.t > goods.b
            and x.l >= goods.r - goods.h
            and _MASS_CELL.match(x.text.strip())
            and not any(c.l < x.cx < c.r for c in others)
        ]
        if len(masses) >= 2 and max(x.r for x in masses) - min(x.r for x in masses) < 2 * goods.h:
            column = dataclasses.replace(
                goods, text="", folded="", l=min(x.l for x in masses), r=max(x.r for x in masses)
            )
            return sorted([*cols, ("measure", column)], key=lambda kc: kc[1].l)
    return None


def _with_its_other_language(header: Heading, candidates: list[Heading]) -> Heading:
    """The heading with the row right under it that repeats it in another language ("9. Cantidad
    y clase de bultos; ..." over "Nombre et nature des colis; ..."): one heading, each cell of the
    kind either wording names, the goods starting under both."""
    top, bottom = min(c.t for _, c in header), max(c.b for _, c in header)
    height = statistics.median(c.h for _, c in header)
    under = next(
        (
            h
            for h in candidates
            if h is not header
            and h[0][1].page == header[0][1].page
            and 0.5 * height <= min(c.t for _, c in h) - top < 2.5 * height
            and not any(re.search(r"\d", c.text) for _, c in h)  # wording, no row of goods
        ),
        None,
    )
    if under is None:
        return header
    merged: Heading = []
    for kind, cell in header:
        below_it = [(k, c) for k, c in under if c.l < cell.r and c.r > cell.l]
        if kind == "other":  # named by the line under it, or with it ("10. Código" / "arancelario")
            joined = dataclasses.replace(
                cell,
                text=" ".join([cell.text, *(c.text for _, c in below_it)]),
                folded=" ".join([cell.folded, *(c.folded for _, c in below_it)]),
            )
            kind = next((k for k, _ in below_it if k != "other"), _kind(joined) or kind)
        merged.append((kind, dataclasses.replace(cell, b=max([cell.b, bottom, *(c.b for _, c in below_it)]))))
    # a heading printed once, between the two languages' lines ("Descripción de la mercancía /
    # Désignation des marchandises" beside "Cajas /" over "Cartons")
    alone = [(k, c) for k, c in under if k != "other" and not any(c.l < h.r and c.r > h.l for _, h in header)]
    return sorted([*merged, *alone], key=lambda kc: kc[1].l)


def _continued_headings(header: Heading, lines: list[LLine]) -> dict[int, Heading]:
    """The same heading repeated at the top of the pages after the table's first (a long invoice
    or packing list), by page: most of its known cells, one of them heading the goods (a cell the
    OCR garbled on one page or the other does not part them)."""
    kinds, first = set(_known(header)), header[0][1].page
    out: dict[int, Heading] = {}
    for heading in _heading_rows(lines):
        page, shared = heading[0][1].page, kinds & set(_known(heading))
        same = shared & {"description", "hs_code"} and len(shared) >= 0.6 * max(
            len(kinds), len(_known(heading))
        )
        if page > first and page not in out and same:
            out[page] = _completed(heading, [y for y in lines if y.page == page])
    return out


def _description_heading(header: Heading, lines: list[LLine]) -> tuple[str, LLine]:
    """A heading for the goods left of an HS code column whose own heading the OCR lost (a form's
    small grey "6. Désignation des marchandises" on a photo): from the page's left margin to the
    first known heading."""
    first = min((c for _, c in header), key=lambda c: c.l)
    margin = min(x.l for x in lines)
    return "description", dataclasses.replace(
        first, text="", folded="", l=margin, r=max(margin + 1, first.l - first.h)
    )


def _columns(body: list[LLine], heading: Heading) -> list[tuple[str, LLine]]:
    """Each line's column; a wrapped line under no heading ("cm up" under "Fresh pure white garlic,
    5.0", a heading centred in a wide ruled column) goes with the line it is aligned under."""
    out: list[tuple[str, LLine]] = []
    for x in sorted(body, key=lambda y: y.t):
        kind = None
        if not any(x.l < c.r and x.r > c.l for _, c in heading):
            # the best aligned line above, the nearest on a tie
            aligned = [
                (abs(x.l - y.l), -i, kind)
                for i, (kind, y) in enumerate(out)
                if abs(x.l - y.l) <= x.h and -0.3 * x.h <= x.t - y.b < 1.5 * x.h and y.r > x.l
            ]
            kind = min(aligned)[2] if aligned else _unheaded(x, body, heading)
        out.append((kind or _column_of(x, heading), x))
    return [(_number_under_the_unit(x, out, heading) if k == "unit" else k, x) for k, x in out]


def _number_under_the_unit(x: LLine, cells: list[tuple[str, LLine]], heading: Heading) -> str:
    """A bare number under the unit's heading is the quantity set right against it ("450" under
    "Quantity  Unit"), when the quantity's column has no other cell on the row (else it is the
    unit misread, "l" read as "1")."""
    unit = next(c for k, c in heading if k == "unit")
    left = [(k, c) for k, c in heading if c.r <= unit.l and k in _NUMERIC]
    if not left or not re.fullmatch(r"[\d\s.,']+", x.text.strip()):
        return "unit"
    kind = max(left, key=lambda kc: kc[1].r)[0]
    return "unit" if any(k == kind and y is not x and same_row(x, y) for k, y in cells) else kind


def _unheaded(x: LLine, body: list[LLine], heading: Heading) -> str | None:
    """For a cell under no heading whose nearest column has its own cell on the row: the column on
    its other side when that one has none and its heading is near (a number set right under a
    heading set left, "Quantité" over "    940" beside "Unité" over "kg"), else ``other``, a
    column whose heading the OCR missed ("4" cartons between "QTY/CTN" and "TOTAL QTY")."""

    def taken(c: LLine) -> bool:
        return any(y is not x and same_row(x, y) and y.l < c.r and y.r > c.l for y in body)

    if PRINTED_HS_CODE.fullmatch(x.text.strip()) and all(k != "hs_code" for k, _ in heading):
        return "hs_code"  # a column of tariff codes whose heading the OCR lost
    nearest = min((c for _, c in heading), key=lambda c: abs(c.cx - x.cx))
    if not taken(nearest):
        return None
    across = [(k, c) for k, c in heading if (c.cx - x.cx) * (nearest.cx - x.cx) < 0]
    if across:
        kind, cell = min(across, key=lambda kc: abs(kc[1].cx - x.cx))
        gap = max(x.l - cell.r, cell.l - x.r)
        if not taken(cell) and gap <= max(cell.r - cell.l, 4 * x.h):
            return kind
    return "other"


def _column_of(x: LLine, header: Heading) -> str:
    def overlap(c: LLine) -> float:
        return min(x.r, c.r) - max(x.l, c.l)

    kind, cell = max(header, key=lambda kc: overlap(kc[1]))
    if overlap(cell) > 0:
        return kind
    return min(header, key=lambda kc: abs(kc[1].cx - x.cx))[0]


def _level(lines: list[LLine], header: Heading) -> tuple[list[LLine], Heading]:
    """The lines and the header with the slope the header row still has taken out.

    A phone photo's perspective tilts a table more or less than the page's deskew angle (the
    median of all its lines); across a wide table that is enough for a row's amount to sit level
    with the next row's description. The header is one row by definition, so its slope is the
    table's. Only the vertical positions move; the boxes stay as read.
    """
    xs, ys = [c.cx for _, c in header], [c.cy for _, c in header]
    height = statistics.median(c.h for _, c in header)
    if len(header) < 3 or max(xs) - min(xs) < 15 * height:
        return lines, header
    slope = statistics.linear_regression(xs, ys).slope
    if abs(slope) < 0.005:  # under 0.3 degrees: level enough
        return lines, header
    left = min(xs)
    moved = {
        id(x): dataclasses.replace(x, t=x.t - slope * (x.cx - left), b=x.b - slope * (x.cx - left))
        for x in lines
    }
    return [moved[id(x)] for x in lines], [(k, moved.get(id(c), c)) for k, c in header]


def _over_the_page(heading: Heading, lines: list[LLine]) -> Heading | None:
    """The heading of the page before, set just above the first row of goods of a page that goes
    on with the table without printing its heading again (None when no row of goods comes)."""
    for row in rows(lines):
        kinds = [_column_of(x, heading) for x in row]
        numbers = [k for k, x in zip(kinds, row, strict=True) if k in _NUMERIC and re.search(r"\d", x.text)]
        if "description" in kinds and len(numbers) >= 2:
            top = min(x.t for x in row)
            return [
                (k, dataclasses.replace(c, page=row[0].page, t=top - 1.2 * c.h, b=top - 0.2 * c.h))
                for k, c in heading
            ]
    return None


# a rule typed across a listing ("=====", "-----") under its heading or above its total
_TYPED_RULE = re.compile(r"\s*[=\-_~]{5,}\s*")


def _body(heading: Heading, lines: list[LLine]) -> tuple[list[LLine], LLine | None]:
    """The lines under the heading down to its TOTAL row, a page footer ("Continued on next
    page", "Page 1 of 2") or a wide gap; and that stopping line."""
    head_b = max(c.b for _, c in heading)
    head_h = min(c.h for _, c in heading)
    below_head = sorted(
        (y for y in lines if y.cy > head_b + 0.2 * head_h and not _TYPED_RULE.fullmatch(y.text)),
        key=lambda y: y.t,
    )
    stop = next(
        (
            x
            for x in below_head
            if _STOP.search(x.folded) or _page_footer(x, lines) or _prose(x, heading, below_head)
        ),
        None,
    )
    body: list[LLine] = []
    for x in below_head:
        if stop is not None and x.cy >= stop.t - 0.2 * stop.h:
            break
        if body and x.t - max(y.b for y in body) > 5 * head_h:
            break
        body.append(x)
    return body, stop


def _prose(x: LLine, heading: Heading, lines: list[LLine]) -> bool:
    """A sentence under the table (a certification the OCR garbled past recognising): alone on
    its row and across three columns or more, where a row's cells keep to their columns."""
    across = sum(x.l < c.cx < x.r for _, c in heading)
    return across >= 3 and not any(y is not x and same_row(x, y) for y in lines)


def _totals(stop: LLine, heading: Heading, lines: list[LLine]) -> dict[str, tuple[float, LLine]]:
    """The masses and amounts on the stopping line's row, by column."""
    totals = {}
    for y in lines:
        if abs(y.cy - stop.cy) <= 0.6 * stop.h and y is not stop:
            kind = _column_of(y, heading)
            amount = parse_amount(y.text)
            if amount is not None and kind in ("net_mass_kg", "gross_mass_kg", "value", "quantity"):
                totals[kind] = (amount, y)
    return totals


def table_items(lines: list[LLine]) -> tuple[list[LineItem], dict[str, tuple[float, LLine]]]:
    """Items of the first table, continued under its heading on the pages after it, and the
    values of its TOTAL row by column (masses, amounts)."""
    header = find_header(lines)
    if not header:
        return [], {}
    cells: list[tuple[str, LLine]] = []
    totals: dict[str, tuple[float, LLine]] = {}
    repeated = _continued_headings(header, lines)
    pages: dict[int, list[LLine]] = {}
    for y in lines:
        pages.setdefault(y.page, []).append(y)
    heading: Heading | None = header
    number = header[0][1].page
    while heading is not None:
        page, heading = _level(pages.get(number, []), heading)
        body, stop = _body(heading, page)
        groups, end = _subtotalled_groups(heading, page, body, stop)
        if groups:
            goods = [_group_item(i + 1, *group, heading) for i, group in enumerate(groups)]
            return goods, _totals(end, heading, page) if end is not None else {}
        cells += _columns(body, heading)
        if stop is not None:
            totals = _totals(stop, heading, page)
        number += 1
        if number in repeated:
            heading = repeated[number]
        elif stop is None or _page_footer(stop, page):  # over the page without its heading
            heading = _over_the_page(heading, pages.get(number, []))
        else:
            heading = None
    kinds = {k for k, _ in header}
    # One cell per row marks the rows: the line numbers, numbered descriptions, or a numeric
    # column. The column with the most marks wins (first listed on a tie), so a line number the
    # OCR missed does not merge two rows.
    candidates = [
        [x for k, x in cells if k == "line" and re.fullmatch(r"\d{1,3}", x.text.strip(" .)"))],
        [x for k, x in cells if k == "description" and _ITEM_NO.match(x.text)],
        *(
            [x for k, x in cells if k == key and re.search(r"\d", x.text)]
            for key in ("hs_code", "quantity", "value", "net_mass_kg", "gross_mass_kg", "measure")
            if key in kinds
        ),
    ]
    anchors = max(candidates, key=len)
    if not anchors:
        return [], totals
    anchors.sort(key=lambda a: a.t)
    hs_column = any(k == "hs_code" for k, _ in cells)
    items: list[LineItem] = []

    def row_middle(anchor: LLine) -> float:
        """The middle of the anchor's row: its cell can sit higher than its neighbours."""
        return statistics.median(x.cy for _, x in cells if same_row(anchor, x, tol=0.5))

    # the last row reaches as far below its anchor as the rows above it do (a certificate's
    # marks, description and "HS 0708.20" lines), at least three lines
    pitch = statistics.median(b.t - a.t for a, b in itertools.pairwise(anchors)) if len(anchors) > 1 else 0.0
    bottom = anchors[0].t - 0.6 * anchors[0].h
    for i, anchor in enumerate(anchors):
        top = bottom  # where the row above ends
        after = anchors[i + 1] if i + 1 < len(anchors) else None
        bottom = (
            row_middle(after) - 0.8 * after.h
            if after
            else max(anchor.b + 3 * anchor.h, anchor.t + 0.9 * pitch)
        )
        band = [(k, x) for k, x in cells if top <= x.cy < bottom]
        m = re.fullmatch(r"\d{1,3}", anchor.text.strip(" .)")) or _ITEM_NO.match(anchor.text)
        number = int(m.group(1) if m and m.groups() else m.group(0)) if m else i + 1  # type: ignore[union-attr]
        items.append(LineItem(line=number, fields=_row_fields(band, hs_column, "line" in kinds, number)))
    numbers = [it.line for it in items]
    if any(a >= b for a, b in itertools.pairwise(numbers)):
        # printed numbers always go up: the OCR misread one ("2", "2"), so count the rows instead
        for i, it in enumerate(items):
            it.line = i + 1
    _unit_of_the_column(items)
    return [it for it in items if it.fields], totals


_SUBTOTAL = re.compile(r"^\W*(?:sous|sub)[\s-]*total", re.IGNORECASE)
# a good's rows (its pallets) by column, and its subtotal's row
Group = tuple[list[tuple[str, LLine]], list[LLine]]


def _subtotalled_groups(
    heading: Heading, page: list[LLine], body: list[LLine], stop: LLine | None
) -> tuple[list[Group], LLine | None]:
    """A packing list's goods each over its pallets and summed up by a "Subtotal item 1: 3.860 KG"
    row, more goods following: each group of rows with its subtotal's row, and the line that ends
    the table (its TOTAL). No groups for any other table (an invoice's "Subtotal" before its
    charges and total is its end)."""
    groups: list[Group] = []
    cells = _columns(body, heading)
    while stop is not None and _SUBTOTAL.match(stop.folded):
        row = [y for y in page if same_row(y, stop)]
        groups.append((cells, row))
        after = [y for y in page if y.cy > max(y.b for y in row)]
        body, stop = _body(heading, after)
        cells = _columns(body, heading)
        if not any(k == "description" and re.search(r"[^\W\d_]{3}", x.text) for k, x in cells):
            break
    return (groups, stop) if len(groups) >= 2 else ([], None)


def _group_item(
    line: int, rows: list[tuple[str, LLine]], subtotal: list[LLine], heading: Heading
) -> LineItem:
    """One good: its description and code from its rows, its quantity and masses from its
    subtotal's row (the quantity also as the subtotal's own words say it)."""
    goods = [(k, x) for k, x in rows if k in ("description", "hs_code")]
    label = next(x for x in subtotal if _SUBTOTAL.match(x.folded))
    sums = [
        (k, x) for k, x in _columns([x for x in subtotal if x is not label], heading) if k != "description"
    ]
    fields = _row_fields([*goods, *sums])
    said = label.text.rsplit(":", 1)[-1]
    quantity, unit = parse_amount(said), unit_code(said)
    if "quantity" not in fields and quantity is not None and unit is not None:
        fields["quantity"] = _f("quantity", said, quantity, [label])
        fields["unit"] = _f("unit", said, unit, [label])
    return LineItem(line=line, fields=fields)


def _unit_of_the_column(items: list[LineItem]) -> None:
    """A row whose quantity cell lost its unit to the OCR ("135" among "234 l" rows) takes the
    unit the other rows print in that cell, when most rows print one and all of them agree."""
    quantities = [it.fields["quantity"] for it in items if "quantity" in it.fields]
    printed = [
        it.fields["unit"]
        for it in items
        if "unit" in it.fields
        and "quantity" in it.fields
        and it.fields["unit"].raw == it.fields["quantity"].raw
    ]
    units = {f.value for f in printed}
    if len(printed) < 2 or len(units) != 1 or 2 * len(printed) <= len(quantities):
        return
    unit = units.pop()
    for it in items:
        if "quantity" in it.fields and "unit" not in it.fields:
            quantity = it.fields["quantity"]
            it.fields["unit"] = quantity.model_copy(
                update={"name": "unit", "value": unit, "confidence": 0.5 * quantity.confidence}
            )


def _row_fields(
    band: list[tuple[str, LLine]], hs_column: bool = False, numbered: bool = False, line: int = 0
) -> dict[str, ExtractedField]:
    out: dict[str, ExtractedField] = {}
    by_kind: dict[str, list[LLine]] = {}
    for k, x in band:
        by_kind.setdefault(k, []).append(x)
    desc = sorted(by_kind.get("description", []), key=lambda y: (y.t, y.l))
    words = [y for y in desc if not re.fullmatch(r"\d{1,3}", y.text.strip(" .)"))]
    if words:
        # the line number of a table without a "No." column stands left of the description
        desc = [y for y in desc if y in words or y.cx > min(w.l for w in words)]
    if desc:
        texts = [_ITEM_NO.sub("", y.text).strip() for y in desc]
        if numbered:
            texts = [_GLUED_LINE_NO.sub("", t) for t in texts]
        keep = [
            (t, y)
            for t, y in zip(texts, desc, strict=True)
            if t and not _MARKS.match(t) and not _MARKS_AND_COUNT.match(t) and not _is_end_of_list(t)
        ] or list(zip(texts, desc, strict=True))
        text = " ".join(t for t, _ in keep)
        used = [y for _, y in keep]
        glued = (
            (
                _NAMED_HS.search(text)
                or ((_GLUED_HS.search(text) or _HS_AFTER_WORD.search(text)) if hs_column else None)
            )
            if "hs_code" not in by_kind
            else None
        )
        code = hs_digits(glued.group(1).replace(":", ".")) if glued else None
        if glued and code:  # the OCR read the description and the HS code cell beside it as one line
            out["hs_code"] = _f("hs_code", glued.group(1), code, used)
            text = " ".join((text[: glued.start()] + " " + text[glued.end() :]).split())
        if line:  # the row's own number read as one line with its description ("12Chaise en teck")
            text = re.sub(rf"^{line}(?=\s|[A-ZÀ-Ý])\s*", "", text)
        text = _PACKAGES_OF.sub("", text)
        out["description"] = _f("description", text, text, used)
    for kind in ("hs_code", "quantity", "unit", "unit_price", "value", "net_mass_kg", "gross_mass_kg"):
        cells = sorted(by_kind.get(kind, []), key=lambda y: y.l)
        if not cells:
            continue
        raw = " ".join(c.text for c in cells)
        value: str | float | None
        if kind == "hs_code":
            value = hs_digits(raw)
        elif kind == "unit":
            value = unit_code(raw)
        else:
            value = parse_amount(raw)
        if value is None:
            continue
        out[kind] = _f(kind, raw, value, cells)
        if kind == "quantity" and "unit" not in by_kind:
            litres = _LITRE_AS_ONE.fullmatch(raw)
            if litres:  # "234 1": one digit after a space is no thousands group but the unit's "l"
                number = litres.group(1) or litres.group(2)
                out["quantity"] = _f(kind, raw, parse_amount(number) or value, cells)
                out["unit"] = _f("unit", raw, "l", cells)
                continue
            unit = _unit_after_number(raw)
            if unit:
                out["unit"] = _f("unit", raw, unit, cells)
    for cell in by_kind.get("measure", [])[:1]:
        amount = parse_amount(cell.text)
        if amount is None:
            continue
        unit = _unit_after_number(cell.text)
        if _GROSS_MARK.search(cell.text) or not unit:
            out["gross_mass_kg"] = _f("gross_mass_kg", cell.text, amount, [cell])
        else:
            out["quantity"] = _f("quantity", cell.text, amount, [cell])
            out["unit"] = _f("unit", cell.text, unit, [cell])
    if "unit" not in out and "quantity" in by_kind:
        # the unit printed right after the quantity in a column the OCR left without its heading
        quantity = max(by_kind["quantity"], key=lambda y: y.r)
        beside = [
            y
            for y in by_kind.get("other", [])
            if same_row(quantity, y) and 0 <= y.l - quantity.r < 3 * quantity.h
        ]
        found = next(((y, code) for y in beside if (code := unit_code(y.text))), None)
        if found is not None:
            out["unit"] = _f("unit", found[0].text, found[1], [found[0]])
    if "unit" not in out:
        _litre_glued_to_quantity(out)
    return out


def _unit_after_number(text: str) -> str | None:
    """The unit that follows the number ("1.480 M2", "86.40 Sq.m")."""
    return unit_code(re.sub(r"^[\d\s.,]+", "", text))


_GROSS_MARK = re.compile(r"\b(?:g\.\s*w|p\.\s*b)\b|gross|brut", re.IGNORECASE)


# a quantity whose unit "l" the OCR read as a one or a capital I ("234 1", "342 I"), its space
# lost after a number grouped in thousands ("2 6521": a group has three digits)
_LITRE_AS_ONE = re.compile(r"(\d[\d\s.,]*?)\s+[1Il|]|(\d{1,3}(?: \d{3})* \d{3})[1Il|]")


def _litre_glued_to_quantity(out: dict[str, ExtractedField]) -> None:
    """A quantity that ends in a 1 the amount disproves: the unit "l" read as a one, its space lost
    ("2341" printed "234 l"; 234 x 3.28 = 767.52 where 2341 x 3.28 is not)."""
    quantity, price, amount = (out.get(k) for k in ("quantity", "unit_price", "value"))
    if not (quantity and price and amount) or not re.fullmatch(r"\d+1", quantity.raw.strip()):
        return
    q, p, v = (float(f.value) for f in (quantity, price, amount))  # type: ignore[arg-type]
    shorter = q // 10

    def agrees(count: float) -> bool:  # a unit price printed to the cent
        return abs(count * p - v) <= 0.005 * count + 0.01

    if shorter and agrees(shorter) and not agrees(q):
        out["quantity"] = quantity.model_copy(update={"value": shorter})
        out["unit"] = quantity.model_copy(update={"name": "unit", "value": "l"})


def _f(name: str, raw: str, value: str | float, cells: list[LLine]) -> ExtractedField:
    return field_from_lines(name, raw, value, min(c.conf for c in cells) * 0.9, cells, "layout")
