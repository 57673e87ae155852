extension ValidationCode {
    /// How bad the finding is. Follows the W3C Feed Validator's class hierarchy where the
    /// code exists there, except that anything a hostile document triggers (external
    /// entities, resource limits) is an error: such a document must not be published.
    /// Two findings about what was not checked are warnings, since the document may well be
    /// fine: more items than ``Validator/maxItems`` (a long feed is not an invalid
    /// one), and an external parameter entity (its declarations are not loaded, but no
    /// text of the feed goes missing unless an entity it declares is used, which is an
    /// error of its own).
    public var severity: Severity {
        switch self {
        case .missingEncoding, .nonstdPrefix, .missingRecommendedElement:
            .info
        case .coordComma:
            .warning
        case .invalidFormComponentName, .invalidCommaSeparatedIntegers, .invalidCoord, .invalidCoordList,
            .invalidFloat, .invalidDCMIPeriod:
            .error
        case .obscureEncoding, .obsoleteVersion, .misplacedItem, .useOfExtensionAttr, .missingGuid,
            .notBlank, .attrNotBlank, .duplicateSemantics, .duplicateItemSemantics, .duplicateEnclosure,
            .needDescriptionBeforeContent, .avoidTextInput, .twoDigitYear, .problematicalRFC822Date,
            .implausibleDate, .futureDate, .missingRealName, .containsRelRef, .schemeNotIANARegistered,
            .nonCanonicalURI, .duplicateEntries, .imageLinkDoesntMatch, .imageTitleDoesntMatch,
            .imageUrlFormat, .containsHTML, .containsUndeclaredHTML, .securityRisk, .securityRiskAttr,
            .dangerousStyleAttr, .notHtml, .missingAtomSelfLink, .missingSourceElement, .missingSelf,
            .selfDoesntMatchLocation,
            .relativeSelf, .unregisteredAtomLinkRel, .atomLinkNotEmpty, .notUTF8, .deprecatedMediaAdult,
            .commentRSS, .unknownJSONMember, .deprecatedJSONMember, .itemLimit, .externalParameterEntity:
            .warning
        case .saxError, .wpBlankLine, .undefinedNamedEntity, .badCharacters, .undeclaredPrefix,
            .encodingMismatch, .unknownEncoding, .badXmlVersion, .containsSystemEntity, .validatorLimit,
            .deprecatedDTD, .unknownFeedFormat, .missingNamespace, .invalidNamespace, .mediaRssNamespace,
            .unexpectedText, .invalidRSSVersion, .obsoleteNamespace, .missingElement, .missingTitle,
            .missingLink,
            .missingDescription, .itemMustContainTitleOrDescription, .duplicateElement, .undefinedElement,
            .noBlink, .misplacedMetadata, .missingAttribute, .unexpectedAttribute, .invalidRDF,
            .invalidRFC2822Date, .incorrectDOW, .invalidDayName, .missingTimeZone, .impossibleDate,
            .invalidRFC3339Date, .invalidW3CDTFDate, .invalidContact, .invalidAddrSpec, .invalidLink,
            .invalidFullLink, .invalidIRI, .uriNotIri, .invalidUriChar, .invalidURIAttribute,
            .invalidURLAttribute, .invalidPermalink, .invalidBooleanAttribute, .duplicateValue,
            .duplicateIds, .invalidURN, .invalidUUID, .invalidTAG, .invalidIntegerAttribute,
            .useZeroForUnknown, .invalidMIMEAttribute, .invalidMIMEType, .invalidLanguage, .invalidInteger,
            .invalidNonNegativeInteger, .invalidPositiveInteger, .invalidHour, .invalidDay,
            .notEnoughHoursInTheDay, .eightDaysAWeek, .invalidWidth, .invalidHeight, .invalidCloudProtocol,
            .invalidValue, .invalidUpdatePeriod, .invalidLatitude, .invalidLongitude, .missingHref,
            .duplicateAtomLink, .invalidTextType, .missingXhtmlDiv, .missingContentOrAlternate,
            .missingSummary, .missingAuthor, .invalidContentMode, .notBase64, .invalidYesNo,
            .invalidDuration, .invalidItunesCategory, .invalidItunesEpisodeType,
            .invalidItunesChannelType,
            .invalidMediaMedium, .invalidMediaExpression, .invalidJSON, .invalidJSONFeedVersion,
            .invalidJSONType, .missingItemContent:
            .error
        // Media RSS (issue 16): all errors, as in the W3C validator.
        case .invalidMediaRating, .invalidMediaRestriction, .invalidMediaRestrictionRel,
            .invalidMediaRestrictionType, .invalidCountryCode, .invalidMediaHash, .invalidCreditRole,
            .invalidMediaTextType, .invalidNPTTime, .mediaGroupWithoutAlternatives:
            .error
        // Atom 1.0 (issue 16): a SHOULD of RFC 4287 is a warning, a MUST an error.
        case .missingTypeAttr:
            .warning
        case .unexpectedWhitespace:
            .error
        // Apple Podcasts (issue 16). MissingItunesElement is a warning in the W3C validator,
        // which reports it on any feed with iTunes elements; we report it only under the
        // podcast profile, where the tag's absence keeps the show out of Apple Podcasts.
        case .invalidTrueFalse, .tooLong, .missingItunesElement:
            .error
        case .invalidKeywords, .obsoleteItunesCategory, .unsupportedItunesImageFormat, .missingItunesEmail:
            .warning
        }
    }
}
