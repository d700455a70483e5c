import HTTPServer

/// The GraphiQL IDE, for a browser that opens `/graphql` without a query: a small HTML page that
/// loads GraphiQL from a CDN and points it at this endpoint.
enum GraphiQLPage {
    static let response: HTTPResponse = {
        var response = HTTPResponse(status: .ok, contentType: "text/html; charset=utf-8", body: Array(html.utf8))
        response.headers.add(name: "Cache-Control", value: "no-store")
        return response
    }()

    private static let html = """
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Rectify GraphiQL</title>
      <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
      <link rel="stylesheet" href="https://unpkg.com/graphiql@3/graphiql.min.css">
    </head>
    <body>
      <div id="graphiql">Loading GraphiQL…</div>
      <script crossorigin src="https://unpkg.com/react@18/umd/react.production.min.js"></script>
      <script crossorigin src="https://unpkg.com/react-dom@18/umd/react-dom.production.min.js"></script>
      <script crossorigin src="https://unpkg.com/graphiql@3/graphiql.min.js"></script>
      <script>
        const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
        ReactDOM.createRoot(document.getElementById('graphiql'))
          .render(React.createElement(GraphiQL, { fetcher, defaultQuery: '{ findings(first: 5) { totalCount nodes { number title status } } }' }));
      </script>
    </body>
    </html>

    """
}
