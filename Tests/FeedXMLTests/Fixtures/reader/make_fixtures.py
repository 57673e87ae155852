#!/usr/bin/env python3
"""Writes the reader fixtures whose bytes cannot be typed as UTF-8 text: other encodings,
byte order marks, lying declarations, CRLF line endings.

usage: python3 make_fixtures.py   (from any directory; writes next to this script)

Each document starts with a comment saying what it covers, so the reader's event stream
(and the sidecar NAME.expected) shows it too. Re-running rewrites the same bytes.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

RUSSIAN = "Привет, мир! Новости: экономика и погода"


def doc(declaration, comment, body):
    head = '<?xml version="1.0"%s?>\n' % (' encoding="%s"' % declaration if declaration else "")
    return head + "<!-- %s -->\n%s\n" % (comment, body)


def body_ru(tag="title"):
    return '<rss version="2.0"><channel><%s lang="ru" note="%s">%s</%s></channel></rss>' % (
        tag, RUSSIAN[:6], RUSSIAN, tag)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    # Byte order marks: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE (libxml2 cannot skip a UTF-32 BOM
    # itself; the reader strips it and forces the decoder).
    astral = body_ru().replace("</title>", " \U0001F600</title>")
    write("utf8-bom.xml", b"\xef\xbb\xbf" + doc("UTF-8", "UTF-8 with a byte order mark", astral).encode("utf-8"))
    for codec, bom, label in [
        ("utf-16-le", b"\xff\xfe", "UTF-16"),
        ("utf-16-be", b"\xfe\xff", "UTF-16"),
        ("utf-32-le", b"\xff\xfe\x00\x00", "UTF-32"),
        ("utf-32-be", b"\x00\x00\xfe\xff", "UTF-32"),
    ]:
        name = codec.replace("-", "").replace("utf", "utf") + "-bom.xml"
        text = doc(label, "%s with a byte order mark, Cyrillic and an astral character" % codec.upper(), astral)
        write(name, bom + text.encode(codec))
    # UTF-16 without a BOM: recognised from the layout of "<?xml".
    write("utf16le-no-bom.xml",
          doc("UTF-16", "UTF-16LE without a byte order mark, found from the layout of <?xml", astral)
          .encode("utf-16-le"))

    # Legacy encodings that libxml2 (iconv) decodes through the declaration.
    write("windows-1251-declared.xml",
          doc("windows-1251", "declared windows-1251, bytes windows-1251", body_ru()).encode("cp1251"))
    write("koi8-r-declared.xml", doc("KOI8-R", "declared KOI8-R, bytes KOI8-R", body_ru()).encode("koi8_r"))
    write("iso-8859-1-declared.xml",
          doc("ISO-8859-1", "declared ISO-8859-1, bytes ISO-8859-1",
              "<p>Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, \u00a3 5</p>").encode("latin-1"))
    write("shift-jis-declared.xml",
          doc("Shift_JIS", "declared Shift_JIS, bytes Shift_JIS", "<p>\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9</p>")
          .encode("shift_jis"))

    # Lies: UTF-8 declared (or defaulted) but the bytes are a legacy encoding.
    write("utf8-declared-windows-1251-bytes.xml",
          doc("UTF-8", "declared UTF-8 but the bytes are windows-1251: guessed and decoded as windows-1251",
              body_ru()).encode("cp1251"))
    write("undeclared-koi8-r-bytes.xml",
          doc(None, "no declared encoding (UTF-8 by default) but the bytes are KOI8-R: guessed as KOI8-R",
              body_ru()).encode("koi8_r"))
    write("utf8-declared-windows-1252-bytes.xml",
          doc("utf-8", "declared utf-8 but the bytes are windows-1252 (curly quotes, accents)",
              "<p>\u201cCaf\u00e9\u201d \u2014 na\u00efve r\u00e9sum\u00e9</p>").encode("cp1252"))
    # An HTTP charset overrides a wrong declaration (the test passes http-charset=KOI8-R).
    write("http-charset-koi8-r.xml",
          doc("windows-1251", "bytes KOI8-R, declared windows-1251, HTTP says KOI8-R: HTTP wins",
              body_ru()).encode("koi8_r"))

    # A byte the declared encoding cannot decode: iconv fails, reported as data.
    write("windows-1252-undefined-byte.xml",
          doc("windows-1252", "declared windows-1252 with byte 0x81, which windows-1252 leaves undefined",
              "<p>abc ").rstrip("\n").encode("cp1252") + b"\x81 def</p>\n")

    # CRLF and lone CR line endings are normalised to LF; lines still count right.
    crlf = doc("UTF-8", "CRLF and CR line endings become LF in text; line numbers still count",
               "<r>\n  <a>one\ntwo</a>\n  <b\n    x=\"1\">three\rfour</b>\n</r>")
    write("crlf-line-endings.xml", crlf.replace("\n", "\r\n").replace("three\r\r\nfour", "three\rfour").encode())


if __name__ == "__main__":
    main()
