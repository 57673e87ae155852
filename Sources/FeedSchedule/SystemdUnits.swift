/// A systemd `.service`/`.timer` pair that runs the same build as the crontab line, for
/// machines that prefer timers. systemd applies the schedule's time zone itself.
public struct SystemdUnits: Sendable, Equatable {
    /// The `.service` unit: one `build` of the config, its output appended to the log.
    public var service: String
    /// The `.timer` unit: the schedule as `OnCalendar=` lines, in the schedule's zone.
    public var timer: String

    /// The units for `expression` (in `zone`, or the system's for `nil`), running `binary`
    /// on `configPath` from its directory; `name` is the unit files' base name, which the
    /// timer names its service by.
    public init(
        expression: CronExpression, zone: String?, binary: String, configPath: String, logPath: String,
        name: String = "feedwright"
    ) {
        let directory = configPath.split(separator: "/").dropLast().joined(separator: "/")
        service = """
            [Unit]
            Description=Feedwright: regenerate the feeds of \(configPath)

            [Service]
            Type=oneshot
            WorkingDirectory=/\(directory)
            ExecStart=\(SystemdUnits.quoted(binary)) build --config \(SystemdUnits.quoted(configPath)) --quiet
            StandardOutput=append:\(logPath)
            StandardError=append:\(logPath)
            # 3: some partner source failed but the feeds were written; 75: a build was already running.
            SuccessExitStatus=3 75

            """
        let when = SystemdCalendar.lines(for: expression, zone: zone)
        timer = """
            [Unit]
            Description=Run \(name).service on the schedule "\(expression.cronText)"

            [Timer]
            \(when.joined(separator: "\n"))
            Persistent=true

            [Install]
            WantedBy=timers.target

            """
    }

    private static func quoted(_ text: String) -> String {
        text.contains(" ") ? "\"\(text)\"" : text
    }
}

/// Cron fields as systemd `OnCalendar=` lines (`systemd.time(7)`): values as explicit
/// lists, and two lines when both day fields are restricted, since cron then means either.
enum SystemdCalendar {
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    static func lines(for expression: CronExpression, zone: String?) -> [String] {
        if expression.isReboot { return ["OnBootSec=1min"] }
        let time =
            "\(list(expression, .hour)):\(list(expression, .minute)):00" + (zone.map { " \($0)" } ?? "")
        let month = list(expression, .month)
        let days = list(expression, .dayOfMonth)
        let weekdayList = expression.values(of: .dayOfWeek)
        let weekdays =
            weekdayList.count == 7 ? "" : weekdayList.map { Self.weekdays[$0] }.joined(separator: ",") + " "
        if expression.dayMatching == .either {
            return ["OnCalendar=\(weekdays)*-\(month)-* \(time)", "OnCalendar=*-\(month)-\(days) \(time)"]
        }
        return ["OnCalendar=\(weekdays)*-\(month)-\(days) \(time)"]
    }

    private static func list(_ expression: CronExpression, _ field: CronField) -> String {
        let values = expression.values(of: field)
        let full: Int =
            switch field {
            case .minute: 60
            case .hour: 24
            case .dayOfMonth: 31
            case .month: 12
            case .dayOfWeek: 7
            }
        if values.count == full { return "*" }
        return values.map { field == .minute || field == .hour ? pad($0) : String($0) }.joined(separator: ",")
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
