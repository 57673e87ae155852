/// Apple Podcasts' categories and subcategories: `current` as Apple lists them today
/// (podcasters.apple.com, "Apple Podcasts categories", the 2019 revision still in force),
/// `retired` the names of Apple's earlier lists that feeds still carry. A name in neither
/// is no category at all.
enum ITunesCategories {
    /// Each category with its subcategories; an empty set means it has none.
    static let current: [String: Set<String>] = [
        "Arts": ["Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"],
        "Business": ["Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit"],
        "Comedy": ["Comedy Interviews", "Improv", "Stand-Up"],
        "Education": ["Courses", "How To", "Language Learning", "Self-Improvement"],
        "Fiction": ["Comedy Fiction", "Drama", "Science Fiction"],
        "Government": [],
        "History": [],
        "Health & Fitness": [
            "Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition", "Sexuality",
        ],
        "Kids & Family": ["Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"],
        "Leisure": [
            "Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies", "Home & Garden",
            "Video Games",
        ],
        "Music": ["Music Commentary", "Music History", "Music Interviews"],
        "News": [
            "Business News", "Daily News", "Entertainment News", "News Commentary", "Politics", "Sports News",
            "Tech News",
        ],
        "Religion & Spirituality": [
            "Buddhism", "Christianity", "Hinduism", "Islam", "Judaism", "Religion", "Spirituality",
        ],
        "Science": [
            "Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics", "Natural Sciences",
            "Nature", "Physics", "Social Sciences",
        ],
        "Society & Culture": [
            "Documentary", "Personal Journals", "Philosophy", "Places & Travel", "Relationships",
        ],
        "Sports": [
            "Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf", "Hockey", "Rugby",
            "Running", "Soccer", "Swimming", "Tennis", "Volleyball", "Wilderness", "Wrestling",
        ],
        "Technology": [],
        "True Crime": [],
        "TV & Film": ["After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"],
    ]

    /// Names from Apple's lists before 2019 (and the iTunes lists before those), by the
    /// category they were under: Apple maps them to a current category, so they are a
    /// warning rather than an error.
    static let retired: [String: Set<String>] = [
        "Arts": ["Literature"],
        "Arts & Entertainment": [
            "Architecture", "Design", "Entertainment", "Games", "Performing Arts", "Photography", "Poetry",
            "Science Fiction",
        ],
        "Audio Blogs": [],
        "Business": ["Business News", "Finance", "Management & Marketing", "News", "Shopping"],
        "Education": [
            "Education", "Education Technology", "Educational Technology", "Higher Education", "K-12",
            "Language Courses", "Training",
        ],
        "Family": [],
        "Food": [],
        "Games & Hobbies": ["Automotive", "Aviation", "Hobbies", "Other Games", "Video Games"],
        "Government & Organizations": ["Local", "National", "Non-Profit", "Regional"],
        "Health": [
            "Alternative Health", "Diet & Nutrition", "Fitness", "Fitness & Nutrition", "Relationships",
            "Self-Help", "Sexuality",
        ],
        "International": [],
        "Movies & Television": [],
        "News & Politics": [],
        "Politics": [],
        "Public Radio": [],
        "Religion & Spirituality": ["New Age", "Other", "Philosophy"],
        "Science & Medicine": ["Medicine", "Natural Sciences", "Social Sciences"],
        "Society & Culture": ["History"],
        "Sports & Recreation": ["Amateur", "College & High School", "Outdoor", "Professional"],
        "Talk Radio": [],
        "Technology": [
            "Computers", "Developers", "Gadgets", "Information Technology", "News", "Operating Systems",
            "Podcasting", "Smart Phones", "Software How-To", "Tech News", "Text/Speech",
        ],
        "Transportation": ["Automotive", "Aviation", "Bicycles", "Commuting"],
        "Travel": [],
    ]

    /// How a category name stands: a current name, a retired one, or neither.
    enum Standing { case current, retired, unknown }

    /// A top-level category.
    static func standing(of category: String) -> Standing {
        if current[category] != nil { return .current }
        return retired[category] != nil ? .retired : .unknown
    }

    /// A subcategory of `category`, itself a current category.
    static func standing(of subcategory: String, in category: String) -> Standing {
        if current[category]?.contains(subcategory) == true { return .current }
        return retired[category]?.contains(subcategory) == true ? .retired : .unknown
    }
}
