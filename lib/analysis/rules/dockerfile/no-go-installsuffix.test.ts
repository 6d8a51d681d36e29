import { testRule } from "../../testing/rule-tester";
import rule from "./no-go-installsuffix";

testRule(rule, {
  valid: [
    "FROM golang:1.23\nRUN CGO_ENABLED=0 go build -o /app .\n",
    // `-a` alone is a deliberate full rebuild; an echo is not a build.
    "FROM golang:1.23\nRUN go build -a -o /app . && echo go build -installsuffix cgo\n",
  ],
  invalid: [
    {
      code: "FROM golang:1.23\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o main .\n",
      ranges: ["2:42-2:60"],
      output: "FROM golang:1.23\nRUN CGO_ENABLED=0 GOOS=linux go build -o main .\n",
      applicability: "safe",
      messageIncludes: "`-installsuffix cgo`",
    },
    {
      code: "FROM golang:1.23\nRUN go build -installsuffix=cgo -ldflags '-s -w' -o /app ./cmd/app\n",
      ranges: ["2:14-2:32"],
      output: "FROM golang:1.23\nRUN go build -ldflags '-s -w' -o /app ./cmd/app\n",
    },
    {
      code: "FROM golang:1.23\nRUN CGO_ENABLED=0 go build \\\n    -a -installsuffix cgo \\\n    -o /app .\n",
      ranges: ["3:8-3:26"],
      output: "FROM golang:1.23\nRUN CGO_ENABLED=0 go build \\\n \\\n    -o /app .\n",
    },
    { code: "FROM golang:1.23\nRUN [\"go\", \"build\", \"-installsuffix\", \"cgo\", \".\"]\n", ranges: ["2:21-2:44"] },
  ],
});
