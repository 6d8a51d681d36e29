import { dockerignore } from "./dockerignore";
import type { Lesson } from "./types";

export const lesson: Lesson = {
  id: "multi-stage",
  title: "Build in one stage, ship another",
  summary: "Compilers, SDKs and source code are needed to build, not to run: a multi-stage build ships only the result.",
  explanation: [
    "A single-stage image that compiles its program keeps the whole toolchain: the Go SDK alone weighs hundreds of megabytes, and every tool in it is something an attacker could use and a scanner will report.",
    "A multi-stage build does the work in a builder stage and starts the shipped stage from a small base, copying in only what runs: a binary, a `dist/` folder, the production dependencies. The builder stage still benefits from the layer cache, but none of its layers is pushed.",
    "A Go program built with `CGO_ENABLED=0` links statically, so it can run on `distroless/static` (certificates, time zones and a non-root user, nothing else) or even `scratch`.",
  ],
  rules: ["use-multi-stage-build"],
  before: {
    note: "The image that runs the service is the Go SDK image with the source and the build cache still in it.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM golang:1.23-bookworm
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /usr/local/bin/api ./cmd/api
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/api"]
`,
      },
    ],
  },
  after: {
    note: "The SDK only builds; the shipped stage is distroless with one static binary. The review's size panel shows the difference.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM golang:1.23-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/api /api
USER 65532:65532
ENTRYPOINT ["/api"]
`,
      },
      dockerignore("bin"),
    ],
  },
  takeaways: [
    "Name the builder stage and copy only the artifact out of it.",
    "Start the shipped stage from the smallest base that runs the artifact: slim, distroless or scratch.",
    "Static binaries need no operating system at all.",
  ],
  discussion: [
    "What would an attacker find in your production image if they got a shell in it?",
    "How do you debug a container that has no shell?",
  ],
};
