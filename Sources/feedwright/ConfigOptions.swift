import ArgumentParser

/// Options every command that reads `config.json` shares.
struct ConfigOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The configuration file.")
    var config: String = "config.json"

    @Flag(name: .shortAndLong, help: "Print only warnings and errors.")
    var quiet = false

    @OptionGroup var verbosity: VerboseOption
}

/// `--verbose`: the SQLite or system message behind a state error, after our own words.
struct VerboseOption: ParsableArguments {
    @Flag(help: "With an error, also print the underlying SQLite or system message.")
    var verbose = false
}
