#!/usr/bin/env node
// The `codeset` command of the installed package: runs the compiled CLI (lib/ is built by `prepare` before packing).
import "../lib/cli/main.js";
