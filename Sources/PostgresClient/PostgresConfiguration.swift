internal import CLibPQ

/// Where and how to connect: libpq connection keywords parsed once, handed to libpq as arrays.
///
/// Both spellings libpq accepts are understood, because libpq's own parser (`PQconninfoParse`)
/// reads them: a `postgres://` or `postgresql://` URL (including the `?host=/socket/dir&port=N`
/// form `scripts/pg` prints) and a `key=value` conninfo string
/// (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-CONNSTRING). The parsed keywords are
/// passed to `PQconnectdbParams` as separate keyword and value arrays, so no value is ever spliced
/// into conninfo text.
///
/// The password is kept for connecting and never appears in `description`, `debugDescription` or
/// any error.
package struct PostgresConfiguration: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable {
    /// Keyword → value, as libpq names them (`host`, `port`, `dbname`, `user`, `password`, …).
    package private(set) var settings: [String: String]

    /// The session time zone set at connect time (`TimeZone` run-time parameter), `nil` for the
    /// server's default. Timestamps decode correctly in any zone; UTC keeps logs and text stable.
    package var timeZone: String? = "UTC"

    /// Parses a `postgres://`/`postgresql://` URL or a `key=value` conninfo string.
    package init(url: String) throws(PostgresError) {
        settings = try Self.parse(url)
    }

    /// Parses a `key=value` conninfo string (same parser as ``init(url:)``).
    package init(conninfo: String) throws(PostgresError) {
        settings = try Self.parse(conninfo)
    }

    /// Builds a configuration from explicit values, none of them parsed.
    package init(host: String, port: Int? = nil, database: String, user: String, password: String? = nil) {
        settings = ["host": host, "dbname": database, "user": user]
        if let port { settings["port"] = String(port) }
        if let password { settings["password"] = password }
    }

    /// The host (name, address or Unix-socket directory) as configured; `nil` means libpq's default.
    package var host: String? { settings["host"] ?? settings["hostaddr"] }
    /// The port as configured; `nil` means libpq's default (5432).
    package var port: String? { settings["port"] }
    /// The database name as configured; `nil` means libpq's default (the user name).
    package var database: String? { settings["dbname"] }
    /// The role name as configured.
    package var user: String? { settings["user"] }

    /// A copy that connects to another database on the same server (e.g. a scratch database).
    package func with(database: String) -> PostgresConfiguration {
        var copy = self
        copy.settings["dbname"] = database
        return copy
    }

    /// A copy with one libpq keyword set (e.g. `connect_timeout`, `application_name`).
    package func with(_ keyword: String, _ value: String) -> PostgresConfiguration {
        var copy = self
        copy.settings[keyword] = value
        return copy
    }

    /// The server, never the password: `user@host:port/database`.
    package var description: String {
        "\(user ?? "(default user)")@\(host ?? "(default host)"):\(port ?? "(default port)")/\(database ?? "(default database)")"
    }

    package var debugDescription: String { description }

    /// Mirrors (`dump`, debuggers) show where the configuration points, never the password.
    package var customMirror: Mirror {
        Mirror(self, children: ["host": host as Any, "port": port as Any, "database": database as Any, "user": user as Any])
    }

    /// The keyword/value pairs handed to `PQconnectdbParams`, with the session settings this client
    /// relies on: UTF-8 text, ISO dates (the decoders parse `DateStyle = ISO` output), a connect
    /// timeout, and the configured time zone.
    var connectionKeywords: [(String, String)] {
        var merged = settings
        merged["client_encoding"] = "UTF8"
        if merged["connect_timeout"] == nil { merged["connect_timeout"] = "10" }
        if merged["application_name"] == nil { merged["application_name"] = "rectify" }
        var options = merged["options"].map { [$0] } ?? []
        options.append("-c DateStyle=ISO,YMD")
        options.append("-c IntervalStyle=iso_8601")
        if let timeZone { options.append("-c TimeZone=" + Self.escapeOption(timeZone)) }
        merged["options"] = options.joined(separator: " ")
        return merged.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Calls `body` with the keyword and value arrays (NULL-terminated) libpq's `…Params` connect
    /// functions take.
    func withConnectionKeywords<R>(_ body: (UnsafePointer<UnsafePointer<CChar>?>, UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        let keywords = connectionKeywords
        return withCStringArray(keywords.map(\.0), terminated: true) { names in
            withCStringArray(keywords.map(\.1), terminated: true) { values in body(names, values) }
        }
    }

    /// Escapes a value for libpq's `options` keyword, which the server splits at unescaped spaces.
    private static func escapeOption(_ value: String) -> String {
        var escaped = ""
        for character in value {
            if character == " " || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Runs libpq's own conninfo/URL parser and keeps the keywords that carry a value.
    private static func parse(_ text: String) throws(PostgresError) -> [String: String] {
        var message: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(text, &message) else {
            let reason = message.map { String(cString: $0) } ?? "out of memory"
            if let message { PQfreemem(message) }
            throw .invalidConfiguration(reason: redactingPasswords(of: text, in: reason.trimmingTrailingWhitespace()))
        }
        defer { PQconninfoFree(options) }
        var settings: [String: String] = [:]
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val {
                settings[String(cString: keyword)] = String(cString: value)
            }
            option += 1
        }
        return settings
    }
}

/// Removes from a libpq parse error any password spelled in `source`: libpq quotes the token it
/// could not parse, and that token can be the password (a bad `%` escape in the URL, say).
private func redactingPasswords(of source: String, in reason: String) -> String {
    var secrets: [Substring] = []
    if let scheme = source.firstRange(of: "://") {
        let rest = source[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
            secrets.append(authority[authority.index(after: colon)..<at])
        }
    }
    for keyword in source.ranges(of: "password") {
        let value = source[keyword.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "'" }
        secrets.append(value.prefix { $0 != " " && $0 != "'" && $0 != "&" })
    }
    var redacted = reason
    for secret in secrets where !secret.isEmpty {
        redacted = redacted.replacing(secret, with: "***")
    }
    return redacted
}

extension String {
    /// The text without the trailing newlines libpq ends its messages with.
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, let last = self[index(before: end)].unicodeScalars.first,
              last == "\n" || last == " " || last == "\t" || last == "\r" {
            end = index(before: end)
        }
        return String(self[..<end])
    }
}
