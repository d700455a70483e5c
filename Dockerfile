# Rectify app image: builds the release binary with the Swift 6 toolchain, runs it on a slim
# image with libpq. Not built on the development machine (no Docker there): see README.
FROM swift:6.3-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev pkg-config && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Benchmarks ./Benchmarks
COPY Tests ./Tests
RUN swift build -c release --product rectify --static-swift-stdlib \
    && cp "$(swift build -c release --show-bin-path)/rectify" /usr/local/bin/rectify

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/rectify /usr/local/bin/rectify
COPY db /app/db
WORKDIR /app
ENV RECTIFY_DB_DIR=/app/db
# migrate (a no-op when the database's init script already applied the migrations), import the
# seed (a no-op the second time), then serve.
CMD ["sh", "-c", "rectify migrate && rectify import db/seed/*.txt && exec rectify serve"]
