import { testRule } from "../../testing/rule-tester";
import rule from "./pin-language-packages";

testRule(rule, {
  valid: [
    // Requirements and constraints files, local paths, extras of the local project, wheels and VCS URLs.
    "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt --requirement dev.txt -e . .[dev] ./libs/x dist/app-1.0.whl git+https://github.com/a/b.git@v1 'flask>=3,<4' 'requests~=2.32' uvicorn==0.30.1\n",
    "FROM python:3.12-slim\nRUN pip install -c constraints.txt flask gunicorn\n",
    // Lockfile installs, local folders, tarballs, git references.
    "FROM node:22-slim\nRUN npm ci && npm install && npm install ./packages/shared ../x.tgz github:user/repo#v1 user/repo typescript@5.6.3 @types/node@^22 'eslint@>=9'\n",
    "FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22 && gem install nokogiri -v 1.16.7 && gem install ./vendor/tool.gem\n",
    "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2 ./cmd/server && go get -d -v ./... && go run . --port 80 && go run main.go github.com/a/b\n",
    // Names from variables are unknown; echo is not an install.
    "FROM node:22-slim\nARG TOOLS\nRUN npm install -g $TOOLS \"${EXTRA}\" && echo npm install left-pad\n",
  ],
  invalid: [
    {
      code: "FROM python:3.12-slim\nRUN pip install --no-cache-dir --upgrade pip \"flask[async]\" gunicorn==23.0.0\n",
      ranges: ["2:42-2:45", "2:46-2:60"],
      messageIncludes: "==<version>",
    },
    { code: "FROM python:3.12-slim\nRUN python3 -m pip install httpx\n", ranges: ["2:28-2:33"], messageIncludes: "`httpx==<version>`" },
    { code: "FROM python:3.12-slim\nRUN uv pip install --system httpx\n", ranges: ["2:29-2:34"], messageIncludes: "`uv pip`" },
    { code: "FROM python:3.12-slim\nRUN pipx install --python python3.12 poetry && pipx install ruff==0.7.1\n", ranges: ["2:38-2:44"], messageIncludes: "`pipx`" },
    {
      code: "FROM node:22-slim\nRUN npm install -g npm@latest @angular/cli typescript@next\n",
      ranges: ["2:20-2:30", "2:31-2:43", "2:44-2:59"],
    },
    { code: "FROM node:22-slim\nRUN yarn global add serve && pnpm add -D vite\n", ranges: ["2:21-2:26", "2:42-2:46"], messageIncludes: "@<version>" },
    { code: "FROM ruby:3.3-slim\nRUN gem install bundler rails:7.2.1\n", ranges: ["2:17-2:24"], messageIncludes: "`bundler:<version>`" },
    {
      code: "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest && go get github.com/a/b && go run github.com/c/d@master arg\n",
      ranges: ["2:16-2:47", "2:58-2:72", "2:83-2:104"],
      messageIncludes: "go",
    },
    // Through sh -c and a heredoc.
    { code: "FROM node:22-slim\nRUN sh -c 'npm i -g pm2'\n", ranges: ["2:21-2:24"], messageIncludes: "`pm2`" },
    { code: "FROM python:3.12-slim\nRUN <<EOF\npip install \\\n  black\nEOF\n", ranges: ["4:3-4:8"] },
  ],
});
