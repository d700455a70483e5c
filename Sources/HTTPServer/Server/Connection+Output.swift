/// Writing responses in order, flushing to the socket, and the readiness the connection asks
/// the loop for.
extension Connection {
    /// Runs `body` on the output a slot should write to: the socket's when it is first in line.
    func write(for slot: ResponseSlot, _ body: (inout [UInt8]) -> Void) {
        if slots.first === slot {
            body(&output)
        } else {
            body(&slot.buffer)
        }
    }

    /// Bytes buffered ahead of the client on `slot`'s behalf.
    func pendingBytes(for slot: ResponseSlot) -> Int {
        slots.first === slot ? output.count - outputSent : slot.buffer.count
    }

    /// Whether `slot`'s response must say `Connection: close`: its request asked for it, or it
    /// is the last answer before the connection stops taking requests.
    func responseClosesConnection(_ slot: ResponseSlot) -> Bool {
        !slot.keepAlive || (!acceptingRequests && slots.last === slot)
    }

    func slotCompleted(_ slot: ResponseSlot) {
        guard slots.first === slot else { return }
        while let head = slots.first, head.isComplete {
            slots.removeFirst()
            context.log(head, statusOverride: nil)
            if head.closesConnection {
                acceptingRequests = false
                closeAfterWrites = true
                let abandoned = slots
                slots = []
                for slot in abandoned { slot.cancel() }
                break
            }
            if let next = slots.first, !next.buffer.isEmpty {
                output.append(contentsOf: next.buffer)
                next.buffer = []
            }
        }
        if slots.isEmpty {
            if !acceptingRequests { closeAfterWrites = true }
            if continuePending, parser.isReadingBody {
                continuePending = false
                writeContinue()
            }
        }
        scheduleFlush()
    }

    /// Writes now, unless input is being processed, in which case one write at the end covers
    /// every response produced meanwhile.
    func scheduleFlush() {
        if !processing { flush() }
    }

    func flush() {
        guard !isClosed else { return }
        while outputSent < output.count {
            let sent = outputSent
            let result: Result<IOResult<Int>, IOError> = output.withUnsafeBytes { bytes in
                Result { () throws(IOError) in try socket.send(bytes.baseAddress! + sent, count: bytes.count - sent) }
            }
            switch result {
            case .success(.processed(let count)):
                outputSent += count
                writeDeadline = loop.now &+ context.configuration.writeTimeout.nanoseconds
                continue
            case .success(.wouldBlock):
                break
            case .failure:
                close()
                return
            }
            break
        }
        if outputSent < output.count, writeDeadline == 0 {
            // Nothing went out at all: the clock for a client that does not read starts now.
            writeDeadline = loop.now &+ context.configuration.writeTimeout.nanoseconds
        }
        if outputSent == output.count {
            // Keep a small buffer for the next response; give a large one back.
            output.removeAll(keepingCapacity: output.capacity <= 16 * 1024)
            outputSent = 0
            writeDeadline = 0
        } else if outputSent >= 64 * 1024 {
            output.removeFirst(outputSent)
            outputSent = 0
        }
        if output.count - outputSent < Connection.lowWatermark, let head = slots.first {
            head.notifyWritable()
            if isClosed { return }
        }
        if closeAfterWrites, slots.isEmpty, output.isEmpty {
            closeGracefully()
            return
        }
        updatePhase()
        updateInterest()
        if inputBlocked, !processing, slots.count < context.configuration.maxPipelinedRequests,
           output.count - outputSent < Connection.highWatermark {
            processInput()
        }
    }

    func updateInterest() {
        guard let watch else { return }
        var wanted: EventLoop.Interest = []
        if outputSent < output.count { wanted.insert(.writable) }
        if lingering || (acceptingRequests && slots.count < context.configuration.maxPipelinedRequests
            && output.count - outputSent < Connection.highWatermark && input.count < input.capacityLimit) {
            wanted.insert(.readable)
        }
        if wanted != interest {
            interest = wanted
            watch.interest = wanted
        }
    }
}
