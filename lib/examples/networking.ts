import type { Example } from "./types";

/** Separate networks per tier. */
export const example: Example = {
  id: "networking",
  title: "Separate networks per tier",
  description:
    "The proxy is the only service with a published port; the database sits on an internal network the outside cannot reach.",
  files: [
    {
      path: "compose.yaml",
      content: `services:
  proxy:
    image: nginx:1.27-alpine
    ports:
      - "443:8443"
    networks: [edge]
  app:
    image: registry.example.com/shop/app:2.3.0
    networks: [edge, data]
  db:
    image: postgres:16.4-bookworm
    networks: [data]
    volumes:
      - db-data:/var/lib/postgresql/data
networks:
  edge: {}
  data:
    internal: true
volumes:
  db-data:
`,
    },
  ],
};
