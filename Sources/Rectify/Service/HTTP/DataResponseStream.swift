import HTTPServer
import PostgresClient

/// Writes a large data response as a chunked body straight from PostgreSQL's results, a slice at
/// a time as the client reads, releasing each result once it is written.
///
/// A response built whole would exist twice more besides the results (the body, then the
/// connection's output buffer); streamed, the server holds the results and at most the HTTP
/// server's high watermark of output. Everything is known before the head goes out (the job
/// has completed and fit its budget), so no error can arise midway: the client sees the same
/// bytes a `Content-Length` response would carry. Loop thread only.
final class DataResponseStream {
    /// Responses at least this large are streamed; smaller ones keep `Content-Length`.
    static let threshold = 1 << 20
    /// The most bytes copied into one chunk.
    static let sliceBytes = 64 * 1024

    private var segments: [GraphQLResponseWriter.DataSegment]
    private var segmentIndex = 0
    /// Bytes of the current segment already written.
    private var offset = 0
    private let body: HTTPBodyStream

    private init(segments: [GraphQLResponseWriter.DataSegment], body: HTTPBodyStream) {
        self.segments = segments
        self.body = body
    }

    /// Sends the head (200, `contentType`, `Cache-Control: no-store`) and starts writing.
    static func start(_ segments: [GraphQLResponseWriter.DataSegment], contentType: String, _ responder: HTTPResponder) {
        let body = responder.startStreaming(status: .ok, headers: ["Content-Type": contentType, "Cache-Control": "no-store"])
        DataResponseStream(segments: segments, body: body).pump()
    }

    /// Writes slices until the output is full (then resumes when it drains), the body ends, or
    /// the client goes away (then everything held is released).
    private func pump() {
        while segmentIndex < segments.count {
            if body.isCancelled {
                segments = []
                return
            }
            let slice = nextSlice()
            if !slice.isEmpty, !body.write(slice) {
                body.onWritable { [self] in pump() }
                return
            }
        }
        segments = []
        body.finish()
    }

    /// Up to ``sliceBytes`` of the current segment; moves on (releasing it) once it is written.
    private func nextSlice() -> [UInt8] {
        let slice: [UInt8]
        let total: Int
        switch segments[segmentIndex] {
        case .bytes(let bytes):
            total = bytes.count
            slice = Array(bytes[offset..<min(total, offset + Self.sliceBytes)])
        case .value(let row):
            let (count, bytes) = GraphQLResponseWriter.withValue(of: row) { buffer in
                (buffer.count, Array(buffer[offset..<min(buffer.count, offset + Self.sliceBytes)]))
            } ?? (0, [])
            total = count
            slice = bytes
        }
        offset += slice.count
        if offset >= total {
            segments[segmentIndex] = .bytes([])
            segmentIndex += 1
            offset = 0
        }
        return slice
    }
}
