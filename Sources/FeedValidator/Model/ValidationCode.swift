/// Every finding the validator can report. The raw value is the code users see and look
/// up: where the W3C Feed Validator has a message class for the same finding, the name is
/// the same (`MissingTitle`, `InvalidRFC2822Date`, `MissingSelf`), so its documentation
/// applies too. Each code has a page in `docs/validator/<Code>.md`.
///
/// The severity and message template of each code are exhaustive switches
/// (``severity`` and ``template``), so a new case cannot ship without them.
public enum ValidationCode: String, CaseIterable, Sendable, Codable {
    // MARK: XML and the document
    /// Reported as “XML parsing error: …”.
    case saxError = "SAXError"
    /// Reported as “Blank line or text before the XML declaration”.
    case wpBlankLine = "WPBlankLine"
    /// Reported as “Undefined named entity: …”.
    case undefinedNamedEntity = "UndefinedNamedEntity"
    /// Reported as “Character that XML forbids: …”.
    case badCharacters = "BadCharacters"
    /// Reported as “Undeclared namespace prefix: …”.
    case undeclaredPrefix = "UndeclaredPrefix"
    /// Reported as “The bytes do not match the declared encoding: …”.
    case encodingMismatch = "EncodingMismatch"
    /// Reported as “Unknown character encoding: …”.
    case unknownEncoding = "UnknownEncoding"
    /// Reported as “No character encoding was declared; UTF-8 is assumed”.
    case missingEncoding = "MissingEncoding"
    /// Reported as “Obscure character encoding: …”.
    case obscureEncoding = "ObscureEncoding"
    /// Reported as “Incorrect XML version: …”.
    case badXmlVersion = "BadXmlVersion"
    /// Reported as “Feeds must not reference external (SYSTEM) entities: …”.
    case containsSystemEntity = "ContainsSystemEntity"
    /// Reported as “The DTD uses an external parameter entity, whose declarations are missing: …”.
    case externalParameterEntity = "ExternalParameterEntity"
    /// Reported as “Unable to validate, a resource limit was reached: …”.
    case validatorLimit = "ValidatorLimit"
    /// Reported as “Only the first … items were checked (the item limit): …; raise the limit with --max-items
    /// N, or 0 for none”.
    case itemLimit = "ItemLimit"
    /// Reported as “The Netscape RSS 0.91 DTD is deprecated and no longer available”.
    case deprecatedDTD = "DeprecatedDTD"
    /// Reported as “an element is not the root of a known feed format”.
    case unknownFeedFormat = "UnknownFeedFormat"
    /// Reported as “Missing namespace for an element”.
    case missingNamespace = "MissingNamespace"
    /// Reported as “an element is in an invalid namespace: …”.
    case invalidNamespace = "InvalidNamespace"
    /// Reported as “"…" is the preferred prefix for the namespace of an element”.
    case nonstdPrefix = "NonstdPrefix"
    /// Reported as “Missing trailing slash in the Media RSS namespace”.
    case mediaRssNamespace = "MediaRssNamespace"
    /// Reported as “Unexpected text in an element”.
    case unexpectedText = "UnexpectedText"
    /// Reported as “This feed is an obsolete version: …”.
    case obsoleteVersion = "ObsoleteVersion"
    /// Reported as “… is in an obsolete Atom namespace: …”.
    case obsoleteNamespace = "ObsoleteNamespace"
    /// Reported as “rss version must be 0.91, 0.92, 0.93, 0.94 or 2.0, not "…"”.
    case invalidRSSVersion = "InvalidRSSVersion"

    // MARK: Structure
    /// Reported as “Missing its parent element: an element”.
    case missingElement = "MissingElement"
    /// Reported as “Missing its parent element: title”.
    case missingTitle = "MissingTitle"
    /// Reported as “Missing its parent element: link”.
    case missingLink = "MissingLink"
    /// Reported as “Missing its parent element: description”.
    case missingDescription = "MissingDescription"
    /// Reported as “item must contain either title or description”.
    case itemMustContainTitleOrDescription = "ItemMustContainTitleOrDescription"
    /// Reported as “its parent contains more than one an element”.
    case duplicateElement = "DuplicateElement"
    /// Reported as “Undefined its parent element: an element”.
    case undefinedElement = "UndefinedElement"
    /// Reported as “There is no blink element in RSS”.
    case noBlink = "NoBlink"
    /// Reported as “item must be a child of channel in RSS 2.0”.
    case misplacedItem = "MisplacedItem"
    /// Reported as “an element must appear before all entries”.
    case misplacedMetadata = "MisplacedMetadata"
    /// Reported as “Missing an element attribute: …”.
    case missingAttribute = "MissingAttribute"
    /// Reported as “Unexpected … attribute on an element”.
    case unexpectedAttribute = "UnexpectedAttribute"
    /// Reported as “Use of extension attribute on RSS 2.0 core element an element: …”.
    case useOfExtensionAttr = "UseOfExtensionAttr"
    /// Reported as “its parent should contain a an element element”.
    case missingRecommendedElement = "MissingRecommendedElement"
    /// Reported as “its parent should contain a guid element”.
    case missingGuid = "MissingGuid"
    /// Reported as “an element should not be blank”.
    case notBlank = "NotBlank"
    /// Reported as “The … attribute of an element should not be blank”.
    case attrNotBlank = "AttrNotBlank"
    /// Reported as “A channel should not include both an element and …”.
    case duplicateSemantics = "DuplicateSemantics"
    /// Reported as “An item should not include both an element and …”.
    case duplicateItemSemantics = "DuplicateItemSemantics"
    /// Reported as “item contains more than one enclosure”.
    case duplicateEnclosure = "DuplicateEnclosure"
    /// Reported as “item has content:encoded but no description”.
    case needDescriptionBeforeContent = "NeedDescriptionBeforeContent"
    /// Reported as “textInput is not supported by most aggregators”.
    case avoidTextInput = "AvoidTextInput"
    /// Reported as “RDF structure error: …”.
    case invalidRDF = "InvalidRDF"

    // MARK: Dates
    /// Reported as “an element must be an RFC-822 date-time: …”.
    case invalidRFC2822Date = "InvalidRFC2822Date"
    /// Reported as “Incorrect day of week in an element: …”.
    case incorrectDOW = "IncorrectDOW"
    /// Reported as “an element has an invalid day name: "…"”.
    case invalidDayName = "InvalidDayName"
    /// Reported as “an element has a two-digit year: "…"”.
    case twoDigitYear = "TwoDigitYear"
    /// Reported as “an element has no time zone: "…"”.
    case missingTimeZone = "MissingTimeZone"
    /// Reported as “an element names a date or time that does not exist: …”.
    case impossibleDate = "ImpossibleDate"
    /// Reported as “Problematical RFC 822 date-time value in an element: …”.
    case problematicalRFC822Date = "ProblematicalRFC822Date"
    /// Reported as “an element must be an RFC-3339 date-time: …”.
    case invalidRFC3339Date = "InvalidRFC3339Date"
    /// Reported as “an element must be a W3CDTF date: "…"”.
    case invalidW3CDTFDate = "InvalidW3CDTFDate"
    /// Reported as “Implausible date in an element: "…"”.
    case implausibleDate = "ImplausibleDate"
    /// Reported as “an element is in the future: "…"”.
    case futureDate = "FutureDate"

    // MARK: People and links
    /// Reported as “an element must be an email address: "…"”.
    case invalidContact = "InvalidContact"
    /// Reported as “an element should be written "address (Real Name)"”.
    case missingRealName = "MissingRealName"
    /// Reported as “an element must be an email address: "…"”.
    case invalidAddrSpec = "InvalidAddrSpec"
    /// Reported as “an element must be a valid URI: "…"”.
    case invalidLink = "InvalidLink"
    /// Reported as “an element must be a full and valid URL: "…"”.
    case invalidFullLink = "InvalidFullLink"
    /// Reported as “an element must be a valid IRI: "…"”.
    case invalidIRI = "InvalidIRI"
    /// Reported as “IRI found where URL expected in an element: "…"”.
    case uriNotIri = "UriNotIri"
    /// Reported as “Invalid character in a URI in an element: "…"”.
    case invalidUriChar = "InvalidUriChar"
    /// Reported as “an element contains a relative URL reference: "…"”.
    case containsRelRef = "ContainsRelRef"
    /// Reported as “… attribute of an element must be a valid URI: "…"”.
    case invalidURIAttribute = "InvalidURIAttribute"
    /// Reported as “… attribute of an element must be a full URL: "…"”.
    case invalidURLAttribute = "InvalidURLAttribute"
    /// Reported as “URI scheme not IANA registered in an element: "…"”.
    case schemeNotIANARegistered = "SchemeNotIANARegistered"
    /// Reported as “an element is not in canonical form: "…"”.
    case nonCanonicalURI = "NonCanonicalURI"

    // MARK: Identifiers
    /// Reported as “guid must be a full URL, unless isPermaLink is false: "…"”.
    case invalidPermalink = "InvalidPermalink"
    /// Reported as “… attribute of an element must be 'true' or 'false': "…"”.
    case invalidBooleanAttribute = "InvalidBooleanAttribute"
    /// Reported as “an element values must not be duplicated within a feed: "…"”.
    case duplicateValue = "DuplicateValue"
    /// Reported as “Two entries with the same id: "…"”.
    case duplicateEntries = "DuplicateEntries"
    /// Reported as “All entries have the same id: "…"”.
    case duplicateIds = "DuplicateIds"
    /// Reported as “an element is not a valid URN: "…"”.
    case invalidURN = "InvalidURN"
    /// Reported as “an element is not a valid UUID: "…"”.
    case invalidUUID = "InvalidUUID"
    /// Reported as “an element is not a valid tag URI: "…"”.
    case invalidTAG = "InvalidTAG"

    // MARK: Values
    /// Reported as “… attribute of an element must be a positive integer: "…"”.
    case invalidIntegerAttribute = "InvalidIntegerAttribute"
    /// Reported as “… of an element should be 0 when unknown, not "…"”.
    case useZeroForUnknown = "UseZeroForUnknown"
    /// Reported as “… attribute of an element must be a valid MIME type: "…"”.
    case invalidMIMEAttribute = "InvalidMIMEAttribute"
    /// Reported as “Not a valid MIME type in an element: "…"”.
    case invalidMIMEType = "InvalidMIMEType"
    /// Reported as “an element must be a language tag (ISO 639 / BCP 47): "…"”.
    case invalidLanguage = "InvalidLanguage"
    /// Reported as “an element must be an integer: "…"”.
    case invalidInteger = "InvalidInteger"
    /// Reported as “an element must be a non-negative integer: "…"”.
    case invalidNonNegativeInteger = "InvalidNonNegativeInteger"
    /// Reported as “an element must be a positive integer: "…"”.
    case invalidPositiveInteger = "InvalidPositiveInteger"
    /// Reported as “an element must be an integer between 0 and 23: "…"”.
    case invalidHour = "InvalidHour"
    /// Reported as “an element must be Monday, Tuesday, … or Sunday: "…"”.
    case invalidDay = "InvalidDay"
    /// Reported as “skipHours can not contain more than 24 hour elements”.
    case notEnoughHoursInTheDay = "NotEnoughHoursInTheDay"
    /// Reported as “skipDays can not contain more than 7 day elements”.
    case eightDaysAWeek = "EightDaysAWeek"
    /// Reported as “an element must be between 1 and 144: "…"”.
    case invalidWidth = "InvalidWidth"
    /// Reported as “an element must be between 1 and 400: "…"”.
    case invalidHeight = "InvalidHeight"
    /// Reported as “Image link doesn't match channel link: "…"”.
    case imageLinkDoesntMatch = "ImageLinkDoesntMatch"
    /// Reported as “Image title doesn't match channel title: "…"”.
    case imageTitleDoesntMatch = "ImageTitleDoesntMatch"
    /// Reported as “Image not in a required format (GIF, JPEG or PNG): "…"”.
    case imageUrlFormat = "ImageUrlFormat"
    /// Reported as “cloud protocol must be xml-rpc, soap or http-post: "…"”.
    case invalidCloudProtocol = "InvalidCloudProtocol"
    /// Reported as “Invalid value for an element: "…"”.
    case invalidValue = "InvalidValue"
    /// Reported as “an element must be hourly, daily, weekly, monthly or yearly: "…"”.
    case invalidUpdatePeriod = "InvalidUpdatePeriod"
    /// Reported as “an element must be between -90 and 90: "…"”.
    case invalidLatitude = "InvalidLatitude"
    /// Reported as “an element must be between -180 and 180: "…"”.
    case invalidLongitude = "InvalidLongitude"

    // MARK: HTML
    /// Reported as “an element should not contain HTML: …”.
    case containsHTML = "ContainsHTML"
    /// Reported as “an element should not contain HTML unless declared in the type attribute”.
    case containsUndeclaredHTML = "ContainsUndeclaredHTML"
    /// Reported as “an element should not contain the … tag”.
    case securityRisk = "SecurityRisk"
    /// Reported as “an element should not contain the … attribute”.
    case securityRiskAttr = "SecurityRiskAttr"
    /// Reported as “style attribute in an element contains potentially dangerous content”.
    case dangerousStyleAttr = "DangerousStyleAttr"
    /// Reported as “an element is not valid HTML: …”.
    case notHtml = "NotHtml"

    // MARK: Atom
    /// Reported as “Missing atom:link with rel="self"”.
    case missingAtomSelfLink = "MissingAtomSelfLink"
    /// Reported as “Missing source element: an element”.
    case missingSourceElement = "MissingSourceElement"
    /// Reported as “Missing atom:link with rel="self"”.
    case missingSelf = "MissingSelf"
    /// Reported as “Self reference doesn't match document location: "…"”.
    case selfDoesntMatchLocation = "SelfDoesntMatchLocation"
    /// Reported as “Self reference is relative: "…"”.
    case relativeSelf = "RelativeSelf"
    /// Reported as “Unregistered link relationship: "…"”.
    case unregisteredAtomLinkRel = "UnregisteredAtomLinkRel"
    /// Reported as “an element must have an href attribute”.
    case missingHref = "MissingHref"
    /// Reported as “an element should not have text (all data is in attributes)”.
    case atomLinkNotEmpty = "AtomLinkNotEmpty"
    /// Reported as “Duplicate alternate links with the same type and hreflang: "…"”.
    case duplicateAtomLink = "DuplicateAtomLink"
    /// Reported as “type attribute of an element must be "text", "html" or "xhtml": "…"”.
    case invalidTextType = "InvalidTextType"
    /// Reported as “an element has type="xhtml" but no xhtml:div wrapper”.
    case missingXhtmlDiv = "MissingXhtmlDiv"
    /// Reported as “entry has neither content nor an alternate link”.
    case missingContentOrAlternate = "MissingContentOrAlternate"
    /// Reported as “entry must have a summary when its content is …”.
    case missingSummary = "MissingSummary"
    /// Reported as “an element has no author, and neither has the feed”.
    case missingAuthor = "MissingAuthor"
    /// Reported as “mode must be 'xml', 'escaped' or 'base64': "…"”.
    case invalidContentMode = "InvalidContentMode"
    /// Reported as “an element claims to be base64-encoded, but isn't”.
    case notBase64 = "NotBase64"

    // MARK: Extensions
    /// Reported as “an element must be "yes" or "no": "…"”.
    case invalidYesNo = "InvalidYesNo"
    /// Reported as “an element must be seconds, MM:SS or HH:MM:SS: "…"”.
    case invalidDuration = "InvalidDuration"
    /// Reported as “"…" is not one of the iTunes categories”.
    case invalidItunesCategory = "InvalidItunesCategory"
    /// Reported as “an element must be full, trailer or bonus: "…"”.
    case invalidItunesEpisodeType = "InvalidItunesEpisodeType"
    /// Reported as “an element must be episodic or serial: "…"”.
    case invalidItunesChannelType = "InvalidItunesChannelType"
    /// Reported as “iTunes elements should only be present in feeds encoded as UTF-8”.
    case notUTF8 = "NotUTF8"
    /// Reported as “Invalid media:content medium: "…"”.
    case invalidMediaMedium = "InvalidMediaMedium"
    /// Reported as “Invalid media:content expression: "…"”.
    case invalidMediaExpression = "InvalidMediaExpression"
    /// Reported as “media:adult is deprecated; use media:rating”.
    case deprecatedMediaAdult = "DeprecatedMediaAdult"
    /// Reported as “wfw:commentRSS should be wfw:commentRss”.
    case commentRSS = "CommentRSS"

    // MARK: JSON Feed
    /// Reported as “Invalid JSON: …”.
    case invalidJSON = "InvalidJSON"
    /// Reported as “version must be https://jsonfeed.org/version/1.1 (or /1): "…"”.
    case invalidJSONFeedVersion = "InvalidJSONFeedVersion"
    /// Reported as “an element must be …”.
    case invalidJSONType = "InvalidJSONType"
    /// Reported as “an element must have content_html or content_text”.
    case missingItemContent = "MissingItemContent"
    /// Reported as “an element is not a JSON Feed member; extensions start with "_"”.
    case unknownJSONMember = "UnknownJSONMember"
    /// Reported as “an element is deprecated in JSON Feed 1.1; use …”.
    case deprecatedJSONMember = "DeprecatedJSONMember"

    // MARK: Media RSS (issue 16)
    /// Reported as “media:rating is not a value of its scheme: "…"”.
    case invalidMediaRating = "InvalidMediaRating"
    /// Reported as “media:restriction without a type must be all or none: "…"”.
    case invalidMediaRestriction = "InvalidMediaRestriction"
    /// Reported as “relationship attribute of media:restriction must be allow or deny: "…"”.
    case invalidMediaRestrictionRel = "InvalidMediaRestrictionRel"
    /// Reported as “type attribute of media:restriction must be country, uri or sharing: "…"”.
    case invalidMediaRestrictionType = "InvalidMediaRestrictionType"
    /// Reported as “an element holds a code that is no ISO 3166 country: "…"”.
    case invalidCountryCode = "InvalidCountryCode"
    /// Reported as “Invalid media:hash (…): "…"”.
    case invalidMediaHash = "InvalidMediaHash"
    /// Reported as “Invalid role attribute of media:credit (…): "…"”.
    case invalidCreditRole = "InvalidCreditRole"
    /// Reported as “type attribute of an element must be plain or html: "…"”.
    case invalidMediaTextType = "InvalidMediaTextType"
    /// Reported as “… attribute of an element must be a Normal Play Time (seconds, h:mm:ss or now): "…"”.
    case invalidNPTTime = "InvalidNPTTime"
    /// Reported as “… must be a decimal number: "…"”.
    case invalidFloat = "InvalidFloat"
    /// Reported as “media:group must hold two or more media:content alternatives, not …”.
    case mediaGroupWithoutAlternatives = "MediaGroupWithoutAlternatives"
    // MARK: Atom 1.0 (issue 16)
    /// Reported as “Whitespace not permitted around the value of …: "…"”.
    case unexpectedWhitespace = "UnexpectedWhitespace"
    /// Reported as “an element has a src attribute but no type attribute (a MIME type)”.
    case missingTypeAttr = "MissingTypeAttr"
    // MARK: Apple Podcasts (issue 16)
    /// Reported as “an element must be "true" or "false": "…"”.
    case invalidTrueFalse = "InvalidTrueFalse"
    /// Reported as “an element is longer than allowed: …”.
    case tooLong = "TooLong"
    /// Reported as “Use commas to separate keywords in an element”.
    case invalidKeywords = "InvalidKeywords"
    /// Reported as “"…" is an old iTunes category Apple no longer lists”.
    case obsoleteItunesCategory = "ObsoleteItunesCategory"
    /// Reported as “an element should be a .jpg or .png image: "…"”.
    case unsupportedItunesImageFormat = "UnsupportedItunesImageFormat"
    /// Reported as “Missing a parent element Apple Podcasts requires: an element”.
    case missingItunesElement = "MissingItunesElement"
    /// Reported as “Missing itunes:owner with an itunes:email in a parent element”.
    case missingItunesEmail = "MissingItunesEmail"
    // MARK: RSS 2.0, RSS 1.0 and their modules (issue 16)
    /// Reported as “an element must be a form field name (a letter, then letters, digits, "-", "_", "." or ":"): "…"”.
    case invalidFormComponentName = "InvalidFormComponentName"
    /// Reported as “an element must be comma-separated non-negative integers: "…"”.
    case invalidCommaSeparatedIntegers = "InvalidCommaSeparatedIntegers"
    /// Reported as “an element must be a latitude and a longitude separated by a space: "…"”.
    case invalidCoord = "InvalidCoord"
    /// Reported as “an element must be a list of latitude-longitude pairs (…): "…"”.
    case invalidCoordList = "InvalidCoordList"
    /// Reported as “Coordinates in an element should be separated by spaces, not commas: "…"”.
    case coordComma = "CoordComma"
    /// Reported as “an element must be a DCMI Period (name=…; start=…; end=…; scheme=W3C-DTF): …”.
    case invalidDCMIPeriod = "InvalidDCMIPeriod"
}
