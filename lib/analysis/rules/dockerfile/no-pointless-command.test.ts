import { testRule } from "../../testing/rule-tester";
import rule from "./no-pointless-command";

testRule(rule, {
  valid: [
    // Things hadolint flags that work in a build: a service used by the same step, stopping what the step started.
    "FROM mysql:8.4\nRUN service mysql start && mysql -e 'CREATE DATABASE app' && service mysql stop\n",
    "FROM debian:12-slim\nRUN (python3 -m http.server &) && sleep 1 && curl -fsS localhost:8000 && pkill -f http.server\n",
    // Scripted vim, ps read by grep, ssh-keyscan (not ssh), ssh with a forwarded agent, systemctl enable.
    "FROM debian:12-slim\nRUN vim -es +PlugInstall +qall && ps aux | grep -q nginx && ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts && systemctl enable nginx\n",
    "FROM debian:12-slim\nRUN --mount=type=ssh ssh -T git@github.com || true\n",
    "FROM debian:12-slim\nRUN echo 'vim, top and kill' && apt-get install -y vim procps\n",
  ],
  invalid: [
    { code: "FROM debian:12-slim\nRUN apt-get install -y nginx && service nginx start\n", ranges: ["2:33-2:40"], messageIncludes: "`service` starts a service" },
    { code: "FROM debian:12-slim\nRUN vim /etc/nginx/nginx.conf\n", ranges: ["2:5-2:8"], messageIncludes: "interactive editor" },
    {
      code: "FROM debian:12-slim\nRUN free -m && ps aux && kill -9 1 && mount -t tmpfs none /mnt && sudo shutdown -h now && ssh deploy@host uptime\n",
      ranges: ["2:5-2:9", "2:16-2:18", "2:26-2:30", "2:39-2:44", "2:72-2:80", "2:91-2:94"],
    },
  ],
});
