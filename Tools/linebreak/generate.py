#!/usr/bin/env python3
"""Generate Sources/TypesetText/LineBreak/LineBreakTable.generated.swift.

Reads the Unicode Character Database (Debian package `unicode-data`, Unicode 15.0):
  LineBreak.txt        Line_Break property (UAX #14)
  UnicodeData.txt      General_Category (LB1: SA -> CM when Mn/Mc; LB30b: unassigned = Cn)
  EastAsianWidth.txt   East_Asian_Width (LB30: OP/CP that are F, W or H)
  emoji/emoji-data.txt Extended_Pictographic (LB30b)

LB1 is resolved here, at generation time, so the runtime never sees AI, SG, XX, SA or CJ:
  AI, SG, XX -> AL;  SA -> CM if General_Category is Mn or Mc, else AL;  CJ -> NS.

Output: one sorted list of range starts (every code point belongs to the range that starts at or
before it) and, per range, one byte: the resolved class index in the low 6 bits, bit 6 set when the
East_Asian_Width is F, W or H, bit 7 set when the code point is Extended_Pictographic and unassigned.

Usage: python3 Tools/linebreak/generate.py [UCD_DIR] > Sources/TypesetText/LineBreak/LineBreakTable.generated.swift
       (UCD_DIR defaults to /usr/share/unicode)
"""
import os
import re
import sys

# Resolved classes, in the order of the Swift enum `LineBreakClass` (raw value = index).
CLASSES = [
    "BK", "CR", "LF", "NL", "SP", "ZW", "WJ", "GL", "CL", "CP", "EX", "IS", "SY", "OP", "QU",
    "NS", "B2", "BA", "BB", "HY", "CB", "IN", "HL", "AL", "NU", "PR", "PO", "ID", "EB", "EM",
    "JL", "JV", "JT", "H2", "H3", "RI", "CM", "ZWJ",
]
SWIFT_NAMES = {
    "BK": "mandatoryBreak", "CR": "carriageReturn", "LF": "lineFeed", "NL": "nextLine",
    "SP": "space", "ZW": "zeroWidthSpace", "WJ": "wordJoiner", "GL": "glue",
    "CL": "closePunctuation", "CP": "closeParenthesis", "EX": "exclamation",
    "IS": "infixSeparator", "SY": "symbolAllowingBreakAfter", "OP": "openPunctuation",
    "QU": "quotation", "NS": "nonstarter", "B2": "breakOpportunityBeforeAndAfter",
    "BA": "breakAfter", "BB": "breakBefore", "HY": "hyphen", "CB": "contingentBreak",
    "IN": "inseparable", "HL": "hebrewLetter", "AL": "alphabetic", "NU": "numeric",
    "PR": "prefixNumeric", "PO": "postfixNumeric", "ID": "ideographic", "EB": "emojiBase",
    "EM": "emojiModifier", "JL": "hangulLeadingJamo", "JV": "hangulVowelJamo",
    "JT": "hangulTrailingJamo", "H2": "hangulLVSyllable", "H3": "hangulLVTSyllable",
    "RI": "regionalIndicator", "CM": "combiningMark", "ZWJ": "zeroWidthJoiner",
}
MAX_CODE_POINT = 0x10FFFF
LINE = re.compile(r"^([0-9A-Fa-f]{4,6})(?:\.\.([0-9A-Fa-f]{4,6}))?\s*;\s*([A-Za-z_0-9]+)")


def read_ranges(path):
    """Yields (first, last, value) for every data line of a UCD `range ; value` file."""
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            match = LINE.match(raw.split("#", 1)[0].strip())
            if match:
                first = int(match.group(1), 16)
                last = int(match.group(2), 16) if match.group(2) else first
                yield first, last, match.group(3)


def read_general_categories(path):
    """Returns a bytearray-backed list: General_Category per code point ('Cn' when unlisted)."""
    categories = ["Cn"] * (MAX_CODE_POINT + 1)
    pending_first = None
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            fields = raw.rstrip("\n").split(";")
            if len(fields) < 3:
                continue
            code, name, category = int(fields[0], 16), fields[1], fields[2]
            if name.endswith(", First>"):
                pending_first = code
            elif name.endswith(", Last>") and pending_first is not None:
                for point in range(pending_first, code + 1):
                    categories[point] = category
                pending_first = None
            else:
                categories[code] = category
    return categories


def main():
    ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    categories = read_general_categories(os.path.join(ucd, "UnicodeData.txt"))

    raw_classes = ["XX"] * (MAX_CODE_POINT + 1)
    for first, last, value in read_ranges(os.path.join(ucd, "LineBreak.txt")):
        for point in range(first, last + 1):
            raw_classes[point] = value

    wide = bytearray(MAX_CODE_POINT + 1)
    for first, last, value in read_ranges(os.path.join(ucd, "EastAsianWidth.txt")):
        if value in ("F", "W", "H"):
            for point in range(first, last + 1):
                wide[point] = 1

    pictographic = bytearray(MAX_CODE_POINT + 1)
    emoji_path = os.path.join(ucd, "emoji", "emoji-data.txt")
    for first, last, value in read_ranges(emoji_path):
        if value == "Extended_Pictographic":
            for point in range(first, last + 1):
                pictographic[point] = 1

    index = {name: position for position, name in enumerate(CLASSES)}
    starts, values = [], []
    previous = None
    for point in range(MAX_CODE_POINT + 1):
        value = raw_classes[point]
        if value in ("AI", "SG", "XX"):
            value = "AL"
        elif value == "SA":
            value = "CM" if categories[point] in ("Mn", "Mc") else "AL"
        elif value == "CJ":
            value = "NS"
        if value not in index:
            sys.exit(f"unknown Line_Break value {value} at U+{point:04X}")
        byte = index[value]
        # Only OP and CP consult East_Asian_Width (LB30); only EM's predecessor consults the
        # pictographic flag (LB30b). Setting the bits only where they matter keeps the table small.
        if value in ("OP", "CP") and wide[point]:
            byte |= 0x40
        if pictographic[point] and categories[point] == "Cn":
            byte |= 0x80
        if byte != previous:
            starts.append(point)
            values.append(byte)
            previous = byte

    out = []
    out.append("// GENERATED FILE. DO NOT EDIT.")
    out.append("//")
    out.append("// Line_Break classes (UAX #14, Unicode 15.0) with LB1 already resolved.")
    out.append("// Regenerate from the repository root with:")
    out.append("//   python3 Tools/linebreak/generate.py /usr/share/unicode \\")
    out.append("//     > Sources/TypesetText/LineBreak/LineBreakTable.generated.swift")
    out.append("// Sources: LineBreak.txt, UnicodeData.txt, EastAsianWidth.txt, emoji/emoji-data.txt")
    out.append("// (Debian package `unicode-data`).")
    out.append("")
    out.append("/// The resolved Line_Break classes (after LB1), in table order.")
    out.append("enum LineBreakClass: UInt8, Sendable {")
    for position, name in enumerate(CLASSES):
        out.append(f"  /// `{name}`")
        out.append(f"  case {SWIFT_NAMES[name]} = {position}")
    out.append("")
    out.append("  /// Compares the raw bytes directly. Without it `==` resolves to the standard library's generic")
    out.append("  /// `RawRepresentable` operator, which builds without whole-module optimisation do not")
    out.append("  /// specialise (it was 40% of the breaking time in a per-file -O build).")
    out.append("  @inline(__always)")
    out.append("  static func == (lhs: LineBreakClass, rhs: LineBreakClass) -> Bool { lhs.rawValue == rhs.rawValue }")
    out.append("}")
    out.append("")
    out.append("extension LineBreakTable {")
    out.append(f"  /// Number of ranges in `rangeStarts` / `rangeValues`.")
    out.append(f"  static let rangeCount = {len(starts)}")
    out.append("")
    out.append("  /// First code point of each range, ascending; the first entry is 0.")
    out.append("  static let rangeStarts: [UInt32] = [")
    for chunk in range(0, len(starts), 10):
        row = ", ".join(f"0x{value:X}" for value in starts[chunk:chunk + 10])
        out.append(f"    {row},")
    out.append("  ]")
    out.append("")
    out.append("  /// Class (low 6 bits) and flags (bit 6: wide OP/CP, bit 7: unassigned pictographic) per range.")
    out.append("  static let rangeValues: [UInt8] = [")
    for chunk in range(0, len(values), 20):
        row = ", ".join(str(value) for value in values[chunk:chunk + 20])
        out.append(f"    {row},")
    out.append("  ]")
    out.append("}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
