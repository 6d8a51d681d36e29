import { testRule } from "../../testing/rule-tester";
import rule from "./use-pip-no-cache-dir";

testRule(rule, {
  valid: [
    "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n",
    "FROM python:3.12-slim\nRUN pip --no-cache-dir install flask && python -m pip install --no-cache-dir gunicorn\n",
    // PIP_NO_CACHE_DIR: any value turns the cache off, from ENV (inherited), ARG, the command or an export.
    "FROM python:3.12-slim AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install flask\n",
    "FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=off\nRUN pip install flask\n",
    "FROM python:3.12-slim\nRUN PIP_NO_CACHE_DIR=1 pip install flask && env PIP_NO_CACHE_DIR=true pip3 install gunicorn\n",
    "FROM python:3.12-slim\nRUN export PIP_NO_CACHE_DIR=1 && pip install flask\n",
    // A value unknown until build time: silent.
    "FROM python:3.12-slim\nARG PIP_NO_CACHE_DIR\nRUN pip install flask\n",
    "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n",
    "FROM python:3.12-slim\nRUN pip install flask && pip cache purge\n",
    "FROM python:3.12-slim\nRUN pip install flask && rm -rf /root/.cache/pip\n",
    // Builder stages never ship.
    "FROM python:3.12 AS build\nRUN pip wheel -w /wheels flask && pip install flask\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*\n",
    "FROM python:3.12-slim\nRUN echo pip install flask && pip freeze\n",
    "FROM python:3.12-slim\nARG PIP_ARGS\nRUN pip install $PIP_ARGS flask\n",
  ],
  invalid: [
    {
      code: "FROM python:3.12-slim\nRUN pip install -r requirements.txt\n",
      ranges: ["2:5-2:36"],
      output: "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n",
      applicability: "safe",
      messageIncludes: "`--no-cache-dir`",
    },
    {
      code: "FROM python:3.12-slim\nRUN python3 -m pip install --upgrade pip && pip3.12 install flask\n",
      ranges: ["2:5-2:41", "2:45-2:66"],
      output: "FROM python:3.12-slim\nRUN python3 -m pip install --no-cache-dir --upgrade pip && pip3.12 install --no-cache-dir flask\n",
    },
    // Cleaning before the install does not help; the setting of another command does not apply.
    {
      code: "FROM python:3.12-slim\nRUN pip cache purge && PIP_NO_CACHE_DIR=1 pip download x && pip install flask\n",
      ranges: ["2:61-2:78"],
      output: "FROM python:3.12-slim\nRUN pip cache purge && PIP_NO_CACHE_DIR=1 pip download x && pip install --no-cache-dir flask\n",
    },
    {
      code: "FROM python:3.12-slim\nARG FLASK_VERSION\nRUN pip install \"flask==${FLASK_VERSION}\"\n",
      ranges: ["3:5-3:42"],
      output: "FROM python:3.12-slim\nARG FLASK_VERSION\nRUN pip install --no-cache-dir \"flask==${FLASK_VERSION}\"\n",
    },
    {
      code: "FROM python:3.12-slim\nRUN bash -c \"pip install flask\"\n",
      ranges: ["2:14-2:31"],
      output: "FROM python:3.12-slim\nRUN bash -c \"pip install --no-cache-dir flask\"\n",
    },
    {
      code: "FROM python:3.12-slim\nRUN <<EOF\npip install flask\nEOF\n",
      ranges: ["3:1-3:18"],
      output: "FROM python:3.12-slim\nRUN <<EOF\npip install --no-cache-dir flask\nEOF\n",
    },
  ],
});
