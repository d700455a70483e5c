let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "http-serve" {
    HTTPBenchServer.run(Array(arguments.dropFirst()))
} else {
    print("rectify-bench: nothing to measure yet")
}
