import Glibc
import HTTPServer

/// `rectify-bench http-serve [--port N] [--loops N] [--access-log]`: serves a 13-byte body at
/// `/` for scripts/bench-http.sh to load with wrk beside nginx. Runs until SIGTERM/SIGINT.
enum HTTPBenchServer {
    static let body = Array("Hello, World!".utf8)

    static func run(_ arguments: [String]) {
        var configuration = HTTPServerConfiguration()
        configuration.accessLog = false
        configuration.maxConnections = 20_000
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch argument {
            case "--port": configuration.port = Int(value) ?? 8080; index += 1
            case "--host": configuration.host = value; index += 1
            case "--loops": configuration.eventLoopCount = Int(value) ?? configuration.eventLoopCount; index += 1
            case "--access-log": configuration.accessLog = true
            default: break
            }
            index += 1
        }
        var router = HTTPRouter()
        router.add(.get, "/") { _, responder in
            responder.respond(HTTPResponse(contentType: "text/plain", body: body))
        }
        let server = HTTPServer(configuration: configuration, handler: router)
        do {
            let address = try server.start()
            print("listening on \(address)")
            try server.shutdownOnSignals(timeout: .seconds(5))
            server.wait()
        } catch {
            print("rectify-bench http-serve: \(error)")
            exit(1)
        }
    }
}
