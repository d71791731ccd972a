"""The portable implementation of the function set: the model (model/src) and the argument
rules (addin/uno/arguments.cpp) in plain Python, without UNO, so that it runs in the Python
LibreOffice bundles on every platform (3.8 and later) and can be imported outside an office.

Arguments arrive as pyuno gives them: None (omitted), float, str, bool, int, or a tuple of
tuples (a range). A rejected argument raises Rejected (Calc: Err:502); no figure is None
(Calc: #N/A). Every rule follows the C++ code it names; the test portable_matches_native
compares both on a large grid of inputs.
"""
import math
import struct

import fondscijfers_data as data
import fondscijfers_functions as functions  # generated from the function table


class Rejected(ValueError):
    """An invalid argument: the UNO shell raises IllegalArgumentException (Err:502)."""


# --- Texts -----------------------------------------------------------------------------------

def _is_rtl_whitespace(c):
    # OUString::trim's whitespace (sal/rtl): control characters and space except NUL, the
    # spaces U+2000-U+200B, and the line and paragraph separators.
    o = ord(c)
    return 0 < o <= 32 or 0x2000 <= o <= 0x200B or o in (0x2028, 0x2029)


def _rtl_trim(text):
    start, end = 0, len(text)
    while start < end and _is_rtl_whitespace(text[start]):
        start += 1
    while end > start and _is_rtl_whitespace(text[end - 1]):
        end -= 1
    return text[start:end]


def _trim_blanks(text):
    # detail::trim_blanks: spaces and tabs only.
    return text.strip(" \t")


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _ascii_lower(text):
    # Only A-Z: str.lower() would also fold characters such as the Kelvin sign into ASCII.
    return text.translate(_ASCII_LOWER)


def _matches_code(text, code):
    return _ascii_lower(_trim_blanks(text)) == _ascii_lower(code)


def checked_text(text):
    """A text argument: one with a lone surrogate is no text (arguments.cpp, utf8)."""
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise Rejected("the text is not valid Unicode (a lone surrogate)")
    return text


def _fold(c):
    o = ord(c)
    if o < 0x80:
        return c.lower() if "A" <= c <= "Z" else c
    return chr(data.FOLD.get(o, o))


def _folded(text):
    return "".join(_fold(c) for c in text)


def _contains_folded(text, part):
    return _folded(part) in _folded(text)


# --- Numbers -----------------------------------------------------------------------------------

INT_MIN, INT_MAX = -2 ** 31, 2 ** 31 - 1

# Calc's encoding of #N/A inside an array: a quiet NaN with the error code as payload.
NOT_AVAILABLE_IN_ARRAY = struct.unpack("<d", struct.pack("<Q", 0x7FF8000000007FFF))[0]

_E48 = 1.0 / (16777216.0 * 16777216.0)


def _approx_equal(a, b):
    # rtl::math::approxEqual, as year.cpp.
    if a == b:
        return True
    if a == 0.0 or b == 0.0:
        return False
    d = abs(a - b)
    return d < abs(a) * _E48 and d < abs(b) * _E48


def year_from_number(number):
    """Year::from_number: a whole, finite number within Calc's approximate equality; whole
    numbers beyond the int range saturate. None: no year."""
    if math.isnan(number) or math.isinf(number):
        return None
    whole = round(number)  # to nearest, ties to even: std::nearbyint
    if not _approx_equal(number, float(whole)):
        return None
    return min(max(whole, INT_MIN), INT_MAX)


def _llround(x):
    # std::llround: halfway cases away from zero. x - floor(x) is exact for a double.
    n = math.floor(abs(x))
    if abs(x) - n >= 0.5:
        n += 1
    return n if x >= 0 else -n


def _power_of_ten(exponent):
    return 10 ** exponent if exponent > 0 else 1


def _divide_rounded(num, den):
    # Half away from zero; den > 0 (bcf.cpp).
    return (num + den // 2) // den if num >= 0 else -((-num + den // 2) // den)


# --- The catalogue ---------------------------------------------------------------------------

class Figure:
    __slots__ = ("first_year", "last_year", "digits", "exponent", "document", "place", "quote",
                 "note", "qualifier", "from_year")

    def __init__(self, row):
        (self.first_year, self.last_year, self.digits, self.exponent, self.document, self.place,
         self.quote, self.note, self.qualifier, self.from_year) = row

    @property
    def period(self):
        return (self.first_year, self.last_year)

    def value(self):
        # One correctly rounded operation, as Figure::value: 371 x 10^-4 is nearest 0,0371.
        scale = math.pow(10.0, abs(self.exponent))
        return float(self.digits) * scale if self.exponent >= 0 else float(self.digits) / scale


class Entry:
    __slots__ = ("key", "stand", "description", "unit", "character", "direction", "overlaps",
                 "overlap_notes", "figures")

    def __init__(self, row):
        (self.key, self.stand, self.description, self.unit, self.character, self.direction,
         self.overlaps, self.overlap_notes, first, count) = row
        self.figures = _FIGURES[first:first + count]

    def figure(self, period):
        """The figure for exactly this year or period."""
        for f in self.figures:
            if f.period == period:
                return f
        return None

    def years(self):
        # "2018-2025", "2015-2022, 2025", then the periods: Entry::years.
        parts = []
        run = None
        for y in sorted(f.first_year for f in self.figures if f.first_year == f.last_year):
            if run and y == run[1] + 1:
                run = (run[0], y)
            else:
                if run:
                    parts.append(_period_text(run))
                run = (y, y)
        if run:
            parts.append(_period_text(run))
        parts += [_period_text(f.period) + " (periode)"
                  for f in self.figures if f.first_year != f.last_year]
        return ", ".join(parts)

    def source(self, f):
        out = (f.document or data.STANDS[self.stand][2]) + ", " + f.place
        if f.quote:
            out += ": \u201c" + f.quote + "\u201d"
        if f.note:
            out += " (" + f.note + ")"
        return out


_FIGURES = [Figure(row) for row in data.FIGURES]
_ENTRIES = [Entry(row) for row in data.ENTRIES]  # by stand, then key
_BY_KEY = {(e.stand, e.key): e for e in _ENTRIES}
_KNOWN_KEYS = frozenset(e.key for e in _ENTRIES)

(ACCRES, ACCRES_PERCENTAGE, ACCRES_REEEL, ACCRES_REEEL_PERCENTAGE, BCF_OMVANG, BCF_DECLARATIES,
 BCF_FLAT_LINE, BCF_GROWTH, BCF_VRIJVAL_GEMEENTEN, BCF_GEMEENTEN_SHARE,
 OPSCHALINGSKORTING) = data.NAMED_KEYS

MAX_KEY_LENGTH = 128  # bytes of UTF-8, as catalogue.cpp


def _normalized_key(text):
    text = _trim_blanks(text)
    if not text or len(text.encode("utf-8", "surrogatepass")) > MAX_KEY_LENGTH:
        return None
    return _ascii_lower(text)


def find_entry(key, stand):
    normal = _normalized_key(key)
    return None if normal is None else _BY_KEY.get((stand, normal))


def is_known_key(key):
    normal = _normalized_key(key)
    return normal is not None and normal in _KNOWN_KEYS


def _named_entry(key, stand):
    return _BY_KEY.get((stand, key))


def _year_figure(key, stand, year):
    """The figure of exactly that year (not a period total); figures.cpp keeps the last."""
    e = _named_entry(key, stand)
    found = None
    if e:
        for f in e.figures:
            if f.first_year == f.last_year == year:
                found = f
    return found


def _only_figure(key, stand):
    e = _named_entry(key, stand)
    return e.figures[0] if e and len(e.figures) == 1 else None


def _single_year_range(key, stand):
    e = _named_entry(key, stand)
    years = [f.first_year for f in e.figures if f.first_year == f.last_year] if e else []
    return (min(years), max(years)) if years else None


def _period_text(p):
    return str(p[0]) if p[0] == p[1] else "%d-%d" % p


def parse_period(text):
    """"2021" or "2019-2021"; surrounding blanks ignored (catalogue.cpp)."""
    text = _trim_blanks(text)

    def number(s):
        if not s or len(s.encode("utf-8", "surrogatepass")) > 4:
            return None
        if any(c < "0" or c > "9" for c in s):
            return None
        return int(s)

    dash = text.find("-")
    first = number(_trim_blanks(text if dash < 0 else text[:dash]))
    if first is None:
        return None
    if dash < 0:
        return (first, first)
    last = number(_trim_blanks(text[dash + 1:]))
    if last is None or last <= first:
        return None
    return (first, last)


# --- Stands --------------------------------------------------------------------------------------

DEFAULT_STAND = 0  # the generator puts the newest full stand first


def parse_stand(code):
    for i, stand in enumerate(data.STANDS):
        if _matches_code(code, stand[0]):
            return i
    return None


# --- The named functions (accres.cpp, bcf.cpp, opschalingskorting.cpp) ---------------------------

def _year_reader(key, whole_euros):
    """The model function that reads `key` of a stand per year (accres.cpp, bcf.cpp,
    opschalingskorting.cpp): whole euros, or the figure as it stands (a fraction)."""
    def read(year, stand):
        f = _year_figure(key, stand, year)
        return None if f is None else int(f.value()) if whole_euros else f.value()
    return read


accres = _year_reader(ACCRES, True)
accres_percentage = _year_reader(ACCRES_PERCENTAGE, False)
accres_reeel = _year_reader(ACCRES_REEEL, True)
accres_reeel_percentage = _year_reader(ACCRES_REEEL_PERCENTAGE, False)
bcf_omvang = _year_reader(BCF_OMVANG, True)
_vrijval_gemeenten = _year_reader(BCF_VRIJVAL_GEMEENTEN, True)
opschalingskorting = _year_reader(OPSCHALINGSKORTING, True)


def _one_plus(f):
    # 1 + digits x 10^exponent, rounded once: 3,71 % gives the double nearest 1,0371.
    one = math.pow(10.0, -f.exponent)
    return (one + float(f.digits)) / one


def accres_index(base, year, stand):
    span = _single_year_range(ACCRES_PERCENTAGE, stand)
    if span is None:
        return None
    # The year before the first percentage is a valid base: the first growth starts there.
    if not all(span[0] - 1 <= y <= span[1] for y in (base, year)):
        return None
    forward = base <= year
    low, high = (base, year) if forward else (year, base)
    factor = 1.0
    for y in range(low + 1, high + 1):
        f = _year_figure(ACCRES_PERCENTAGE, stand, y)
        if f is None or f.exponent > 0:
            return None  # a gap: never interpolate
        factor *= _one_plus(f)
    return factor if forward else 1.0 / factor


def _declaraties_digits(year, stand, growth, exponent):
    rate = _only_figure(BCF_GROWTH, stand)
    if rate is None:
        return None
    base_year = rate.first_year - 1  # the growth applies to the years after it
    if year <= base_year:
        printed = _year_figure(BCF_DECLARATIES, stand, year)
        if printed is None or printed.exponent != exponent:
            return None
        return printed.digits
    if year > rate.last_year:
        return None
    flat = _only_figure(BCF_FLAT_LINE, stand)
    if flat is None or flat.exponent != exponent:
        return None
    g = growth if growth is not None else rate.value()
    return _llround(float(flat.digits) * math.pow(1.0 + g, float(year - base_year)))


def bcf_declaraties(year, stand, growth):
    omvang = _year_figure(BCF_OMVANG, stand, year)
    if omvang is None:
        return None
    digits = _declaraties_digits(year, stand, growth, omvang.exponent)
    return None if digits is None else digits * _power_of_ten(omvang.exponent)


def bcf_vrijval(year, stand, growth, totaal):
    omvang = _year_figure(BCF_OMVANG, stand, year)
    if omvang is None:
        # Outside the table: only a definitive gemeenten figure the stand states (2019).
        return None if totaal else _vrijval_gemeenten(year, stand)
    declaraties = _declaraties_digits(year, stand, growth, omvang.exponent)
    if declaraties is None:
        return None
    total = omvang.digits - declaraties
    unit = _power_of_ten(omvang.exponent)
    if totaal:
        return total * unit
    share = _only_figure(BCF_GEMEENTEN_SHARE, stand)
    if share is None or share.exponent > 0:
        return None
    # Exact: multiply by the share's digits, divide by its power of ten, round once.
    return _divide_rounded(total * share.digits, _power_of_ten(-share.exponent)) * unit


# --- The catalogue functions (circulaire.cpp) ---------------------------------------------------

FOUND, NOT_AVAILABLE, UNKNOWN_KEY, UNKNOWN_FIELD, PERIOD_NEEDED = range(5)


def _dutch_digits(n):
    # Numbers as a Dutch reader writes them: 1.036.297.000 (dots between groups of three).
    digits = str(abs(n))
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ("-" if n < 0 else "") + ".".join(groups)


def _decimal_text(digits, exponent):
    """digits x 10^exponent, exactly: 0,883067 and 1.036.297.000."""
    if exponent >= 0:
        return _dutch_digits(digits * 10 ** exponent)
    places = -exponent
    # At least one digit before the comma: 371 at 10^-4 is 0,0371.
    text = str(abs(digits)).rjust(places + 1, "0")
    return (("-" if digits < 0 else "") + _dutch_digits(int(text[:-places])) + ","
            + text[-places:])


def _percent_text(f):
    return _decimal_text(f.digits, f.exponent + 2) + "%"


def _amount_text(unit, f):
    qualifier = f.qualifier + " " if f.qualifier else ""
    if unit in ("euro", "euro_per_besluit"):
        return qualifier + "\u20ac " + _decimal_text(f.digits, f.exponent)
    if unit == "fractie":
        return (qualifier + _decimal_text(f.digits, f.exponent) + " (" + _percent_text(f)
                + ")")
    return qualifier + _decimal_text(f.digits, f.exponent)  # personen, aantal


def _table_unit(exponent):
    # The unit of a table's figures: "(x € 1.000)".
    if exponent <= 0:
        return "euro"
    if exponent == 6:
        return "(x \u20ac 1 mln)"
    return "(x \u20ac " + _decimal_text(1, exponent) + ")"


def _sentence(text):
    # Ends a sentence: a full stop unless the text already ends with one or a question mark.
    if not text or text[-1] not in ".?":
        text += "."
    return text


def _all_sources(entry):
    seen = []
    for f in entry.figures:
        s = entry.source(f)
        if s not in seen:
            seen.append(s)
    return _sentence(("Bron: " if len(seen) == 1 else "Bronnen: ") + " | ".join(seen))


def _where(stand):
    return ", stand " + data.STANDS[stand][0]


def _document(stand):
    return data.STANDS[stand][2]


def _key_source(key, period, stand, label=""):
    """"accres.nominaal 2022, stand S2020: € 1.036.297.000. Bron: ...". `label` is what the
    formula named: the key, or the function ("ACCRES")."""
    entry = find_entry(key, stand)
    if entry is None:
        return NOT_AVAILABLE, ""
    name = label or entry.key
    if period is None:
        return FOUND, (name + _where(stand) + ", jaren " + entry.years() + ". "
                       + _all_sources(entry))
    f = entry.figure(period)
    if f is None:
        return NOT_AVAILABLE, ""
    return FOUND, (name + " " + _period_text(period) + _where(stand) + ": "
                   + _amount_text(entry.unit, f) + ". " + _sentence("Bron: " + entry.source(f)))


def _place_of(f):
    # Where a figure of a named key is printed, shortly: its place, and its document when
    # that is not the stand's.
    if f is None:
        return "?"
    return f.document + ", " + f.place if f.document else f.place


def _bcf_base_year(stand):
    rate = _only_figure(BCF_GROWTH, stand)
    return None if rate is None else rate.first_year - 1


def _index_source(period, stand):
    method = (": het product van (1 + accrespercentage) over de jaren na het basisjaar tot en "
              "met het jaar")
    if period is None or period[0] != period[1]:
        # A period has no index of its own; without a year: the method and all sources.
        entry = find_entry(ACCRES_PERCENTAGE, stand)
        if entry is None or period is not None:
            return NOT_AVAILABLE, ""
        return FOUND, "ACCRESINDEX" + _where(stand) + method + ". " + _all_sources(entry)
    f = _year_figure(ACCRES_PERCENTAGE, stand, period[0])
    if f is None:
        return NOT_AVAILABLE, ""
    one = _power_of_ten(-f.exponent)  # 1 in the figure's digits: 1 + 0,0371 = 1,0371
    year = str(period[0])
    return FOUND, ("ACCRESINDEX tot en met " + year + _where(stand) + method + "; voor " + year
                   + ": 1 + " + _decimal_text(f.digits, f.exponent) + " = "
                   + _decimal_text(one + f.digits, f.exponent) + ". "
                   + _sentence("Bron: " + _document(stand) + ", " + _place_of(f)))


def _in_table(p, stand):
    # A single year that BCFOMVANG knows in the stand (the years of Tabel 3).
    return p[0] == p[1] and _year_figure(BCF_OMVANG, stand, p[0]) is not None


def _projection_formula(stand, year):
    # "3.571.372 x (1 + 3,5%)^(2023 - 2020)"; `year` may be "jaar".
    flat = _only_figure(BCF_FLAT_LINE, stand)
    rate = _only_figure(BCF_GROWTH, stand)
    base = _bcf_base_year(stand)
    if flat is None or rate is None or base is None:
        return "?"
    return (_decimal_text(flat.digits, 0) + " x (1 + " + _percent_text(rate) + ")^(" + year
            + " - " + str(base) + ")")


def _projection_sources(stand):
    return ("raming: " + _place_of(_only_figure(BCF_FLAT_LINE, stand)) + "; groei: "
            + _place_of(_only_figure(BCF_GROWTH, stand)))


def _in_unit(euros, exponent):
    # Integer division truncating toward zero, as C++ does (// would floor negatives).
    for _ in range(exponent):
        euros = -(-euros // 10) if euros < 0 else euros // 10
    return euros


def _declaraties_source(period, stand):
    base = _bcf_base_year(stand)
    if base is None:
        return NOT_AVAILABLE, ""
    projected = period is not None and _in_table(period, stand) and period[0] > base
    if period is not None and not projected:
        return _key_source(BCF_DECLARATIES, period, stand, "BCFDECLARATIES")
    where, document = _where(stand), _document(stand)
    if not projected:
        entry = find_entry(BCF_DECLARATIES, stand)
        flat = _only_figure(BCF_FLAT_LINE, stand)
        if entry is None or flat is None:
            return NOT_AVAILABLE, ""
        return FOUND, ("BCFDECLARATIES" + where + ": tot en met " + str(base)
                       + " de tabel, daarna " + _projection_formula(stand, "jaar")
                       + ", afgerond " + _table_unit(flat.exponent) + ". "
                       + _sentence("Bron: " + document + ", " + _place_of(entry.figures[0])
                                   + "; " + _projection_sources(stand)))
    year = period[0]
    omvang = _year_figure(BCF_OMVANG, stand, year)
    result = bcf_declaraties(year, stand, None)
    if omvang is None or result is None:
        return NOT_AVAILABLE, ""
    return FOUND, ("BCFDECLARATIES " + str(year) + where + " = "
                   + _projection_formula(stand, str(year)) + " = "
                   + _dutch_digits(_in_unit(result, omvang.exponent)) + " "
                   + _table_unit(omvang.exponent) + ". "
                   + _sentence("Bron: " + document + ", " + _projection_sources(stand)))


def _vrijval_source(period, stand):
    # Outside the table only a definitive gemeenten figure the stand states (2019).
    if ((period is not None and not _in_table(period, stand))
            or _named_entry(BCF_OMVANG, stand) is None):
        return _key_source(BCF_VRIJVAL_GEMEENTEN, period, stand, "BCFVRIJVAL")
    share = _only_figure(BCF_GEMEENTEN_SHARE, stand)
    base = _bcf_base_year(stand)
    if share is None or base is None:
        return NOT_AVAILABLE, ""
    where, document = _where(stand), _document(stand)
    share_text = _decimal_text(share.digits, share.exponent)
    omvang_entry = find_entry(BCF_OMVANG, stand)
    if omvang_entry is None:
        return NOT_AVAILABLE, ""
    # Omvang and declaraties are rows of the same table.
    sources = ("omvang en declaraties: " + _place_of(omvang_entry.figures[0])
               + "; aandeel gemeenten: " + _place_of(share))
    if period is None:
        flat = _only_figure(BCF_FLAT_LINE, stand)
        return FOUND, ("BCFVRIJVAL" + where + " = (omvang - declaraties) x " + share_text
                       + " (aandeel gemeenten), per jaar "
                       + (_table_unit(flat.exponent) if flat else "")
                       + "; declaraties na " + str(base) + " = "
                       + _projection_formula(stand, "jaar") + ". "
                       + _sentence("Bron: " + document + ", " + sources + "; "
                                   + _projection_sources(stand)))
    year = period[0]
    omvang = _year_figure(BCF_OMVANG, stand, year)
    declaraties = bcf_declaraties(year, stand, None)
    vrijval = bcf_vrijval(year, stand, None, False)
    if omvang is None or declaraties is None or vrijval is None:
        return NOT_AVAILABLE, ""
    e = omvang.exponent
    projected = year > base
    return FOUND, ("BCFVRIJVAL " + str(year) + where + " = ("
                   + _dutch_digits(omvang.digits) + " - "
                   + _dutch_digits(_in_unit(declaraties, e)) + ") x " + share_text + " = "
                   + _dutch_digits(_in_unit(vrijval, e)) + " " + _table_unit(e)
                   + ": (omvang - declaraties) x aandeel gemeenten"
                   + ("; declaraties = " + _projection_formula(stand, str(year))
                      if projected else "")
                   + ". "
                   + _sentence("Bron: " + document + ", " + sources
                               + ("; " + _projection_sources(stand) if projected else "")))


# Formula name -> (how CIRCULAIREBRON explains it, the key CIRCULAIREINFO describes).
_NAMED_FUNCTIONS = (
    ("ACCRES", "key", ACCRES),
    ("ACCRESPERCENTAGE", "key", ACCRES_PERCENTAGE),
    ("ACCRESREEEL", "key", ACCRES_REEEL),
    ("ACCRESREEELPERCENTAGE", "key", ACCRES_REEEL_PERCENTAGE),
    ("ACCRESINDEX", "index", ACCRES_PERCENTAGE),
    ("BCFOMVANG", "key", BCF_OMVANG),
    ("BCFDECLARATIES", "declaraties", BCF_DECLARATIES),
    ("BCFVRIJVAL", "vrijval", BCF_VRIJVAL_GEMEENTEN),
    ("OPSCHALINGSKORTING", "key", OPSCHALINGSKORTING),
)


def _named_function(name):
    for f in _NAMED_FUNCTIONS:
        if _matches_code(name, f[0]):
            return f
    return None


def catalogue_value(key, period, stand):
    entry = find_entry(key, stand)
    if entry is None:
        return (NOT_AVAILABLE if is_known_key(key) else UNKNOWN_KEY), None
    if period is not None:
        f = entry.figure(period)
    elif len(entry.figures) != 1:
        return PERIOD_NEEDED, None
    else:
        f = entry.figures[0]
    return (FOUND, f.value()) if f else (NOT_AVAILABLE, None)


def catalogue_source(name, period, stand):
    f = _named_function(name)
    if f is not None:
        method, key = f[1], f[2]
        if method == "index":
            return _index_source(period, stand)
        if method == "declaraties":
            return _declaraties_source(period, stand)
        if method == "vrijval":
            return _vrijval_source(period, stand)
        return _key_source(key, period, stand, f[0])
    if not is_known_key(name):
        return UNKNOWN_KEY, ""
    return _key_source(name, period, stand)


def _qualifier_of(f):
    return f.qualifier or "exact"


def _character_of(e, f):
    if f.first_year != f.last_year:
        return ("over de periode " if e.unit == "fractie" else "totaal over ") + \
            _period_text(f.period)
    if f.from_year:
        return "structureel vanaf %d" % f.from_year
    return e.character


def _qualifier_summary(e):
    # "exact", or the years with another qualifier ("ruim: 2021").
    parts = [f.qualifier + ": " + _period_text(f.period) for f in e.figures if f.qualifier]
    return "; ".join(parts) if parts else "exact"


def _character_summary(e):
    for f in e.figures:
        if f.from_year:
            return "structureel vanaf %d" % f.from_year
    if len(e.figures) == 1:
        return _character_of(e, e.figures[0])
    return e.character


def _quotes_of(e):
    seen = []
    for f in e.figures:
        if f.quote and f.quote not in seen:
            seen.append(f.quote)
    return " | ".join(seen)


INFO_FIELDS = ("omschrijving", "eenheid", "kwalificatie", "karakter", "overlap", "richting",
               "bron", "citaat")


def catalogue_info(name, field, period, stand):
    which = next((f for f in INFO_FIELDS if _matches_code(field, f)), None)
    if which is None:
        return UNKNOWN_FIELD, ""
    function = _named_function(name)
    if function is None and not is_known_key(name):
        return UNKNOWN_KEY, ""
    if which == "bron":
        return catalogue_source(name, period, stand)
    entry = find_entry(function[2] if function else name, stand)
    if entry is None:
        return NOT_AVAILABLE, ""
    figure = entry.figure(period) if period is not None else None
    if period is not None and figure is None:
        return NOT_AVAILABLE, ""
    if which == "omschrijving":
        text = entry.description
    elif which == "eenheid":
        text = entry.unit
    elif which == "overlap":
        text = entry.overlaps
    elif which == "richting":
        text = entry.direction
    elif which == "kwalificatie":
        text = _qualifier_of(figure) if figure else _qualifier_summary(entry)
    elif which == "karakter":
        text = _character_of(entry, figure) if figure else _character_summary(entry)
    else:  # citaat
        text = figure.quote if figure else _quotes_of(entry)
    return FOUND, text


LIST_TITLES = ("sleutel", "omschrijving", "eenheid", "jaren", "stand", "kwalificatie",
               "karakter", "overlap")


def catalogue_list(filter_text, header=False):
    """A list (not a tuple: see _cell) of rows, after the column names when `header`; empty
    when no entry matches."""
    part = _trim_blanks(filter_text)
    rows = [(e.key, e.description, e.unit, e.years(), data.STANDS[e.stand][0],
             _qualifier_summary(e), _character_summary(e), e.overlaps)
            for e in _ENTRIES
            if _contains_folded(e.key, part) or _contains_folded(e.description, part)]
    return [LIST_TITLES] + rows if rows and header else rows


def stand_answer(stand):
    """CIRCULAIRESTAND: without a stand the default stand's code, with one its title."""
    return data.STANDS[DEFAULT_STAND][0] if stand is None else data.STANDS[stand][1]


# --- Arguments (arguments.cpp) -------------------------------------------------------------------

def _option_text(argument):
    """An optional text: None when omitted, empty or blank; anything but text is rejected."""
    if argument is None:
        return None
    if not isinstance(argument, str):
        raise Rejected("not a text")
    trimmed = checked_text(_rtl_trim(argument))
    return trimmed or None


def _year_from_text(text):
    # "2021" typed as text, as Calc itself converts it for number arguments.
    trimmed = _rtl_trim(text)
    if not trimmed or len(trimmed) > 9 or any(c < "0" or c > "9" for c in trimmed):
        return None
    return int(trimmed)


def year_argument(number):
    year = year_from_number(number)
    if year is None:
        raise Rejected("jaar must be a whole number")
    return year


def _single_year(argument):
    if isinstance(argument, float):
        return year_argument(argument)
    if isinstance(argument, str):
        year = _year_from_text(argument)
        if year is not None:
            return year
    raise Rejected("jaar must be a whole number or a range of years")


def _year_in_array(element):
    """A year in a range: None for an empty cell."""
    if isinstance(element, float):
        return year_argument(element)
    if not isinstance(element, str):
        raise Rejected("jaar must be a whole number or a range of years")
    if not _rtl_trim(element):
        return None
    year = _year_from_text(element)
    if year is None:
        raise Rejected("jaar must be a whole number or a range of years")
    return year


def stand_argument(argument):
    stand = optional_stand_argument(argument)
    return DEFAULT_STAND if stand is None else stand


def _parsed_option(argument, parse, why):
    """An optional text, parsed: None when omitted or blank; Rejected(why) when it does not
    parse."""
    text = _option_text(argument)
    if text is None:
        return None
    value = parse(text)
    if value is None:
        raise Rejected(why)
    return value


def optional_stand_argument(argument):
    return _parsed_option(argument, parse_stand, "unknown stand")


def growth_argument(argument):
    """None: the stand's own growth."""
    if argument is None:
        return None
    if not isinstance(argument, float):
        raise Rejected("groei must be a number")
    if math.isnan(argument) or math.isinf(argument) or argument <= -1.0 or argument > 1.0:
        raise Rejected("groei must be above -100% and at most 100%")
    return argument


def totaal_argument(argument):
    """deel: False for "gemeenten" (the default), True for "totaal"."""
    text = _option_text(argument)
    if text is None or _matches_code(text, "gemeenten"):
        return False
    if _matches_code(text, "totaal"):
        return True
    raise Rejected('deel must be "gemeenten" or "totaal"')


def period_argument(argument):
    if argument is None:
        return None
    if isinstance(argument, float):
        year = year_argument(argument)
        return (year, year)
    return _parsed_option(argument, parse_period,
                          'jaar must be a year or a period such as "2019-2021"')


def header_argument(argument):
    if argument is None:
        return False
    if not isinstance(argument, float) or (argument != 0 and argument != 1):
        raise Rejected("kop must be TRUE, FALSE, 1 or 0")
    return argument == 1


def _answer(answer):
    status, value = answer
    if status == UNKNOWN_KEY:
        raise Rejected("unknown key")
    if status == UNKNOWN_FIELD:
        raise Rejected("unknown veld")
    if status == PERIOD_NEEDED:
        raise Rejected("this key has several figures: give jaar")
    return value if status == FOUND else None


def _number(value):
    return None if value is None else float(value)


def _for_each_year(years, figure):
    """figure(year) for a year, or for every year of a range: then a tuple of tuples of the
    same shape with NOT_AVAILABLE_IN_ARRAY where there is no figure or the cell is empty."""
    if not isinstance(years, tuple):
        return _number(figure(_single_year(years)))
    out = []
    for row in years:
        if not isinstance(row, tuple):
            raise Rejected("jaar must be a year or a range of years")
        values = []
        for element in row:
            year = _year_in_array(element)
            value = None if year is None else figure(year)
            values.append(NOT_AVAILABLE_IN_ARRAY if value is None else float(value))
        out.append(tuple(values))
    return tuple(out)


# --- The spreadsheet functions, as the function table binds them ------------------------------

def _base_year_argument(argument):
    # IDL double: Calc itself rejects text (#VALUE!); pyuno passes a number.
    if not isinstance(argument, float):
        raise Rejected("basisjaar must be a number")
    return year_argument(argument)


# Each argument kind of the function table (ArgumentKind) and its conversion; `years` is
# converted year by year (_for_each_year).
_CONVERSIONS = {
    "year": _base_year_argument,
    "stand": stand_argument,
    "stand_code": optional_stand_argument,
    "growth": growth_argument,
    "deel": totaal_argument,
    "key": checked_text,
    "field": checked_text,
    "period": period_argument,
    "filter": lambda argument: _option_text(argument) or "",
    "header": header_argument,
}


def _cell(result):
    """A model result as Calc takes it: a catalogue answer (status, value) is its value or
    Rejected; a list of rows is a tuple of tuples, none is #N/A; a number is a float."""
    if isinstance(result, list):
        return tuple(result) or None
    if isinstance(result, tuple):
        return _answer(result)
    if isinstance(result, str):
        return result
    return _number(result)


def spreadsheet_function(method):
    """The function Calc calls by its IDL method name: every argument converted by its kind,
    then the model call of the function table, per year for a `years` argument (as the
    generated methods of addin/uno/functions_component.cpp)."""
    entry = next(f for f in functions.FUNCTIONS if f[1] == method)
    arguments, (model_name, order) = entry[2], entry[3]
    model = globals()[model_name]

    def call(*values):
        converted, years = {}, None
        for (name, kind), value in zip(arguments, values):
            if kind == "years":
                years = (name, value)
            else:
                converted[name] = _CONVERSIONS[kind](value)
        if years is None:
            return _cell(model(*(converted[n] for n in order)))
        return _for_each_year(years[1], lambda y: model(
            *(y if n == years[0] else converted[n] for n in order)))

    call.__name__ = method
    return call
