#!/usr/bin/env python3
"""Generate the feed fixtures that cannot be written by hand as plain UTF-8.

Legacy code pages, UTF-16/32, byte-order marks, raw control characters,
invalid byte sequences and the big or deep hostile documents are produced
here.  Standard library only.  The output is deterministic: running the
script again rewrites every file with identical bytes.

Usage:  python3 make_binary_fixtures.py [--check]

--check regenerates into memory and exits 1 if any file on disk differs.
"""

import base64
import json
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))

# name -> bytes, filled by the functions below
OUT = {}


def put(path, data):
    assert isinstance(data, bytes), path
    assert path not in OUT, "duplicate fixture " + path
    assert len(data) < 2 * 1024 * 1024, path + " is over 2 MB"
    OUT[path] = data


def covers(text):
    assert "--" not in text, "covers text must not contain a double hyphen"
    return "<!-- covers: " + text + " -->\n"


def decl(encoding=None):
    if encoding is None:
        return '<?xml version="1.0"?>\n'
    return '<?xml version="1.0" encoding="' + encoding + '"?>\n'


# ---------------------------------------------------------------- documents

RU_RSS = """<rss version="2.0">
  <channel>
    <title>Новости Томска</title>
    <link>https://tomsk.example.ru/</link>
    <description>Главные новости города и области</description>
    <language>ru</language>
    <item>
      <title>В Томске открыли новую набережную</title>
      <link>https://tomsk.example.ru/news/1</link>
      <description>Набережная протянулась на два километра вдоль Томи. Ёлки, «кавычки» и — тире.</description>
      <category>Город</category>
      <pubDate>Mon, 12 May 2025 16:45:00 +0300</pubDate>
    </item>
    <item>
      <title>Прогноз погоды: до +22 °C</title>
      <link>https://tomsk.example.ru/news/2</link>
      <description>Потепление ожидается к выходным.</description>
      <pubDate>Mon, 12 May 2025 12:10:00 +0300</pubDate>
    </item>
  </channel>
</rss>
"""

# Same feed but limited to characters every Cyrillic code page has
# (no guillemets, em dash or degree sign, which KOI8-R / ISO-8859-5 / CP866 lack).
RU_RSS_PLAIN = """<rss version="2.0">
  <channel>
    <title>Новости Томска</title>
    <link>https://tomsk.example.ru/</link>
    <description>Главные новости города и области</description>
    <language>ru</language>
    <item>
      <title>В Томске открыли новую набережную</title>
      <link>https://tomsk.example.ru/news/1</link>
      <description>Набережная протянулась на два километра вдоль Томи. Съешь ещё этих мягких французских булок, да выпей же чаю. ЁЖ</description>
      <category>Город</category>
      <pubDate>Mon, 12 May 2025 16:45:00 +0300</pubDate>
    </item>
  </channel>
</rss>
"""

RU_ATOM = """<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
  <title>Заметки инженера</title>
  <id>https://inzhener.example.ru/</id>
  <updated>2025-05-12T16:45:00+03:00</updated>
  <link rel="alternate" href="https://inzhener.example.ru/"/>
  <author><name>Сергей Николаев</name></author>
  <entry>
    <title>Почему кодировки всё ещё важны</title>
    <id>https://inzhener.example.ru/posts/enc</id>
    <updated>2025-05-12T16:45:00+03:00</updated>
    <link href="https://inzhener.example.ru/posts/enc"/>
    <content type="html">&lt;p&gt;Многие сайты отдают ленты не в UTF-8.&lt;/p&gt;</content>
  </entry>
</feed>
"""

EN_RSS = """<rss version="2.0">
  <channel>
    <title>Plain English Feed</title>
    <link>http://plain.example.com/</link>
    <description>An ASCII-compatible feed</description>
    <item>
      <title>Hello from an encoded document</title>
      <link>http://plain.example.com/1</link>
      <description>Nothing special here.</description>
    </item>
  </channel>
</rss>
"""


def text_doc(cover, body, encoding_label, with_decl=True):
    head = decl(encoding_label) if with_decl else ""
    return head + covers(cover) + body


# ---------------------------------------------------------------- encoding/

def gen_encoding():
    e = "encoding/"
    put(e + "utf8_bom.xml",
        b"\xef\xbb\xbf" + text_doc("UTF-8 with byte-order mark and a matching UTF-8 declaration; BOM must be skipped", RU_RSS, "UTF-8").encode("utf-8"))
    put(e + "utf8_bom_no_declaration.xml",
        b"\xef\xbb\xbf" + (covers("UTF-8 byte-order mark and no XML declaration; the BOM alone selects UTF-8") + RU_RSS).encode("utf-8"))
    put(e + "utf8_bom_declared_windows1251.xml",
        b"\xef\xbb\xbf" + text_doc("UTF-8 BOM with a declaration that says windows-1251 while the bytes are UTF-8; the BOM wins, diagnostic for the conflict", RU_RSS, "windows-1251").encode("utf-8"))

    doc = text_doc("UTF-16 little-endian with BOM (FF FE) and declaration UTF-16", RU_RSS, "UTF-16")
    put(e + "utf16le_bom.xml", b"\xff\xfe" + doc.encode("utf-16-le"))
    doc = text_doc("UTF-16 big-endian with BOM (FE FF) and declaration UTF-16", RU_RSS, "UTF-16")
    put(e + "utf16be_bom.xml", b"\xfe\xff" + doc.encode("utf-16-be"))
    doc = text_doc("Atom 1.0 in UTF-16 big-endian with BOM", RU_ATOM, "UTF-16")
    put(e + "utf16be_bom_atom.xml", b"\xfe\xff" + doc.encode("utf-16-be"))
    doc = covers("UTF-16 little-endian with BOM and no XML declaration at all") + RU_RSS
    put(e + "utf16le_bom_no_declaration.xml", b"\xff\xfe" + doc.encode("utf-16-le"))
    doc = text_doc("UTF-16LE without BOM; detected from the 3C 00 3F 00 pattern of the declaration, which names UTF-16LE", RU_RSS, "UTF-16LE")
    put(e + "utf16le_no_bom.xml", doc.encode("utf-16-le"))
    doc = text_doc("UTF-16BE without BOM; detected from 00 3C 00 3F, declaration names UTF-16BE", EN_RSS, "UTF-16BE")
    put(e + "utf16be_no_bom.xml", doc.encode("utf-16-be"))
    doc = text_doc("UTF-16LE BOM while the declaration claims UTF-8; the BOM wins, diagnostic for the conflict", RU_RSS, "UTF-8")
    put(e + "utf16le_bom_declared_utf8.xml", b"\xff\xfe" + doc.encode("utf-16-le"))
    doc = text_doc("UTF-32 little-endian with BOM (FF FE 00 00) and declaration UTF-32; libxml2 2.9 does not sniff this BOM, so the parser must transcode itself or fail cleanly", RU_RSS, "UTF-32")
    put(e + "utf32le_bom.xml", b"\xff\xfe\x00\x00" + doc.encode("utf-32-le"))
    doc = text_doc("UTF-32 big-endian with BOM (00 00 FE FF) and declaration UTF-32; libxml2 2.9 does not sniff this BOM, so the parser must transcode itself or fail cleanly", RU_RSS, "UTF-32")
    put(e + "utf32be_bom.xml", b"\x00\x00\xfe\xff" + doc.encode("utf-32-be"))
    doc = text_doc("UTF-32BE (UCS-4) without BOM, detected from 00 00 00 3C; declaration names UCS-4", EN_RSS, "UCS-4")
    put(e + "utf32be_no_bom.xml", doc.encode("utf-32-be"))

    put(e + "windows1251_rss20.xml",
        text_doc("RSS 2.0 in windows-1251 declared as windows-1251 (guillemets, em dash, Yo, degree sign present in the code page)", RU_RSS, "windows-1251").encode("cp1251"))
    put(e + "windows1251_alias_cp1251_atom.xml",
        text_doc("Atom 1.0 in windows-1251 declared with the alias name cp1251", RU_ATOM, "cp1251").encode("cp1251"))
    put(e + "windows1251_unknown_label_cp_dash_1251.xml",
        text_doc("windows-1251 bytes declared as cp-1251, a label absent from the IANA and WHATWG registries (seen in the wild); map the alias or fall back by detection, with a diagnostic", RU_RSS_PLAIN, "cp-1251").encode("cp1251"))
    put(e + "windows1251_uppercase_label.xml",
        text_doc("windows-1251 bytes declared in upper case as WINDOWS-1251; encoding labels are case-insensitive", RU_RSS_PLAIN, "WINDOWS-1251").encode("cp1251"))
    put(e + "koi8r_rss20.xml",
        text_doc("RSS 2.0 in KOI8-R declared as koi8-r", RU_RSS_PLAIN, "koi8-r").encode("koi8_r"))
    koi_rdf = """<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://opennet.example.ru/rss">
    <title>Новости открытого ПО</title>
    <link>https://opennet.example.ru/</link>
    <description>Лента новостей</description>
  </channel>
  <item rdf:about="https://opennet.example.ru/news/1">
    <title>Выпуск ядра Linux 6.15</title>
    <link>https://opennet.example.ru/news/1</link>
    <dc:date>2025-05-12T16:45:00+03:00</dc:date>
  </item>
</rdf:RDF>
"""
    put(e + "koi8r_rss10.xml",
        text_doc("RSS 1.0 in KOI8-R (the classic Russian Unix encoding) declared as KOI8-R", koi_rdf, "KOI8-R").encode("koi8_r"))
    put(e + "iso8859_5_rss20.xml",
        text_doc("RSS 2.0 in ISO-8859-5 (Cyrillic), declared iso-8859-5", RU_RSS_PLAIN, "iso-8859-5").encode("iso8859_5"))
    put(e + "cp866_rss20.xml",
        text_doc("RSS 2.0 in IBM866 (DOS Cyrillic) declared as IBM866", RU_RSS_PLAIN, "IBM866").encode("cp866"))
    put(e + "mac_cyrillic_rss20.xml",
        text_doc("RSS 2.0 in Mac Cyrillic declared as x-mac-cyrillic (iconv name MACCYRILLIC)", RU_RSS_PLAIN, "x-mac-cyrillic").encode("mac_cyrillic"))

    fr = """<rss version="2.0">
  <channel>
    <title>Café Français</title>
    <link>http://cafe.example.fr/</link>
    <description>Crème brûlée, façade, naïve, Ærø, Straße, Größe</description>
    <language>fr</language>
    <item>
      <title>Déjà vu à Noël</title>
      <link>http://cafe.example.fr/noel</link>
      <description>Prix : 12 € ? Non : 12 ¤ en latin-1.</description>
    </item>
  </channel>
</rss>
"""
    put(e + "iso8859_1_rss20.xml",
        text_doc("RSS 2.0 in ISO-8859-1 with accented Latin letters and sharp s", fr.replace("12 € ? Non : ", ""), "ISO-8859-1").encode("latin-1"))
    put(e + "iso8859_15_euro.xml",
        text_doc("RSS 2.0 in ISO-8859-15 where byte A4 is the euro sign (in ISO-8859-1 it is the currency sign)", fr.replace(" Non : 12 ¤ en latin-1.", "").replace("Ærø, ", ""), "ISO-8859-15").encode("iso8859_15"))
    smart = """<rss version="2.0">
  <channel>
    <title>“Smart” quotes – Windows edition</title>
    <link>http://smart.example.com/</link>
    <description>It’s 2025… prices in € and ™ marks</description>
    <item>
      <title>Don’t “panic” — it’s cp1252</title>
      <link>http://smart.example.com/1</link>
      <description>Bullets • daggers † and ‰ per mille</description>
    </item>
  </channel>
</rss>
"""
    put(e + "windows1252_smart_quotes.xml",
        text_doc("RSS 2.0 in windows-1252 with bytes 0x80 to 0x9F (curly quotes, en/em dash, ellipsis, euro, trademark)", smart, "windows-1252").encode("cp1252"))
    put(e + "iso8859_1_declared_cp1252_bytes.xml",
        text_doc("declared ISO-8859-1 but contains windows-1252 bytes 0x80 to 0x9F (C1 controls in Latin-1); browsers and feedparser read them as cp1252", smart, "ISO-8859-1").encode("cp1252"))

    ja = """<rss version="2.0">
  <channel>
    <title>日本語のニュース</title>
    <link>http://nihongo.example.jp/</link>
    <description>シフトJISのフィード</description>
    <language>ja</language>
    <item>
      <title>東京で桜が満開</title>
      <link>http://nihongo.example.jp/news/1</link>
      <description>今年は例年より早い開花です。表示と能力（5C を含む文字）。</description>
    </item>
  </channel>
</rss>
"""
    put(e + "shift_jis_rss20.xml",
        text_doc("RSS 2.0 in Shift_JIS including characters whose second byte is 0x5C (backslash) such as 表 and 能", ja, "Shift_JIS").encode("shift_jis"))
    zh = """<rss version="2.0">
  <channel>
    <title>中文新闻</title>
    <link>http://zhongwen.example.cn/</link>
    <description>简体中文频道</description>
    <language>zh-cn</language>
    <item>
      <title>北京今日天气晴朗</title>
      <link>http://zhongwen.example.cn/news/1</link>
      <description>气温二十五度。</description>
    </item>
  </channel>
</rss>
"""
    put(e + "gb2312_rss20.xml",
        text_doc("RSS 2.0 in GB2312 (simplified Chinese), declared gb2312; readers often need GBK/GB18030 as a superset", zh, "gb2312").encode("gb2312"))

    ebcdic = text_doc("RSS 2.0 in EBCDIC code page 037; detected from 4C 6F A7 94 and the IBM037 declaration", EN_RSS, "IBM037")
    put(e + "ebcdic_ibm037.xml", ebcdic.encode("cp037"))

    # Declarations that lie.
    put(e + "lying_utf8_declared_cp1251_bytes.xml",
        text_doc("declaration says UTF-8 but the bytes are windows-1251 (invalid UTF-8 sequences); detect, re-decode as windows-1251 and report", RU_RSS, "UTF-8").encode("cp1251"))
    put(e + "lying_cp1251_declared_utf8_bytes.xml",
        text_doc("declaration says windows-1251 but the bytes are UTF-8; decoding as declared gives mojibake (Р В Р’ pairs); detect valid UTF-8 and report", RU_RSS, "windows-1251").encode("utf-8"))
    put(e + "lying_utf8_declared_koi8r_bytes.xml",
        text_doc("declaration says utf-8 but the bytes are KOI8-R; invalid UTF-8, recover with detection between windows-1251 and koi8-r", RU_RSS_PLAIN, "utf-8").encode("koi8_r"))
    put(e + "lying_latin1_declared_utf8_bytes.xml",
        text_doc("declaration says ISO-8859-1 but the bytes are UTF-8 French text; every byte is valid Latin-1 so only a heuristic can notice (expected result: mojibake or detected UTF-8, stated in golden)", fr.replace("12 € ? Non : ", ""), "ISO-8859-1").encode("utf-8"))
    put(e + "no_declaration_cp1251_bytes.xml",
        (covers("no XML declaration and no BOM, so UTF-8 is implied, but the bytes are windows-1251; recover with a diagnostic") + RU_RSS).encode("cp1251"))

    mixed_head = decl("utf-8") + covers("UTF-8 document where one item was pasted in windows-1251 (a CMS concatenating sources); recover that item with a diagnostic, others unaffected")
    mixed = (mixed_head + """<rss version="2.0">
  <channel>
    <title>Смешанная лента</title>
    <link>https://mixed.example.ru/</link>
    <description>Часть в UTF-8, часть в cp1251</description>
    <item>
      <title>Запись в UTF-8</title>
      <link>https://mixed.example.ru/1</link>
    </item>
""").encode("utf-8") + """    <item>
      <title>Запись в windows-1251</title>
      <link>https://mixed.example.ru/2</link>
    </item>
""".encode("cp1251") + """    <item>
      <title>Снова UTF-8</title>
      <link>https://mixed.example.ru/3</link>
    </item>
  </channel>
</rss>
""".encode("utf-8")
    put(e + "mixed_utf8_and_cp1251_items.xml", mixed)

    jf = {
        "_covers": "JSON Feed 1.1 with a UTF-8 byte-order mark (RFC 8259 says do not add one, parsers may ignore it)",
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON с BOM",
        "items": [{"id": "1", "title": "Привет", "content_text": "Текст"}],
    }
    put(e + "jsonfeed_utf8_bom.json",
        b"\xef\xbb\xbf" + (json.dumps(jf, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    jf = {
        "_covers": "JSON Feed encoded as UTF-16LE with BOM (not allowed for JSON on the wire, but produced by Windows tools); detect and decode or fail cleanly",
        "version": "https://jsonfeed.org/version/1.1",
        "title": "UTF-16 JSON",
        "items": [{"id": "1", "title": "Ёжик", "content_text": "Текст"}],
    }
    put(e + "jsonfeed_utf16le_bom.json",
        b"\xff\xfe" + (json.dumps(jf, ensure_ascii=False, indent=2) + "\n").encode("utf-16-le"))
    jf = {
        "_covers": "JSON Feed served as windows-1251 bytes (invalid UTF-8); JSON must be UTF-8, so recover with detection or fail cleanly naming the offset",
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Лента в cp1251",
        "items": [{"id": "1", "title": "Новость", "content_text": "Текст новости"}],
    }
    # Not valid UTF-8, so Python's json module cannot read it: keep the
    # covers text in a sibling file like the other broken JSON fixtures.
    put("illformed/jsonfeed_cp1251_bytes.json",
        (json.dumps(jf, ensure_ascii=False, indent=2) + "\n").encode("cp1251"))
    put("illformed/jsonfeed_cp1251_bytes.covers",
        ("covers: " + jf["_covers"] + "\n").encode("utf-8"))


# ---------------------------------------------------------------- text/

def gen_text():
    body = (decl("utf-8") + covers("CRLF line endings everywhere, including inside multi-line description and pre content; XML normalises CRLF to LF") + """<rss version="2.0">
  <channel>
    <title>Windows line endings</title>
    <link>http://crlf.example.com/</link>
    <description>Saved on Windows</description>
    <item>
      <title>Two
lines</title>
      <link>http://crlf.example.com/1</link>
      <description>&lt;pre&gt;line one
line two&lt;/pre&gt;</description>
    </item>
  </channel>
</rss>
""")
    put("text/crlf_line_endings.xml", body.replace("\n", "\r\n").encode("utf-8"))
    body = (decl("utf-8") + covers("classic Mac OS CR-only line endings; XML normalises lone CR to LF, line numbers in diagnostics count CR") + """<rss version="2.0">
  <channel>
    <title>Old Mac line endings</title>
    <link>http://cr.example.com/</link>
    <description>Saved on Mac OS 9</description>
    <item>
      <title>Item</title>
      <link>http://cr.example.com/1</link>
      <description>first
second</description>
    </item>
  </channel>
</rss>
""")
    put("text/cr_only_line_endings.xml", body.replace("\n", "\r").encode("utf-8"))
    body = (decl("utf-8") + covers("non-breaking spaces, zero-width spaces, soft hyphens and a BOM character (U+FEFF) inside titles; kept as characters, trimming only removes XML whitespace") + """<rss version="2.0">
  <channel>
    <title>\u00a0Invisible\u200bcharacters\u00a0</title>
    <link>http://invis.example.com/</link>
    <description>x</description>
    <item>
      <title>Пере\u00adнос и \ufeffBOM внутри</title>
      <link>http://invis.example.com/1</link>
    </item>
  </channel>
</rss>
""")
    put("text/invisible_unicode_characters.xml", body.encode("utf-8"))


# ---------------------------------------------------------------- illformed/

def gen_illformed():
    i = "illformed/"
    head = decl("utf-8") + covers("raw C0 control characters (U+0001, U+0008, U+000B, U+000C, U+001B, U+001C) inside title and description text, forbidden in XML 1.0; strip or replace and report, keep the items")
    body = """<rss version="2.0">
  <channel>
    <title>Control\x01 characters\x08</title>
    <link>http://ctl.example.com/</link>
    <description>vertical tab\x0b form feed\x0c escape\x1b[31m red</description>
    <item>
      <title>Recibí confirmación\x1c de que el reporte fue recibido</title>
      <link>http://ctl.example.com/1</link>
    </item>
    <item>
      <title>Clean item</title>
      <link>http://ctl.example.com/2</link>
    </item>
  </channel>
</rss>
"""
    put(i + "control_characters.xml", (head + body).encode("utf-8"))

    head = decl("utf-8") + covers("NUL bytes inside text and between elements (a C string bug in the generator); must not truncate the document at the first NUL")
    body = """<rss version="2.0">
  <channel>
    <title>NUL\x00bytes</title>
    <link>http://nul.example.com/</link>
    <description>x</description>
    <item>
      <title>After NUL</title>\x00
      <link>http://nul.example.com/1</link>
    </item>
  </channel>
</rss>
"""
    put(i + "nul_bytes.xml", (head + body).encode("utf-8"))

    head = (decl("utf-8") + covers("invalid UTF-8 sequences in a document declared UTF-8: stray continuation byte 80, lone lead byte C3 before ASCII, byte FF, overlong C0 AF, and a three-byte sequence cut short; replace and report")).encode("utf-8")
    parts = [
        b'<rss version="2.0">\n  <channel>\n    <title>Bad bytes \x80 here</title>\n',
        b'    <link>http://badutf8.example.com/</link>\n',
        b'    <description>lead \xc3( then \xff and overlong \xc0\xaf slash</description>\n',
        b'    <item>\n      <title>Cut short \xe2\x82 end</title>\n',
        b'      <link>http://badutf8.example.com/1</link>\n    </item>\n',
        "    <item>\n      <title>Хорошая запись</title>\n".encode("utf-8"),
        b'      <link>http://badutf8.example.com/2</link>\n    </item>\n  </channel>\n</rss>\n',
    ]
    put(i + "invalid_utf8_sequences.xml", head + b"".join(parts))

    head = (decl("utf-8") + covers("UTF-8 encoded surrogate halves (CESU-8 style ED A0 BD ED B2 A9 for an emoji), invalid in UTF-8; replace and report")).encode("utf-8")
    body = (b'<rss version="2.0">\n  <channel>\n    <title>CESU-8 \xed\xa0\xbd\xed\xb2\xa9 emoji</title>\n'
            b'    <link>http://cesu.example.com/</link>\n    <description>x</description>\n  </channel>\n</rss>\n')
    put(i + "utf8_encoded_surrogates.xml", head + body)

    doc = (decl("UTF-16") + covers("UTF-16LE document truncated to an odd number of bytes (half a code unit at the end, mid-element)") + RU_RSS).encode("utf-16-le")
    n = len(doc) // 2
    if n % 2 == 0:
        n += 1
    cut = doc[:n]
    put(i + "truncated_utf16le_odd_length.xml", b"\xff\xfe" + cut)

    jf = ('{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "Bad bytes",\n'
          '  "items": [{"id": "1", "content_text": "').encode("utf-8") + b"invalid \xff\xfe and \xc3( here" + b'"}]\n}\n'
    put(i + "jsonfeed_invalid_utf8.json", jf)
    put(i + "jsonfeed_invalid_utf8.covers",
        b"covers: JSON Feed containing invalid UTF-8 bytes (FF FE inside a string, C3 followed by ASCII); reject or replace with a diagnostic naming the offset\n")
    jf = ('{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "NUL outside strings",\n  "items": []\n}\n').encode("utf-8")
    put(i + "jsonfeed_nul_after_document.json", jf + b"\x00\x00\x00\x00")
    put(i + "jsonfeed_nul_after_document.covers",
        b"covers: complete JSON Feed followed by NUL padding bytes (a preallocated file never truncated); trailing data after the value is an error\n")


# ---------------------------------------------------------------- hostile/

def gen_hostile():
    h = "hostile/"

    # Quadratic blowup: one ~50 KB entity referenced 2,000 times (100 MB if expanded).
    chunk = "quadratic-blowup-" * 2942  # 50,014 ASCII characters
    refs = "&big;" * 2000
    doc = (decl() + covers("quadratic blowup: one internal entity of about 50 KB referenced 2,000 times in a description (about 100 MB if expanded); must be rejected quickly by entity-amplification limits") +
           "<!DOCTYPE rss [\n  <!ENTITY big \"" + chunk + "\">\n]>\n" +
           "<rss version=\"2.0\">\n  <channel>\n    <title>Quadratic</title>\n    <link>http://quad.example.com/</link>\n"
           "    <description>" + refs + "</description>\n  </channel>\n</rss>\n")
    put(h + "quadratic_blowup.xml", doc.encode("ascii"))

    doc = (decl() + covers("quadratic blowup inside an attribute value: 50 KB entity referenced 2,000 times in an Atom link title attribute") +
           "<!DOCTYPE feed [\n  <!ENTITY big \"" + chunk + "\">\n]>\n" +
           "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>Quadratic attribute</title>\n"
           "  <id>tag:quad.example.com,2025:attr</id>\n  <updated>2025-05-12T10:00:00Z</updated>\n"
           "  <link rel=\"alternate\" href=\"http://quad.example.com/\" title=\"" + refs + "\"/>\n</feed>\n")
    put(h + "quadratic_blowup_attribute.xml", doc.encode("ascii"))

    # Deep nesting of unknown extension elements inside an item.
    depth = 1000
    nest = "".join("<x:n d=\"%d\">" % k for k in range(depth)) + "deep" + "</x:n>" * depth
    doc = (decl() + covers("1,000 levels of nested unknown extension elements inside an item; the depth limit must fail cleanly or skip the subtree, never overflow the stack") +
           "<rss version=\"2.0\" xmlns:x=\"urn:example:nest\">\n  <channel>\n    <title>Deep</title>\n"
           "    <link>http://deep.example.com/</link>\n    <description>x</description>\n    <item>\n"
           "      <title>Deep item</title>\n      " + nest + "\n    </item>\n  </channel>\n</rss>\n")
    put(h + "deep_nesting.xml", doc.encode("ascii"))

    nest = "<div>" * depth + "bottom" + "</div>" * depth
    doc = (decl() + covers("1,000 nested XHTML div elements inside Atom type=xhtml content; serialising and sanitising must not recurse without bound") +
           "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>Deep XHTML</title>\n"
           "  <id>tag:deep.example.com,2025:xhtml</id>\n  <updated>2025-05-12T10:00:00Z</updated>\n  <entry>\n"
           "    <title>Deep content</title>\n    <id>tag:deep.example.com,2025:1</id>\n    <updated>2025-05-12T10:00:00Z</updated>\n"
           "    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" + nest + "</div></content>\n  </entry>\n</feed>\n")
    put(h + "deep_nesting_xhtml_content.xml", doc.encode("ascii"))

    nest = "<div><span>" * 2500 + "bottom" + "</span></div>" * 2500
    doc = (decl() + covers("5,000 levels of nested HTML inside content:encoded CDATA; the XML is shallow but the HTML sanitiser sees a deep tree and must stay bounded") +
           "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n  <channel>\n    <title>Deep HTML</title>\n"
           "    <link>http://deephtml.example.com/</link>\n    <description>x</description>\n    <item>\n"
           "      <title>Deep HTML item</title>\n      <content:encoded><![CDATA[" + nest + "]]></content:encoded>\n"
           "    </item>\n  </channel>\n</rss>\n")
    put(h + "deep_nesting_html_in_cdata.xml", doc.encode("ascii"))

    # Huge attribute value, about 1 MB.
    big = "A" * (1024 * 1024)
    doc = (decl() + covers("a single attribute value of about 1 MB (enclosure url); the size limit must report it or truncate the field, memory stays bounded") +
           "<rss version=\"2.0\">\n  <channel>\n    <title>Huge attribute</title>\n    <link>http://hugeattr.example.com/</link>\n"
           "    <description>x</description>\n    <item>\n      <title>Huge url</title>\n"
           "      <enclosure url=\"http://hugeattr.example.com/?q=" + big + "\" length=\"1\" type=\"audio/mpeg\"/>\n"
           "    </item>\n  </channel>\n</rss>\n")
    put(h + "huge_attribute.xml", doc.encode("ascii"))

    attrs = " ".join("a%05d=\"%d\"" % (k, k) for k in range(20000))
    doc = (decl() + covers("20,000 distinct attributes on one unknown element (attribute hashing and storage cost); bounded time and memory") +
           "<rss version=\"2.0\" xmlns:x=\"urn:example:attrs\">\n  <channel>\n    <title>Many attributes</title>\n"
           "    <link>http://attrs.example.com/</link>\n    <description>x</description>\n"
           "    <x:blob " + attrs + "/>\n    <item><title>Item</title></item>\n  </channel>\n</rss>\n")
    put(h + "many_attributes.xml", doc.encode("ascii"))

    nsdecls = " ".join("xmlns:p%05d=\"urn:example:ns:%d\"" % (k, k) for k in range(5000))
    doc = (decl() + covers("5,000 namespace declarations on the root element, each a distinct URI; namespace bookkeeping must stay bounded") +
           "<rss version=\"2.0\" " + nsdecls + ">\n  <channel>\n    <title>Many namespaces</title>\n"
           "    <link>http://ns.example.com/</link>\n    <description>x</description>\n"
           "    <item><title>Item</title><p04999:x>last prefix</p04999:x></item>\n  </channel>\n</rss>\n")
    put(h + "many_namespace_declarations.xml", doc.encode("ascii"))

    name = "n" * 60000
    doc = (decl() + covers("an element name 60,000 characters long (beyond libxml2's default 50,000 name limit); rejected with a clear error") +
           "<rss version=\"2.0\">\n  <channel>\n    <title>Long name</title>\n    <link>http://longname.example.com/</link>\n"
           "    <description>x</description>\n    <" + name + ">v</" + name + ">\n  </channel>\n</rss>\n")
    put(h + "huge_element_name.xml", doc.encode("ascii"))

    doc = (decl("UTF-16") + covers("XXE payload (SYSTEM file:///etc/passwd) encoded as UTF-16LE with BOM to evade byte-level filters that look for ASCII DOCTYPE") +
           "<!DOCTYPE rss [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
           "<rss version=\"2.0\">\n  <channel>\n    <title>UTF-16 XXE</title>\n    <link>http://xxe16.example.com/</link>\n"
           "    <description>&xxe;</description>\n  </channel>\n</rss>\n")
    put(h + "xxe_utf16le.xml", b"\xff\xfe" + doc.encode("utf-16-le"))

    inner = []
    for _ in range(800):
        inner.append("[")
    inner.append("\"bottom\"")
    for _ in range(800):
        inner.append("]")
    text = ("{\n  \"_covers\": \"JSON Feed with an extension member nested 800 arrays deep; the JSON reader must bound recursion (fail cleanly or skip the extension)\",\n"
            "  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\": \"Deep JSON\",\n"
            "  \"_deep\": " + "".join(inner) + ",\n"
            "  \"items\": [{\"id\": \"1\", \"content_text\": \"survivor\"}]\n}\n")
    put(h + "jsonfeed_deep_nesting.json", text.encode("ascii"))

    long_string = "Я" * 500000
    text = json.dumps({
        "_covers": "JSON Feed item content_text of 500,000 Cyrillic characters (about 1 MB of UTF-8) in one string; size limit reports it or keeps it, memory bounded",
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Long string",
        "items": [{"id": "1", "content_text": long_string}],
    }, ensure_ascii=False, indent=2) + "\n"
    put(h + "jsonfeed_huge_string.json", text.encode("utf-8"))

    payload = base64.b64encode(b"<script>alert(1)</script>").decode("ascii")
    doc = (decl() + covers("Atom 0.3 content mode=base64 whose decoded payload is a script tag; decoding happens before sanitising, so the script must still be removed") +
           "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\">\n  <title>Base64 script</title>\n"
           "  <link rel=\"alternate\" type=\"text/html\" href=\"http://b64xss.example.com/\"/>\n  <modified>2025-05-12T10:00:00Z</modified>\n"
           "  <entry>\n    <title>Encoded</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"http://b64xss.example.com/1\"/>\n"
           "    <id>tag:b64xss.example.com,2025:1</id>\n    <modified>2025-05-12T10:00:00Z</modified>\n"
           "    <content type=\"text/html\" mode=\"base64\">" + payload + "</content>\n  </entry>\n</feed>\n")
    put(h + "base64_hidden_script.xml", doc.encode("ascii"))


# ---------------------------------------------------------------- wild/ (byte layer)

WILD_RU = """<rss version="2.0">
  <channel>
    <title>Новости &amp; события</title>
    <link>https://wild.example.ru/</link>
    <description>Лента &#8212; проверка &lt;кодировки&gt;</description>
    <item>
      <title>Первая запись &amp; вторая</title>
      <link>https://wild.example.ru/1</link>
      <description>Текст первой записи: &#169; 2025</description>
      <pubDate>не дата</pubDate>
    </item>
    <item>
      <title>Вторая запись</title>
      <link>https://wild.example.ru/2</link>
      <description>Обычный текст второй записи, без ошибок.</description>
    </item>
  </channel>
</rss>
"""

WILD_EN = """<rss version="2.0">
  <channel>
    <title>Wild &amp; Woolly</title>
    <link>https://wild.example.com/</link>
    <description>Fish &#38; chips &lt;daily&gt;</description>
    <item>
      <title>First &amp; foremost</title>
      <link>https://wild.example.com/1</link>
      <pubDate>not a date</pubDate>
    </item>
  </channel>
</rss>
"""


def gen_wild_reader():
    w = "wild/"
    put(w + "prelude_bom_then_whitespace.xml",
        b"\xef\xbb\xbf\n  " + (decl("utf-8") + covers("UTF-8 byte order mark, then a newline and spaces before the XML declaration; a warning, entities and positions intact") + WILD_EN).encode("utf-8"))
    put(w + "prelude_blank_line_before_windows1251_declaration.xml",
        ("\n\n" + decl("windows-1251") + covers("blank lines before a windows-1251 declaration; the declared encoding must still be found and honoured") + WILD_RU).encode("cp1251"))
    put(w + "prelude_bom_comment_bom_before_declaration.xml",
        b"\xef\xbb\xbf<!-- generated -->\xef\xbb\xbf" + (decl("utf-8") + covers("a comment and a second byte order mark (two files concatenated) before the XML declaration") + WILD_EN).encode("utf-8"))
    put(w + "encoding_one_stray_byte_in_utf8.xml",
        (decl("utf-8") + covers("Cyrillic UTF-8 feed with one stray byte FF in an item title; that byte becomes U+FFFD, the rest stays UTF-8") + WILD_RU).encode("utf-8").replace("Первая запись".encode("utf-8"), "Первая".encode("utf-8") + b"\xff" + " запись".encode("utf-8")))
    put(w + "encoding_truncated_sequence_at_end.xml",
        (decl("utf-8") + covers("UTF-8 feed cut in the middle of a two-byte character after the root closes (a truncated upload); the lone lead byte becomes U+FFFD") + WILD_RU).encode("utf-8") + "Ж".encode("utf-8")[:1])
    put(w + "encoding_invalid_sequences_of_each_kind.xml",
        (decl("utf-8") + covers("one of each invalid UTF-8 shape inside Cyrillic text: lone continuation 80, lead C3 before ASCII, E2 82 cut short, overlong C0 AF, surrogate ED A0 80, F4 90 past U+10FFFF; each maximal subpart is one U+FFFD")).encode("utf-8")
        + "<rss version=\"2.0\">\n  <channel>\n    <title>Лента</title>\n    <link>https://bad.example.ru/</link>\n    <description>".encode("utf-8")
        + "а".encode("utf-8") + b"\x80" + "б".encode("utf-8") + b"\xc3(" + "в".encode("utf-8") + b"\xe2\x82" + "г".encode("utf-8") + b"\xc0\xaf" + "д".encode("utf-8") + b"\xed\xa0\x80" + "е".encode("utf-8") + b"\xf4\x90\x80\x80" + "ж".encode("utf-8")
        + "</description>\n    <item>\n      <title>Запись &amp; ещё одна</title>\n      <link>https://bad.example.ru/1</link>\n    </item>\n  </channel>\n</rss>\n".encode("utf-8"))
    put(w + "encoding_ibm500_declared.xml",
        (decl("ibm-500") + covers("RSS 2.0 in EBCDIC code page 500 (international), declared ibm-500; the declaration is read from EBCDIC bytes 4C 6F A7 94") + WILD_EN.replace("Woolly", "Woolly [brackets] and !bang|")).encode("cp500"))
    put(w + "encoding_cp037_declared_lowercase.xml",
        (decl("cp037") + covers("RSS 2.0 in EBCDIC code page 037 declared with the label cp037") + WILD_EN).encode("cp037"))
    greek = """<rss version="2.0">
  <channel>
    <title>Ειδήσεις &amp; νέα</title>
    <link>https://nea.example.gr/</link>
    <description>Ελληνικά κείμενα</description>
    <item>
      <title>Καλημέρα κόσμε</title>
      <link>https://nea.example.gr/1</link>
    </item>
  </channel>
</rss>
"""
    put(w + "encoding_mac_greek.xml",
        (decl("x-mac-greek") + covers("RSS 2.0 in Mac Greek declared x-mac-greek") + greek).encode("mac_greek"))
    turkish = """<rss version="2.0">
  <channel>
    <title>Haberler &amp; gündem</title>
    <link>https://haber.example.com.tr/</link>
    <description>Türkçe içerik: ğüşıöç ĞÜŞİÖÇ</description>
    <item>
      <title>İstanbul'da güneşli bir gün</title>
      <link>https://haber.example.com.tr/1</link>
    </item>
  </channel>
</rss>
"""
    put(w + "encoding_mac_turkish_label_macturkish.xml",
        (decl("MacTurkish") + covers("RSS 2.0 in Mac Turkish declared with the label MacTurkish (no x- prefix)") + turkish).encode("mac_turkish"))
    put(w + "encoding_mac_roman_label_x_mac_roman.xml",
        (decl("x-mac-roman") + covers("RSS 2.0 in Mac Roman declared x-mac-roman: curly quotes and accented letters") + WILD_EN.replace("Woolly", "Woolly \u201ccaf\u00e9\u201d \u2014 na\u00efve")).encode("mac_roman"))
    put(w + "encoding_ibm855_declared_cp855.xml",
        (decl("CP855") + covers("RSS 2.0 in DOS Cyrillic code page 855 declared CP855") + RU_RSS_PLAIN).encode("cp855"))
    put(w + "encoding_utf16le_no_bom_no_declaration.xml",
        (covers("UTF-16LE without byte order mark and without XML declaration: the document starts 3C 00 21 00") + WILD_RU).encode("utf-16-le"))
    put(w + "encoding_utf16be_no_bom_no_declaration.xml",
        (covers("UTF-16BE without byte order mark and without XML declaration: the document starts 00 3C 00 21") + WILD_EN).encode("utf-16-be"))
    put(w + "encoding_utf32le_no_bom_no_declaration.xml",
        (covers("UTF-32LE without byte order mark and without XML declaration") + WILD_EN).encode("utf-32-le"))
    put(w + "encoding_unknown_label_cp1251_bytes.xml",
        (decl("invalid") + covers("an unknown encoding label on windows-1251 bytes: fall back to detection with a warning") + WILD_RU).encode("cp1251"))


# ---------------------------------------------------------------- main

def main():
    gen_encoding()
    gen_text()
    gen_illformed()
    gen_hostile()
    gen_wild_reader()
    check = "--check" in sys.argv[1:]
    changed = []
    for rel in sorted(OUT):
        path = os.path.join(ROOT, rel)
        data = OUT[rel]
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if old == data:
            continue
        changed.append(rel)
        if not check:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    verb = "differ" if check else "written"
    print("%d generated fixtures, %d %s" % (len(OUT), len(changed), verb))
    for rel in changed:
        print("  " + rel)
    if check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
