import { testRule } from "../../testing/rule-tester";
import rule from "./no-duplicate-container-names";

testRule(rule, {
  valid: [
    // Services of profiles that never run together may share a name.
    "services:\n  ollama-cpu:\n    image: ollama/ollama:0.5.7\n    profiles: [cpu]\n    container_name: ollama\n  ollama-gpu:\n    image: ollama/ollama:0.5.7\n    profiles: [gpu]\n    container_name: ollama\n",
    "services:\n  a:\n    image: x:1\n    container_name: a\n  b:\n    image: y:1\n    container_name: b\n",
  ],
  invalid: [{ code: "services:\n  a:\n    image: x:1\n    container_name: app\n  b:\n    image: y:1\n    container_name: \"app\"\n", ranges: ["7:21-7:26"], messageIncludes: "`a`" }],
});
