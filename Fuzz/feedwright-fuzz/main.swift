// The fuzzing driver. Built by `make fuzz` with coverage instrumentation and `-D FUZZING`,
// it hands the target named by FEEDWRIGHT_FUZZ_TARGET to libFuzzer, which takes the usual
// libFuzzer flags and corpus directories. libFuzzer re-runs the program for `-merge`, so
// the target travels in the environment, not in the arguments.
//
// Built normally, it replays inputs: `feedwright-fuzz TARGET FILE|DIR...`, to reproduce a
// crash under the debugger or a sanitizer.
import FeedFuzzTargets
import Foundation

#if FUZZING
    import CFuzzerDriver

    nonisolated(unsafe) var fuzzTarget = FuzzTarget.parser

    guard let name = ProcessInfo.processInfo.environment["FEEDWRIGHT_FUZZ_TARGET"],
        let target = FuzzTarget(rawValue: name)
    else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("set FEEDWRIGHT_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(64)
    }
    fuzzTarget = target
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(
        LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            fuzzTarget.run(count == 0 ? Data() : Data(bytes: bytes!, count: count))
            return 0
        })
#else
    exit(FuzzReplay.main(Array(CommandLine.arguments.dropFirst())))
#endif
