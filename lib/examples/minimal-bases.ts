import type { Example } from "./types";

/** Smallest possible base images. */
export const example: Example = {
  id: "minimal-bases",
  title: "Smallest possible base images",
  description:
    "A statically linked binary needs no operating system: the final stage starts FROM scratch and adds only CA certificates.",
  files: [
    {
      path: "Dockerfile",
      content: `FROM rust:1.82-alpine3.20 AS build
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM alpine:3.20 AS certs
RUN apk add --no-cache ca-certificates

# scratch is empty: only what is copied in exists.
FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /src/target/release/pinger /pinger
USER 65532:65532
ENTRYPOINT ["/pinger"]
`,
    },
  ],
};
