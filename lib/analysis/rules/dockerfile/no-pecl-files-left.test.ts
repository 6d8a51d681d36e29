import { testRule } from "../../testing/rule-tester";
import rule from "./no-pecl-files-left";

testRule(rule, {
  valid: [
    "FROM php:8.3-fpm\nRUN pecl install redis && docker-php-ext-enable redis && rm -rf /tmp/pear\n",
    "FROM php:8.3-fpm\nRUN pecl install xdebug apcu; rm -rf /tmp/pear/*\n",
    "FROM php:8.3-fpm\nRUN --mount=type=tmpfs,target=/tmp/pear pecl install redis\n",
    // Builder stages never ship; other pecl commands download nothing to keep.
    "FROM php:8.3-cli AS build\nRUN pecl install grpc\nFROM php:8.3-fpm\nCOPY --from=build /usr/local/lib/php/extensions /usr/local/lib/php/extensions\n",
    "FROM php:8.3-fpm\nRUN pecl channel-update pecl.php.net && pecl list\n",
  ],
  invalid: [
    {
      code: "FROM php:8.3-fpm\nRUN pecl install redis && docker-php-ext-enable redis\n",
      ranges: ["2:5-2:23"],
      output: "FROM php:8.3-fpm\nRUN pecl install redis && docker-php-ext-enable redis && rm -rf /tmp/pear\n",
      applicability: "safe",
      messageIncludes: "`/tmp/pear`",
    },
    // Deleted before the last install: that install's files stay. One finding per RUN, at its last install.
    {
      code: "FROM php:8.3-fpm\nRUN pecl install redis && rm -rf /tmp/pear && pecl install xdebug && pecl install apcu\n",
      ranges: ["2:70-2:87"],
      output: "FROM php:8.3-fpm\nRUN pecl install redis && rm -rf /tmp/pear && pecl install xdebug && pecl install apcu && rm -rf /tmp/pear\n",
    },
    // Inside an `if`: the cleanup goes after its `fi`, on the RUN's last line.
    {
      code: "FROM php:8.3-fpm\nARG INSTALL_REDIS=true\nRUN if [ ${INSTALL_REDIS} = true ]; then \\\n    pecl install redis && docker-php-ext-enable redis \\\n;fi\n",
      ranges: ["4:5-4:23"],
      output: "FROM php:8.3-fpm\nARG INSTALL_REDIS=true\nRUN if [ ${INSTALL_REDIS} = true ]; then \\\n    pecl install redis && docker-php-ext-enable redis \\\n;fi && rm -rf /tmp/pear\n",
    },
    // No fix where appended text would be swallowed by a comment, or follow a background job or a `;`.
    { code: "FROM php:8.3-fpm\nRUN for x in redis apcu; do pecl install $x; done # extensions\n", ranges: ["2:29-2:44"] },
    { code: "FROM php:8.3-fpm\nRUN if true; then pecl install redis; fi &\n", ranges: ["2:19-2:37"] },
    { code: "FROM php:8.3-fpm\nRUN if true; then pecl install redis; fi;\n", ranges: ["2:19-2:37"] },
  ],
});
