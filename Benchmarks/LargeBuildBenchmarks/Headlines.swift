/// The words of generated headlines and summaries: a regional news vocabulary in Russian
/// and in English, so that titles exercise Cyrillic case folding and the dedup keys.
enum Headlines {
    /// The story's title, XML-escaped; every publisher that retells it uses the same one.
    static func title(of story: Story, corpus: SourceCorpus) -> String {
        let russian = PartnerProfile(corpus: corpus, index: story.source).russian
        let words = russian ? russianWords : englishWords
        let draw = corpus.mix(story.source, story.sequence, 4)
        let count = 5 + Int(draw % 5)
        var title = ""
        for position in 0..<count {
            if position > 0 { title += position == 2 && draw % 7 == 0 ? " &amp; " : " " }
            let pick = Int(corpus.mix(story.source, story.sequence, 5, position) % UInt64(words.count))
            let word = position == 0 ? capitalized(russian)[pick] : words[pick]
            title += position == count - 1 && draw % 5 == 0 ? "«\(word)»" : word
        }
        return title + (draw % 3 == 0 ? " — \(draw % 90 + 10)%" : "")
    }

    /// Two sentences of the story, as escaped HTML paragraphs.
    static func summary(of story: Story, corpus: SourceCorpus) -> String {
        let russian = PartnerProfile(corpus: corpus, index: story.source).russian
        let words = russian ? russianWords : englishWords
        var text = "&lt;p&gt;"
        for sentence in 0..<2 {
            let length = 5 + Int(corpus.mix(story.source, story.sequence, 7, sentence) % 4)
            for position in 0..<length {
                let draw = corpus.mix(story.source, story.sequence, 8, sentence * 32 + position)
                let pick = Int(draw % UInt64(words.count))
                text += position == 0 ? capitalized(russian)[pick] : " " + words[pick]
            }
            text += ". "
        }
        return text + "&lt;/p&gt;"
    }

    static func category(of story: Story, corpus: SourceCorpus) -> String {
        let russian = PartnerProfile(corpus: corpus, index: story.source).russian
        let names = russian ? russianRubrics : englishRubrics
        return names[Int(corpus.mix(story.source, story.sequence, 9) % UInt64(names.count))]
    }

    static func author(publisher: Int, sequence: Int, corpus: SourceCorpus) -> String {
        let russian = PartnerProfile(corpus: corpus, index: publisher).russian
        let names = russian ? russianAuthors : englishAuthors
        return names[Int(corpus.mix(publisher, sequence, 10) % UInt64(names.count))]
    }

    private static func capitalized(_ russian: Bool) -> [String] {
        russian ? capitalizedRussianWords : capitalizedEnglishWords
    }

    private static let capitalizedRussianWords = russianWords.map {
        $0.prefix(1).uppercased() + $0.dropFirst()
    }
    private static let capitalizedEnglishWords = englishWords.map {
        $0.prefix(1).uppercased() + $0.dropFirst()
    }

    private static let russianWords = """
        город область район власти мэр губернатор дума бюджет налоги тарифы цены рынок \
        урожай зерно ферма завод цех рабочие зарплата пенсия школа учителя выпускники \
        больница врачи поликлиника дорога ремонт мост трасса автобус электричка аэропорт \
        рейс погода мороз ливень паводок пожар спасатели полиция суд приговор выборы \
        депутаты стройка жильё ипотека вокзал парк музей театр фестиваль выставка матч \
        команда чемпионат победа турнир студенты университет учёные открытие связь \
        интернет отключение вода тепло отопление сезон праздник ярмарка волонтёры \
        сообщили объявили открыли закрыли перенесли утвердили проверили запустили
        """.split(separator: " ").map(String.init)

    private static let englishWords = """
        city county council mayor governor budget taxes rates prices market harvest grain \
        farm plant workers wages pension school teachers graduates hospital doctors clinic \
        road repairs bridge highway bus rail airport flight weather frost storm flood fire \
        rescuers police court verdict election lawmakers construction housing mortgage \
        station park museum theatre festival exhibition match team championship victory \
        tournament students university scientists discovery network outage water heating \
        season holiday fair volunteers announced opened closed delayed approved inspected \
        launched reported
        """.split(separator: " ").map(String.init)

    private static let russianRubrics = [
        "Общество", "Экономика", "Происшествия", "Спорт", "Культура", "Власть",
    ]
    private static let englishRubrics = ["Local", "Business", "Public safety", "Sports", "Arts", "Politics"]
    private static let russianAuthors = ["Анна Смирнова", "Пётр Иванов", "Ольга Кузнецова", "Редакция"]
    private static let englishAuthors = ["Jane Miller", "Tom Baker", "Sara Ortiz", "Newsdesk"]
}
