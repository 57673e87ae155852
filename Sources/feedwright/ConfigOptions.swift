import ArgumentParser

/// Options every command that reads `config.json` shares.
struct ConfigOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The configuration file.")
    var config: String = "config.json"

    @Flag(name: .shortAndLong, help: "Print only warnings and errors.")
    var quiet = false
}
