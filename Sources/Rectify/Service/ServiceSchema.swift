import Glibc
import GraphQLLanguage
import GraphQLSchema
import QueryCompiler

/// Loads the SDL the server serves: reads the file, builds the schema with Rectify's scalars,
/// and checks it against the domain mapping, so a mismatch stops the server at start.
enum ServiceSchema {
    static func load(path: String, limits: QueryLimits, parseOptions: ParseOptions) throws(ServiceStartError) -> GraphQLService {
        let sdl = try read(path)
        return try build(sdl: sdl, path: path, limits: limits, parseOptions: parseOptions)
    }

    static func build(sdl: String, path: String, limits: QueryLimits, parseOptions: ParseOptions) throws(ServiceStartError) -> GraphQLService {
        let schema: Schema
        do {
            schema = try Schema(sdl: sdl, scalars: RectifyScalars.coercions)
        } catch {
            throw .schemaInvalid(path: path, error)
        }
        let compiler: QueryCompiler
        do {
            compiler = try DomainMapping.check(against: schema, limits: limits)
        } catch {
            throw .mappingMismatch(error)
        }
        return GraphQLService(schema: schema, compiler: compiler, sdl: sdl, parseOptions: parseOptions)
    }

    /// The file's text, read with Glibc (no Foundation in the product's serving path).
    private static func read(_ path: String) throws(ServiceStartError) -> String {
        guard let file = fopen(path, "rb") else {
            throw .schemaUnreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
            if count < chunk.count {
                if ferror(file) != 0 { throw .schemaUnreadable(path: path, reason: String(cString: strerror(errno))) }
                break
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .schemaUnreadable(path: path, reason: "the file is not UTF-8")
        }
        return text
    }
}
