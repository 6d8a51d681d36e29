import type { Example } from "./types";

/** Go service with test and build stages. */
export const example: Example = {
  id: "go-pipeline",
  title: "Go service with test and build stages",
  description:
    "Dependencies are downloaded once and shared by a test stage and a build stage; the shipped image holds one static binary.",
  files: [
    {
      path: "Dockerfile",
      content: `# syntax=docker/dockerfile:1
FROM golang:1.23-bookworm AS modules
WORKDIR /go/src/app
COPY go.mod go.sum ./
RUN go mod download

FROM modules AS test
COPY . .
RUN go vet ./... && go test ./...

FROM modules AS build
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/inventory ./cmd/inventory

# Distroless: no shell, no package manager; 65532 is its built-in nonroot user.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/inventory /inventory
USER 65532:65532
ENTRYPOINT ["/inventory"]
`,
    },
    {
      path: ".dockerignore",
      content: `.git
bin
*.test
.env*
node_modules
**/*.pem
**/*.key
**/id_rsa*
**/id_ed25519*
**/*.log
`,
    },
  ],
};
