import { testRule } from "../../testing/rule-tester";
import rule from "./no-tls-verification-disabled";

testRule(rule, {
  valid: [
    // Verified after the download: a forged file fails the build at the check.
    'FROM debian:12-slim\nRUN curl -k -fsSLo /tmp/x.tgz https://example.com/x.tgz && echo "0123abcd  /tmp/x.tgz" | sha256sum -c -\n',
    "FROM debian:12-slim\nRUN wget --no-check-certificate -O x.tgz https://example.com/x.tgz && shasum -a 512 --check x.tgz.sha512\n",
    "FROM debian:12-slim\nRUN curl -kfsSLO https://example.com/x.tgz && curl -fsSLO https://example.com/x.tgz.asc && gpg --batch --verify x.tgz.asc x.tgz\n",
    "FROM debian:12-slim\nRUN curl -fsSL --cacert /etc/ssl/proxy.pem https://example.com/x -o /x\n",
    // Mentioned, not run: an echo, a comment, a package named like the flag.
    "FROM debian:12-slim\nRUN echo 'curl -k is unsafe' && apt-get install -y wget # --no-check-certificate\n",
    "FROM node:22-slim\nRUN npm config set strict-ssl true && npm config get strict-ssl && git config http.sslVerify true\n",
    // `curl -K file` reads a config file; `-k` of another tool means something else.
    "FROM debian:12-slim\nRUN curl -K /etc/curlrc https://example.com && ssh-keygen -k -f x && git -c core.autocrlf=false clone https://x\n",
    // Values from variables are not guessed.
    "FROM python:3.12-slim\nARG VERIFY\nRUN git config --global http.sslVerify $VERIFY && yum-config-manager --setopt=sslverify=$VERIFY\n",
    "FROM node:22-slim\nRUN NODE_TLS_REJECT_UNAUTHORIZED=1 node app.js\n",
    // Configuration files written with safe content.
    "FROM node:22-slim\nRUN echo 'registry=https://npm.internal' > ~/.npmrc && echo '--retry 3' >> ~/.curlrc && conda config --set ssl_verify /etc/ssl/ca.pem\n",
    'FROM debian:12-slim\nRUN ["curl", "-fsSL", "https://example.com"]\n',
  ],
  invalid: [
    // A weak checksum (md5, sha1), or one checked before the download, does not stop a forgery.
    { code: 'FROM debian:12-slim\nRUN curl -k -o x.tgz https://example.com/x.tgz && echo "abc  x.tgz" | md5sum -c -\n', ranges: ["2:10-2:12"] },
    { code: "FROM debian:12-slim\nRUN sha256sum -c old.sha256 && wget --no-check-certificate https://example.com/x.tgz\n", ranges: ["2:37-2:59"] },
    { code: "FROM debian:12-slim\nRUN curl -fsSLk https://example.com/x | tar -xz\n", ranges: ["2:10-2:16"], messageIncludes: "`curl -k`" },
    { code: "FROM debian:12-slim\nRUN curl --insecure -o /x https://example.com/x\n", ranges: ["2:10-2:20"], messageIncludes: "`curl --insecure`" },
    { code: "FROM debian:12-slim\nRUN wget --no-check-certificate -q https://example.com/x\n", ranges: ["2:10-2:32"], messageIncludes: "wget" },
    {
      code: "FROM python:3.12-slim\nRUN pip install --trusted-host pypi.internal -r requirements.txt \\\n && pip config set global.trusted-host pypi.internal\n",
      ranges: ["2:17-2:45", "3:20-3:53"],
      messageIncludes: "pip",
    },
    {
      code: "FROM node:22-slim\nRUN npm config set strict-ssl false && yarn config set strict-ssl false && npm install --strict-ssl=false && npm set strict-ssl=false\n",
      ranges: ["2:20-2:36", "2:56-2:72", "2:88-2:106", "2:118-2:134"],
    },
    {
      code: "FROM alpine:3.20\nRUN git -c http.sslVerify=false clone https://git.internal/x.git && git config --global http.https://git.internal.sslverify 0\n",
      ranges: ["2:9-2:32", "2:89-2:126"],
      messageIncludes: "git",
    },
    {
      code: "FROM centos:7\nRUN yum-config-manager --setopt=sslverify=false --save && dnf install -y --setopt=*.sslverify=0 curl\n",
      ranges: ["2:24-2:48", "2:74-2:96"],
      messageIncludes: "--setopt=",
    },
    {
      code: "FROM debian:12-slim\nRUN echo insecure >> ~/.curlrc && echo 'Acquire::https::Verify-Peer \"false\";' > /etc/apt/apt.conf.d/99insecure\n",
      ranges: ["2:5-2:31", "2:35-2:111"],
      messageIncludes: "`echo … >",
    },
    {
      code: "FROM debian:12-slim\nRUN apt-get -o Acquire::https::Verify-Peer=false update && wget -e check_certificate=off https://x/a\nRUN apk add --no-check-certificate curl\n",
      ranges: ["2:13-2:49", "2:65-2:89", "3:13-3:35"],
    },
    {
      code: "FROM continuumio/miniconda3:24.7.1-0\nRUN conda config --set ssl_verify false && composer config -g disable-tls true && yarn config set enableStrictSsl false\n",
      ranges: ["2:24-2:40", "2:63-2:79", "2:99-2:120"],
    },
    // Through sudo, sh -c, heredocs, and variables set for one command or exported.
    {
      code: "FROM node:22-slim\nRUN sudo sh -c 'GIT_SSL_NO_VERIFY=1 git clone https://x' && export NODE_TLS_REJECT_UNAUTHORIZED=0\nRUN <<EOF\nenv PYTHONHTTPSVERIFY=0 python3 fetch.py\nEOF\n",
      ranges: ["2:17-2:36", "2:68-2:98", "4:5-4:24"],
    },
  ],
});
