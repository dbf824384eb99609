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
# go.mod replaces go-readability with the copy in third_party: the module graph
# needs the copy's go.mod before anything can be downloaded.
COPY third_party/go-readability/go.mod third_party/go-readability/go.mod
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/recherche ./cmd/recherche \
 && mkdir -p /out/data

# Cross-lingual search reads Debian's FreeDict dictionaries at run time (GPL
# and CC-BY-SA: installed as packages, never copied into the binary).
FROM debian:bookworm-slim AS dicts
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      dict-freedict-eng-fra dict-freedict-fra-eng dict-freedict-eng-deu \
      dict-freedict-deu-eng dict-freedict-deu-fra dict-freedict-fra-deu \
 && rm -rf /var/lib/apt/lists/*

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/recherche /usr/local/bin/recherche
COPY --from=dicts /usr/share/dictd /usr/share/dictd
COPY --from=dicts /usr/share/doc/dict-freedict-eng-fra /usr/share/doc/dict-freedict-eng-fra
COPY --from=dicts /usr/share/doc/dict-freedict-fra-eng /usr/share/doc/dict-freedict-fra-eng
COPY --from=dicts /usr/share/doc/dict-freedict-eng-deu /usr/share/doc/dict-freedict-eng-deu
COPY --from=dicts /usr/share/doc/dict-freedict-deu-eng /usr/share/doc/dict-freedict-deu-eng
COPY --from=dicts /usr/share/doc/dict-freedict-deu-fra /usr/share/doc/dict-freedict-deu-fra
COPY --from=dicts /usr/share/doc/dict-freedict-fra-deu /usr/share/doc/dict-freedict-fra-deu
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
VOLUME ["/data"]
EXPOSE 8080
# The language models (~160 MB live) and the lexicons (~65 MB) are heap: a memory limit keeps the GC
# from letting the process grow to twice that under load.
ENV RECHERCHE_ADDR=0.0.0.0:8080 \
    RECHERCHE_DATA=/data \
    GOMEMLIMIT=900MiB
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["/usr/local/bin/recherche", "healthcheck", "--url", "http://127.0.0.1:8080/readyz"]
ENTRYPOINT ["/usr/local/bin/recherche"]
CMD ["serve", "--demo"]
