extension SitePaths {
    /// The folder of the per-rubric feeds and pages.
    public static let rubricsFolder = "categories"

    /// `categories/<slug>`: the folder of one rubric's feeds and page.
    public static func rubricFolder(slug: String) -> String {
        "\(rubricsFolder)/\(slug)"
    }

    /// `categories/<slug>/index.html`: one rubric's page.
    public static func rubricPage(slug: String) -> String {
        "\(rubricFolder(slug: slug))/\(index)"
    }
}
