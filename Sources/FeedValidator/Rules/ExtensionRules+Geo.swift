/// Where an item is: the W3C Basic Geo vocabulary (`geo:`), the older ICBM and GeoURL
/// modules, and GeoRSS (Simple, and GML inside `georss:where`). Latitude comes first
/// everywhere, in decimal degrees.
extension ExtensionRules {
    static let geoElements: Set<String> = [
        "lat", "long", "alt", "lat_long", "Point", "SpatialThing", "location",
    ]
    /// GeoRSS Simple names, lower-cased: the specification writes `featuretypetag`, many
    /// feeds (and the W3C validator) `featureTypeTag`.
    static let geoRSSElements: Set<String> = [
        "point", "line", "polygon", "box", "circle", "where", "elev", "floor", "radius", "featuretypetag",
        "relationshiptag", "featurename",
    ]

    static func checkGeo(_ node: ElementNode, context: inout ValidationContext) {
        let value = node.trimmedText
        switch node.localName {
        case "lat": checkLatitude(value, node, context: &context)
        case "long": checkLongitude(value, node, context: &context)
        case "alt":
            if GeoCoordinates.decimal(value) == nil {
                context.report(.invalidFloat, node, value: value, detail: node.qualifiedName)
            }
        case "Point":
            for name in ["lat", "long"] where !node.has(name, Namespace.geo) {
                context.report(.missingElement, node, child: "geo:" + name)
            }
        case let name where geoElements.contains(name): break
        default: context.report(.undefinedElement, node)
        }
    }

    /// `icbm:` and `geourl:` have a latitude and a longitude and nothing else.
    static func checkICBM(_ node: ElementNode, context: inout ValidationContext) {
        switch node.localName {
        case "latitude": checkLatitude(node.trimmedText, node, context: &context)
        case "longitude": checkLongitude(node.trimmedText, node, context: &context)
        default: context.report(.undefinedElement, node)
        }
    }

    static func checkGeoRSS(_ node: ElementNode, context: inout ValidationContext) {
        let value = node.trimmedText
        switch node.localName.lowercased() {
        case "point": checkPosition(node, context: &context)
        case "line": checkShape(node, .line, context: &context)
        case "polygon": checkShape(node, .polygon, context: &context)
        case "box": checkShape(node, .box, context: &context)
        case "circle": checkCircle(node, context: &context)
        case "elev":
            if GeoCoordinates.decimal(value) == nil {
                context.report(.invalidFloat, node, value: value, detail: node.qualifiedName)
            }
        case "radius":
            if (GeoCoordinates.decimal(value) ?? -1) < 0 {
                context.report(.invalidFloat, node, value: value, detail: node.qualifiedName)
            }
        case "floor":
            if ValueCheck.integer(value) == nil { context.report(.invalidInteger, node, value: value) }
        case let name where geoRSSElements.contains(name): break
        default: context.report(.undefinedElement, node)
        }
    }

    /// GML as GeoRSS uses it: positions, position lists (a ring's closed), box corners.
    static func checkGML(_ node: ElementNode, parent: ElementNode?, context: inout ValidationContext) {
        switch node.localName {
        case "pos", "lowerCorner", "upperCorner": checkPosition(node, context: &context)
        case "posList":
            let ring = parent?.is("LinearRing", Namespace.gml) == true
            checkShape(node, ring ? .polygon : .line, context: &context)
        default: break
        }
    }

    private static func checkPosition(_ node: ElementNode, context: inout ValidationContext) {
        let value = node.trimmedText
        guard let pairs = GeoCoordinates.pairs(value), pairs.count == 1 else {
            return context.report(.invalidCoord, node, value: value)
        }
        checkRanges(pairs, node, context: &context)
    }

    private static func checkShape(
        _ node: ElementNode, _ shape: GeoCoordinates.Shape, context: inout ValidationContext
    ) {
        let value = node.trimmedText
        guard let pairs = GeoCoordinates.pairs(value) else {
            return context.report(.invalidCoordList, node, value: value, detail: "decimal degrees, in pairs")
        }
        if let problem = shape.problem(pairs) {
            return context.report(.invalidCoordList, node, value: value, detail: problem)
        }
        checkRanges(pairs, node, context: &context)
    }

    /// A centre and a radius in metres: three numbers.
    private static func checkCircle(_ node: ElementNode, context: inout ValidationContext) {
        let value = node.trimmedText
        let numbers = GeoCoordinates.numbers(value)
        guard let numbers, numbers.count == 3, numbers[2] >= 0 else {
            let detail = "a circle is its centre's latitude and longitude, then a radius in metres"
            return context.report(.invalidCoordList, node, value: value, detail: detail)
        }
        checkRanges([(numbers[0], numbers[1])], node, context: &context)
    }

    private static func checkRanges(
        _ pairs: [(latitude: Double, longitude: Double)], _ node: ElementNode,
        context: inout ValidationContext
    ) {
        let value = node.trimmedText
        if node.text.contains(",") { context.report(.coordComma, node, value: value) }
        if pairs.contains(where: { !(-90...90).contains($0.latitude) }) {
            context.report(.invalidLatitude, node, value: value)
        }
        if pairs.contains(where: { !(-180...180).contains($0.longitude) }) {
            context.report(.invalidLongitude, node, value: value)
        }
    }

    private static func checkLatitude(_ value: String, _ node: ElementNode, context: inout ValidationContext)
    {
        if !(-90...90).contains(ValueCheck.number(value) ?? 999) {
            context.report(.invalidLatitude, node, value: value)
        }
    }

    private static func checkLongitude(_ value: String, _ node: ElementNode, context: inout ValidationContext)
    {
        if !(-180...180).contains(ValueCheck.number(value) ?? 999) {
            context.report(.invalidLongitude, node, value: value)
        }
    }
}
