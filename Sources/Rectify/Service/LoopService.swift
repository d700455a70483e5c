import HTTPServer

/// What one event loop owns: its request pipeline (with its caches) and its database
/// connections. Created on the loop when the server starts; touched only on that loop's thread.
final class LoopService {
    let pipeline: RequestPipeline
    let database: LoopDatabase

    init(pipeline: RequestPipeline, database: LoopDatabase) {
        self.pipeline = pipeline
        self.database = database
    }
}
