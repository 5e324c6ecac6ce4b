// Text handling every target language shares.

/** CR and CRLF as LF: every output uses LF line ends. */
export function normalizeNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
