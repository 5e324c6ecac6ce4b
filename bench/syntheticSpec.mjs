// Writes a synthetic spec of N codes: varied names, descriptions, flags and ranges, like a large real code set.

/** YAML text of a spec holding `count` codes spread over 0..65535, with three flags and a few ranges. */
export function syntheticSpec(count) {
  const lines = [
    `name: Synthetic${count}Codes`,
    `title: Synthetic spec of ${count} codes`,
    "reference: https://example.com/codes",
    "package:",
    `  name: synthetic-${count}-codes`,
    "  version: 1.0.0",
    "flags:",
    "  retryable: The peer may try again later.",
    "  fatal: The session cannot continue; do not reconnect.",
    "  internal: Never sent on the wire; used by implementations only.",
    "ranges:",
    "  - { from: 0, to: 999, description: Not used., flags: [internal] }",
    "  - from: 1000",
    "    to: 59999",
    "    description: Defined one by one below; a number no code defines here is reserved for future use.",
    "    flags: [fatal]",
    "  - { from: 60000, to: 65535, description: Private use., flags: [retryable] }",
    "codes:",
  ];
  const step = Math.floor(59000 / count);
  const flagSets = [
    "[]",
    "[retryable]",
    "[fatal]",
    "[retryable, internal]",
    "[fatal, internal]",
  ];
  for (let i = 0; i < count; i++) {
    const words = DESCRIPTION_WORDS.slice(i % 7, (i % 7) + 6 + (i % 23)).join(
      " ",
    );
    lines.push(
      `  - name: ${NAME_PARTS[i % NAME_PARTS.length]}${String(i).padStart(5, "0")}`,
      `    code: ${1000 + i * step}`,
      `    description: "Code ${i}: ${words}, with 'quotes', a \`tick\`, */ and | pipes."`,
    );
    if (i % 3 !== 0) lines.push(`    flags: ${flagSets[i % flagSets.length]}`);
    if (i % 50 === 0)
      lines.push(`    reference: https://example.com/codes#c${i}`);
  }
  return `${lines.join("\n")}\n`;
}

const NAME_PARTS = [
  "Closed",
  "Rejected",
  "Timeout",
  "Overloaded",
  "Invalid",
  "Unsupported",
  "Moved",
  "Retry",
];
const DESCRIPTION_WORDS = (
  "Indicates that an endpoint is terminating the connection because it has received a message that violates " +
  "its policy and there is no other more suitable status code or a need to hide specific details about the policy " +
  "of the server which may be restarted soon"
).split(" ");
