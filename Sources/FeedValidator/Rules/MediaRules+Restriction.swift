/// `media:restriction`: who may show the media. `relationship` (allow or deny) is required;
/// `type` says what the space-separated list holds (country codes, URIs, or nothing for
/// `sharing`), and may be left out only for the literals `all` and `none`.
extension MediaRules {
    /// ISO 3166-1 alpha-2, the 249 codes assigned today (the W3C validator's list predates
    /// Serbia, Montenegro, South Sudan, Curaçao and a few more, and misses Albania).
    static let countryCodes: Set<Substring> = Set(
        """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV \
        BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES \
        ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE \
        IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY \
        MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU \
        NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM \
        SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE \
        VG VI VN VU WF WS YE YT ZA ZM ZW
        """.split(separator: " "))

    static func checkRestriction(_ node: ElementNode, context: inout ValidationContext) {
        if let relationship = node.attribute("relationship") {
            if relationship != "allow" && relationship != "deny" {
                context.report(.invalidMediaRestrictionRel, node, value: relationship)
            }
        } else {
            context.report(.missingAttribute, node, value: "relationship")
        }
        let entries = node.trimmedText.split(whereSeparator: {
            $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r"
        })
        // The two literals stand for the whole list, whatever the type.
        if entries == ["all"] || entries == ["none"] { return }
        guard let type = node.attribute("type") else {
            if !entries.isEmpty { context.report(.invalidMediaRestriction, node, value: node.trimmedText) }
            return
        }
        switch type {
        case "country":
            for code in entries where !countryCodes.contains(Substring(code.uppercased())) {
                context.report(.invalidCountryCode, node, value: String(code))
            }
        case "uri":
            for uri in entries { context.checkURL(String(uri), node, full: true, iri: false) }
        case "sharing": break
        default: context.report(.invalidMediaRestrictionType, node, value: type)
        }
    }
}
