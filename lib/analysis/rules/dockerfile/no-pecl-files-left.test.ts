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
  ],
});
