#!/usr/bin/env python3
"""Writes the hostile-document corpus of tests/hostile/ (Python 3.11, standard library only).

Every input NAME.pdf / NAME.docx / NAME.dpia.json gets NAME.expected: the outcome of
`dpia validate` on it, "ok" or the stable error code. The files are small (compressed or built
from repeated references); the few inputs that only hurt at full size (hundreds of MB) are
generated at test time by crates/dpia-cli/tests/hostile.rs instead of being committed.

Run from anywhere: python3 tests/hostile/make.py  (rewrites the corpus; review the git diff).
The output is deterministic (fixed seeds, fixed zip dates).
"""

import os
import random
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
EXCHANGE = open(os.path.join(REPO, "tests/scenarios/hospital.dpia.json"), "rb").read()
NS = "urn:dpia-helper:exchange"


# ---------------------------------------------------------------------------------------------
# PDF building


def pdf(objects, root=1, xref="table", prev_loop=False, junk=b"", shift=0, header=b"%PDF-1.7\n"):
    """A PDF of `objects` ({number: body bytes}) with a classic xref table (or an xref stream
    when xref == "stream"). `shift` moves every offset in the xref by that many bytes (all
    wrong); `junk` is appended after %%EOF; `prev_loop` makes the trailer's /Prev point at the
    xref itself."""
    out = bytearray(header + b"%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    size = max(objects) + 1
    start = len(out)
    if xref == "table":
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for n in range(1, size):
            if n in offsets:
                out += b"%010d 00000 n \n" % (offsets[n] + shift)
            else:
                out += b"0000000000 00000 f \n"
        trailer = b"<< /Size %d /Root %d 0 R" % (size, root)
        if prev_loop:
            trailer += b" /Prev %d" % start
        out += b"trailer\n" + trailer + b" >>\n"
    else:
        rows = bytearray(b"\x00\x00\x00\x00\xff")
        for n in range(1, size + 1):
            off = offsets.get(n, start if n == size else None)
            rows += b"\x01" + struct.pack(">I", off) if off is not None else b"\x00" * 5
        data = zlib.compress(bytes(rows))
        out += (
            b"%d 0 obj\n<< /Type /XRef /Size %d /Root %d 0 R /W [1 4 0] /Filter /FlateDecode "
            b"/Length %d >>\nstream\n" % (size, size + 1, root, len(data))
            + data
            + b"\nendstream\nendobj\n"
        )
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out + junk)


def zeros_deflated(n):
    """zlib-compressed `n` zero bytes, made a MiB at a time."""
    z = zlib.compressobj(9)
    chunk = bytes(1 << 20)
    out = bytearray()
    for _ in range(n >> 20):
        out += z.compress(chunk)
    return bytes(out + z.flush())


def stream(dict_body, data, filters=1, compressed=False):
    """A stream object body, Flate-compressed `filters` times (0 = uncompressed); with
    `compressed` the data is already compressed once."""
    for _ in range(filters - compressed):
        data = zlib.compress(data, 9)
    f = {0: b"", 1: b" /Filter /FlateDecode", 2: b" /Filter [/FlateDecode /FlateDecode]"}[filters]
    return b"<< %s%s /Length %d >>\nstream\n" % (dict_body, f, len(data)) + data + b"\nendstream"


def attached(extra=None, names=True, af=True):
    """A one-page PDF carrying the hospital's exchange file the way DPIA Helper does: in the
    /EmbeddedFiles name tree and the catalog's /AF."""
    cat = b"<< /Type /Catalog /Pages 2 0 R"
    if names:
        cat += b" /Names << /EmbeddedFiles << /Names [(hospital.dpia.json) 4 0 R] >> >>"
    if af:
        cat += b" /AF [4 0 R]"
    objs = {
        1: cat + b" >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        4: b"<< /Type /Filespec /F (hospital.dpia.json) /UF (hospital.dpia.json) "
        b"/AFRelationship /Data /EF << /F 5 0 R /UF 5 0 R >> >>",
        5: stream(b"/Type /EmbeddedFile /Subtype /application#2Fjson", EXCHANGE),
    }
    objs.update(extra or {})
    return objs


def objstm(entries, first_objects):
    """An object stream body holding `first_objects` ({number: body}) whose index lists
    `entries` (number, offset) pairs; offsets are relative to /First."""
    header = b" ".join(b"%d %d" % e for e in entries) + b"\n"
    body = b"".join(first_objects)
    data = header + body
    return stream(b"/Type /ObjStm /N %d /First %d" % (len(entries), len(header)), data)


def objstm_bomb(n, m):
    """lopdf parses each index entry of an object stream from its own offset: `n` entries all
    at offset 0, where an array of `m` elements stands, make n×m objects. The catalog's name
    tree lists the entries as kids, so a reader that resolves them all pays n×m as well."""
    entries = [(100 + i, 0) for i in range(n)]
    array = b"[" + b"0 " * m + b"]"
    kids = b" ".join(b"%d 0 R" % (100 + i) for i in range(n))
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 6 0 R >> >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        6: b"<< /Kids [" + kids + b"] >>",
        7: objstm(entries, [array]),
    }
    # The entries live in object stream 7: an xref stream says so (type 2 rows).
    return pdf_with_objstm(objs, 7, [100 + i for i in range(n)])


def pdf_with_objstm(objects, stm, inside):
    """A PDF whose xref stream places the numbers `inside` in object stream `stm` (index i)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref_num = max(list(objects) + list(inside)) + 1
    start = len(out)
    offsets[xref_num] = start
    rows = bytearray()
    index = {n: i for i, n in enumerate(inside)}
    for n in range(0, xref_num + 1):
        if n in offsets:
            rows += b"\x01" + struct.pack(">I", offsets[n]) + b"\x00\x00"
        elif n in index:
            rows += b"\x02" + struct.pack(">I", stm) + struct.pack(">H", index[n])
        else:
            rows += b"\x00" * 7
    data = zlib.compress(bytes(rows), 9)
    out += (
        b"%d 0 obj\n<< /Type /XRef /Size %d /Root 1 0 R /W [1 4 2] /Filter /FlateDecode "
        b"/Length %d >>\nstream\n" % (xref_num, xref_num + 1, len(data))
        + data
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % start
    )
    return bytes(out)


def pdfs():
    yield "objstm-bomb-100.pdf", objstm_bomb(100, 100_000), "pdf_too_many_objects"
    yield "objstm-bomb-1000.pdf", objstm_bomb(1000, 100_000), "pdf_too_many_objects"
    # An embedded file of 1 GiB of zeros, compressed twice (a few kB).
    bomb = stream(b"/Type /EmbeddedFile", zeros_deflated(1 << 30), filters=2, compressed=True)
    yield "stream-bomb.pdf", pdf(attached({5: bomb})), "document_unpacks_too_large"
    # Nesting: arrays 100,000 deep in the name tree's /Names, dictionaries 20,000 deep.
    deep = b"[" * 100_000 + b"]" * 100_000
    yield "deep-arrays.pdf", pdf(
        attached({1: b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names "
                     + deep + b" >> >> >>"})
    ), "document_too_deep"
    deep = b"<< /A " * 20_000 + b"1" + b" >>" * 20_000
    yield "deep-dicts.pdf", pdf(
        attached({1: b"<< /Type /Catalog /Pages 2 0 R /AF 4 0 R /Names " + deep + b" >>"})
    ), "document_too_deep"
    # A page tree of 2000 × 2000 pages made of three objects (every kid the same reference):
    # a reader that walks it without remembering what it has seen visits four million pages.
    fan = b" ".join([b"4 0 R"] * 2000)
    leaf = b" ".join([b"5 0 R"] * 2000)
    yield "page-tree-fanout.pdf", pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + fan + b"] /Count 4000000 >>",
        4: b"<< /Type /Pages /Parent 2 0 R /Kids [" + leaf + b"] /Count 2000 >>",
        5: b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] /Annots [6 0 R] >>",
        6: b"<< /Type /Annot /Subtype /Link /Rect [0 0 1 1] >>",
    }), "pdf_without_data"
    # 15,000 tiny objects, none used.
    tiny = attached({n: b"%d" % n for n in range(10, 15_010)})
    yield "many-tiny-objects.pdf", pdf(tiny), "ok"
    # Every xref offset 7 bytes off: found again by scanning for "N G obj", like poppler.
    yield "xref-offsets-wrong.pdf", pdf(attached(), shift=7), "ok"
    # 5 kB of junk after %%EOF (poppler opens it).
    junk = random.Random(5).randbytes(5 * 1024)
    yield "junk-after-eof.pdf", pdf(attached(), junk=junk), "ok"
    # The trailer's /Prev points at its own xref.
    yield "xref-prev-loop.pdf", pdf(attached(), prev_loop=True), "ok"
    # A cross-reference stream instead of a table.
    yield "xref-stream.pdf", pdf(attached(), xref="stream"), "ok"
    # 10,001 name-tree entries (all the same file specification of another program's file):
    # over the attachment limit, which is not a question of size.
    many = b" ".join(b"(f%05d.txt) 8 0 R" % i for i in range(10_001))
    yield "many-attachments.pdf", pdf(attached({
        1: b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names ["
           + many + b"] >> >> >>",
        8: b"<< /Type /Filespec /F (f.txt) /EF << /F 9 0 R >> >>",
        9: stream(b"/Type /EmbeddedFile", b"notes"),
    })), "pdf_too_many_attachments"


# ---------------------------------------------------------------------------------------------
# DOCX (zip) building

DATE = (2026, 1, 1, 0, 0, 0)


def zinfo(name, method=zipfile.ZIP_DEFLATED):
    i = zipfile.ZipInfo(name, DATE)
    i.compress_type = method
    i.external_attr = 0o644 << 16
    return i


def exchange_part(payload_b64):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<dpia:exchange xmlns:dpia="{NS}" fileName="x.dpia.json" mime="application/json">'
    ).encode() + payload_b64 + b"</dpia:exchange>"


def docx(parts):
    """A zip with [Content_Types].xml first and then `parts` ({name: bytes, or a list of
    byte chunks written one after the other}), deflated."""
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compresslevel=9) as z:
        z.writestr(zinfo("[Content_Types].xml"), b'<?xml version="1.0"?><Types/>')
        for name, data in parts.items():
            with z.open(zinfo(name), "w") as f:
                for chunk in data if isinstance(data, list) else [data]:
                    f.write(chunk)
    return buf.getvalue()


def many_entries_zip(n):
    """A zip whose central directory lists `n` entries with names of their own, all pointing
    at one empty local file (51 bytes of directory per entry, so 10,001 entries stay small)."""
    name = b"00000"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0x21, 0, 0, 0, len(name), 0) + name
    cd = bytearray()
    for i in range(n):
        name = b"%05d" % i
        cd += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, 0x21, 0, 0, 0,
            len(name), 0, 0, 0, 0, 0, 0,
        ) + name
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, min(n, 0xFFFF), min(n, 0xFFFF),
                       len(cd), len(local), 0)
    return bytes(local + cd + eocd)


def docxs():
    yield "zip-many-entries.docx", many_entries_zip(10_001), "docx_too_many_entries"
    # One part that unpacks to 128 MiB (an exchange element full of base64 letters).
    head, tail = exchange_part(b"|").split(b"|")
    letters = [head] + [b"A" * (1 << 20)] * 128 + [tail]
    yield "zip-bomb.docx", docx({"customXml/item1.xml": letters}), "document_unpacks_too_large"
    # Our exchange element with 70,000 levels of elements inside (quick-xml's namespace
    # counter is a u16).
    deep = b"<a>" * 70_000 + b"</a>" * 70_000
    yield "xml-deep.docx", docx({"customXml/item1.xml": exchange_part(deep)}), \
        "document_too_deep"
    # The same depth in another part before ours is never looked at.
    import base64

    good = exchange_part(base64.b64encode(EXCHANGE))
    yield "xml-deep-elsewhere.docx", docx({
        "word/document.xml": b"<w:document>" + b"<a>" * 70_000 + b"</a>" * 70_000 + b"</w:document>",
        "customXml/item1.xml": good,
    }), "ok"


def jsons():
    # A valid assessment whose client name puts "%PDF-" in the first 1024 bytes: still JSON.
    text = EXCHANGE.replace(b'"name": "', b'"name": "%PDF-1.7 ', 1)
    assert text != EXCHANGE and text.index(b"%PDF-") < 1024
    yield "pdf-marker-in-name.dpia.json", text, "ok"


def main():
    for name, data, expected in list(pdfs()) + list(docxs()) + list(jsons()):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        stem = name.removesuffix(".dpia.json").rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".expected"), "w") as f:
            f.write(expected + "\n")
        print(f"{name}: {len(data):,} bytes, expected {expected}", file=sys.stderr)


if __name__ == "__main__":
    main()
