#include "texts.hpp"

#include <charconv>
#include <iterator>
#include <string_view>
#include <vector>

namespace fondscijfers::detail {

std::string dutch_digits(std::int64_t n) {
    const bool negative = n < 0;
    std::string digits = std::to_string(negative ? -n : n);
    for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ".");
    return (negative ? "-" : "") + digits;
}

std::string decimal_text(std::int64_t digits, int exponent) {
    if (exponent >= 0) {
        for (int i = 0; i < exponent; ++i)
            digits *= 10;
        return dutch_digits(digits);
    }
    const bool negative = digits < 0;
    std::string text = std::to_string(negative ? -digits : digits);
    const auto places = static_cast<std::size_t>(-exponent);
    if (text.size() <= places) text.insert(0, places + 1 - text.size(), '0');
    std::int64_t whole = 0; // the digits before the comma (no strtoll: the component does no I/O)
    for (const char c : std::string_view(text).substr(0, text.size() - places))
        whole = whole * 10 + (c - '0');
    return (negative ? "-" : "") + dutch_digits(whole) + "," + text.substr(text.size() - places);
}

std::string percent_text(const Figure& f) {
    return decimal_text(f.digits, f.exponent + 2) + "%";
}

namespace {

// printf's %.<precision>g (std::to_chars with a precision is specified as printf is; the
// component does no I/O), with a decimal comma.
std::string printed(int precision, double number) {
    char buffer[40];
    const auto end = std::to_chars(std::begin(buffer), std::end(buffer), number,
                                   std::chars_format::general, precision)
                         .ptr;
    std::string out(buffer, end);
    for (char& c : out)
        if (c == '.') c = ',';
    return out;
}

std::vector<std::string_view> segments(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0;;) {
        const auto next = text.find(", ", at);
        out.push_back(text.substr(at, next == std::string_view::npos ? next : next - at));
        if (next == std::string_view::npos) return out;
        at = next + 2;
    }
}

// "Tabel 2" of "en Tabel 2 Belangrijkste mutaties"; empty when the segment names no table.
std::string_view table_in(std::string_view segment) {
    auto at = segment.find("Tabel ");
    if (at == std::string_view::npos) at = segment.find("tabel ");
    if (at == std::string_view::npos) return {};
    const auto end = segment.find(' ', at + 6);
    return segment.substr(at, end == std::string_view::npos ? end : end - at);
}

} // namespace

std::string growth_text(double rate) {
    return printed(6, rate * 100) + "%";
}

std::string number_text(double number) {
    return printed(15, number);
}

std::string amount_text(Unit unit, const Figure& f) {
    const std::string qualifier = f.qualifier.empty() ? "" : std::string(f.qualifier) + " ";
    switch (unit) {
    case Unit::euro:
    case Unit::euro_per_besluit:
        return qualifier + "\u20ac " + decimal_text(f.digits, f.exponent);
    case Unit::fractie:
        return qualifier + decimal_text(f.digits, f.exponent) + " (" + percent_text(f) + ")";
    case Unit::personen:
    case Unit::aantal:
        break;
    }
    return qualifier + decimal_text(f.digits, f.exponent);
}

std::string table_unit(int exponent) {
    if (exponent <= 0) return "euro";
    if (exponent == 6) return "(x \u20ac 1 mln)";
    return "(x \u20ac " + decimal_text(1, exponent) + ")";
}

std::int64_t in_unit(std::int64_t euros, int exponent) {
    for (int i = 0; i < exponent; ++i)
        euros /= 10;
    return euros;
}

std::string place_of(const Figure* f) {
    if (!f) return "?";
    std::string out(f->place);
    if (!f->document.empty()) out = std::string(f->document) + ", " + out;
    return out;
}

std::string short_document(std::string_view document) {
    if (const auto at = document.find(", http"); at != std::string_view::npos)
        document = document.substr(0, at);
    // Long titles lose their subdivisions ("..., memorie van toelichting, 2.2 ..."), not
    // their first words.
    constexpr std::size_t longest = 60, shortest = 20;
    if (document.size() > longest) {
        const auto cut = document.rfind(", ", longest);
        if (cut != std::string_view::npos && cut >= shortest) document = document.substr(0, cut);
    }
    return std::string(document);
}

std::string short_place(std::string_view place) {
    const auto parts = segments(place);
    std::string out(table_in(parts.front()));
    if (out.empty()) {
        out = parts.front();
        constexpr std::size_t longest = 50;
        if (out.size() > longest) out = out.substr(0, out.rfind(' ', longest)) + " \u2026";
        for (std::size_t i = 1; i < parts.size(); ++i)
            if (const auto table = table_in(parts[i]); !table.empty()) {
                out += ", " + std::string(table);
                break;
            }
    }
    return out;
}

std::string short_source(const Figure& f, Stand stand) {
    return "Bron: " + short_document(f.document.empty() ? stand.document() : f.document) + ", " +
           short_place(f.place) + ".";
}

} // namespace fondscijfers::detail
