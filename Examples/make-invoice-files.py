#!/usr/bin/env python3
"""Writes the small invoice files the example claims refer to (stdlib only, deterministic).

PDFs are one-page, uncompressed, with a correct xref table; PNGs are tiny paletted images of a
ruled "invoice" sheet. Run from this folder: python3 make-invoice-files.py
"""
import struct
import zlib
import os


def pdf(path, lines):
    content = "BT /F1 14 Tf 72 720 Td 18 TL\n"
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content += "(" + esc + ") Tj T*\n"
    content += "ET\n0.5 w 72 700 m 540 700 l S\n"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, body)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)).encode()
    with open(path, "wb") as f:
        f.write(out)


def png(path, width, height, rows):
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(row) for row in rows)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


def sheet(width=170, height=220, seed=1):
    rows = []
    for y in range(height):
        row = []
        for x in range(width):
            v = 255
            if y < 24:
                v = 60  # header band
            elif y % 16 == 0 and 12 <= x < width - 12:
                v = 190  # ruled lines
            elif 40 <= y < 180 and (x * 7 + y * 3 + seed) % 23 == 0 and 16 <= x < width - 40:
                v = 120  # "text" speckle
            row.append(v)
        rows.append(row)
    return width, height, rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)
    os.makedirs("us-retailer/invoices", exist_ok=True)
    pdf("us-retailer/invoices/INV-1001.pdf", ["Harbor Supply Co.", "Invoice INV-1001  2026-05-04", "Shelving units x 12 .... 1250.00 USD"])
    pdf("us-retailer/invoices/INV-1002.pdf", ["Harbor Supply Co.", "Invoice INV-1002  2026-06-02", "Display lighting .... 860.50 USD"])
    w, h, rows = sheet(seed=3)
    png("us-retailer/invoices/INV-1003.png", w, h, rows)
    pdf("us-retailer/signed-order.pdf", ["Purchase order PO-77 signed by R. Alvarez", "Terms: net 30, 12% interest, $35 late fee"])
    os.makedirs("mueller-cafe/rechnungen", exist_ok=True)
    pdf("mueller-cafe/rechnungen/RE-2026-118.pdf", ["Rösterei Nord GmbH", "Rechnung RE-2026-118", "Espressobohnen 40 kg .... 1180.00 EUR"])
    w, h, rows = sheet(seed=5)
    png("mueller-cafe/rechnungen/RE-2026-131.png", w, h, rows)
    os.makedirs("tel-aviv-catering/invoices", exist_ok=True)
    pdf("tel-aviv-catering/invoices/TA-5521.pdf", ["Galil Event Rentals", "Invoice TA-5521", "Tables and chairs .... 7400.00 ILS"])
    os.makedirs("osaka-print/invoices", exist_ok=True)
    w, h, rows = sheet(seed=7)
    png("osaka-print/invoices/OP-0009.png", w, h, rows)
    os.makedirs("kuwait-parts/invoices", exist_ok=True)
    pdf("kuwait-parts/invoices/KP-311.pdf", ["Gulf Marine Parts", "Invoice KP-311", "Pump seals .... 412.750 KWD"])


if __name__ == "__main__":
    main()
