# syntax=docker/dockerfile:1
# Build: docker build -t recherche .
# Run:   docker run -p 8080:8080 -v recherche-data:/data recherche
#
# The build stage compiles exactly as .ci/run does (static, trimmed); the
# final image holds the binary alone (the Swagger UI, the spec, the demo
# corpus, the gazetteer and the language models are embedded in it).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/recherche ./cmd/recherche \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/recherche /usr/local/bin/recherche
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
VOLUME ["/data"]
EXPOSE 8080
# The language models (~160 MB live) are heap: a memory limit keeps the GC
# from letting the process grow to twice that under load.
ENV RECHERCHE_ADDR=0.0.0.0:8080 \
    RECHERCHE_DATA=/data \
    GOMEMLIMIT=900MiB
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["/usr/local/bin/recherche", "healthcheck", "--url", "http://127.0.0.1:8080/readyz"]
ENTRYPOINT ["/usr/local/bin/recherche"]
CMD ["serve", "--demo"]
