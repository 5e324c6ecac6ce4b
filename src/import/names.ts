// Names made from text (a registry's Meaning, a file's name): PascalCase ASCII identifiers, unique in their set.

/**
 * "Request-URI Too Long" -> RequestURITooLong, "I'm a teapot" -> ImATeapot, "Café" -> Cafe. Words keep their
 * capitals (TLS, URI) unless the whole text is upper case (NOT_FOUND -> NotFound); "" when no letter or digit is left.
 */
export function pascalCase(text: string): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['\u2019]/g, "");
  const words = ascii.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  const shouting = !/[a-z]/.test(ascii) && words.length > 1;
  return words
    .map((word) => (shouting ? word.toLowerCase() : word))
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

/** A made name with the comment that says how it was made, when it is not plainly its text in PascalCase. */
export interface MadeName {
  name: string;
  note?: string;
}

/** Makes names for the codes of one set, each unique ignoring case (doc anchors ignore case). */
export class NameMaker {
  private readonly taken = new Map<string, number>();

  /** Marks a name the source gives as taken, so that no made name clashes with it. */
  take(name: string, code: number): void {
    this.taken.set(name.toLowerCase(), code);
  }

  /** A name for `code` from its text; undefined when the text holds no letter or digit to make one from. */
  make(text: string, code: number): MadeName | undefined {
    const plain = pascalCase(text);
    if (plain === "") return undefined;
    const notes: string[] = [];
    let base = plain;
    if (/^[0-9]/.test(base)) {
      base = `Code${base}`;
      notes.push("an identifier cannot start with a digit");
    }
    let name = base;
    const holder = this.taken.get(base.toLowerCase());
    if (holder !== undefined) {
      notes.push(`${base} is already ${holder}'s`);
      name = `${base}${code}`;
      for (let n = 2; this.taken.has(name.toLowerCase()); n++)
        name = `${base}${code}_${n}`;
    }
    this.taken.set(name.toLowerCase(), code);
    return notes.length === 0
      ? { name }
      : {
          name,
          note: `name made up from ${JSON.stringify(text.trim())}: ${notes.join("; ")}`,
        };
  }
}

/** A set's name from its file: websocket-1.csv -> Websocket (IANA numbers its exports), codes.json -> Codes; "" when none. */
export function nameFromFile(file: string): string {
  const base = file
    .split(/[\\/]/)
    .pop()!
    .replace(/(\.d)?\.[^.]*$/, "")
    .replace(/\.schema$/, "")
    .replace(/-\d+$/, "");
  const name = pascalCase(base);
  return /^[A-Z]/.test(name) ? name : "";
}
