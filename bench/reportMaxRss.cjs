// Preloaded into a measured process where /usr/bin/time is missing: writes its peak RSS (KiB) on exit.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  writeFileSync(
    process.env.CODESET_BENCH_RSS_FILE,
    `${process.resourceUsage().maxRSS}\n`,
  );
});
