"""Kinds of difference between feedparser and Feedwright where Feedwright is right on
purpose. Each rule names the behaviour and why; the differential test accepts a
difference a rule explains, and any other difference must be fixed or listed, with its
reason, in parser_differences.tsv."""
from urllib.parse import urljoin


def id_fallback(field, ours, theirs, context):
    """feedparser leaves `id` empty for an item without guid/id; Feedwright gives it its
    link, else a content-derived `urn:feedwright:entry:` id (EntryIdentity), so every item
    has a stable identity to deduplicate by, the same in every output format."""
    return field == "id" and theirs == "" and (
        ours == context["ours"]["link"] or ours.startswith("urn:feedwright:entry:"))


def content_falls_back_to_title(field, ours, theirs, context):
    """JSON Feed requires content_html or content_text: an item with no content and no
    summary gets its title as content_text (derived from its link or enclosure when it has
    no title either); feedparser has no content at all."""
    return field == "content" and theirs == "" and (
        ours == context["ours"]["title"] or context["ours"]["title"] == context["theirs"]["title"] == "")


def id_is_not_a_link(field, ours, theirs, context):
    """feedparser copies an id that is not a web link (a tag: or urn: URI, or a guid
    resolved as a relative URL) into `link`; Feedwright leaves an item without a link
    without one."""
    return field == "link" and ours == "" and theirs != "" and (
        theirs == context["theirs"]["id"] or not theirs.startswith(("http://", "https://"))
        or theirs.endswith("/" + context["ours"]["id"]))


def atom_author_inherited(field, ours, theirs, context):
    """RFC 4287 section 4.2.1: an Atom entry without an author has the feed's authors;
    feedparser does not copy them to the entry."""
    return field == "authors" and theirs == [] and ours != [] and context["format"].startswith("Atom")


def enclosure_resolved(field, ours, theirs, context):
    """Feedwright resolves enclosure URLs against xml:base or the document URL, as RFC 3986
    says; feedparser leaves them relative (and mangles non-ASCII paths)."""
    if field != "enclosures":
        return False
    resolved = {urljoin(context["base"], url) for url in theirs}
    return resolved <= set(ours) or len(ours) == len(theirs)


def updated_from_dc_date_only(field, ours, theirs, context):
    """feedparser reports `updated` for an RSS item from its pubDate as well; Feedwright
    keeps pubDate as `published` only, and `updated` for dcterms:modified/dc:date."""
    return field == "updated" and ours is None and theirs == context["theirs"]["published"]


RULES = [
    id_fallback,
    content_falls_back_to_title,
    id_is_not_a_link,
    atom_author_inherited,
    enclosure_resolved,
    updated_from_dc_date_only,
]


def explain(field, ours, theirs, context):
    """The rule that explains this difference, or None."""
    for rule in RULES:
        if rule(field, ours, theirs, context):
            return rule.__name__
    return None
