import { testRule } from "../../testing/rule-tester";
import rule from "./no-copy-of-ignored-file";

testRule(rule, {
  valid: [
    { code: "FROM node:22-slim\nCOPY package.json ./\nCOPY . .\nCOPY --from=build /app/dist ./dist\n", files: { ".dockerignore": "node_modules\ndist\n" } },
    { code: "FROM nginx:1.27\nCOPY docs/keep.md /srv/\n", files: { ".dockerignore": "docs\n!docs/keep.md\n" } },
  ],
  invalid: [
    {
      code: "FROM nginx:1.27\nCOPY ./dist/ /usr/share/nginx/html/\nCOPY conf/nginx.conf /etc/nginx/\n",
      files: { ".dockerignore": "# build output\n**/dist\nconf/*.conf\n" },
      ranges: ["2:6-2:13", "3:6-3:21"],
      messageIncludes: ".dockerignore, line",
    },
    // The service's context decides which .dockerignore applies.
    {
      code: "FROM python:3.13-slim\nCOPY requirements.txt .\n",
      path: "backend/Dockerfile",
      files: { "compose.yaml": "services:\n  api:\n    build: ./backend\n", "backend/.dockerignore": "*.txt\n", ".dockerignore": ".git\n" },
      ranges: ["2:6-2:22"],
    },
  ],
});
