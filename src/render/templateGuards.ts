// What turns a template's mistakes into errors at its own file and line: a helper that throws, a name that
// is neither a helper nor a value, a partial that is missing or includes itself without end.
import type Handlebars from "handlebars";

/** How deep partials may include partials: far beyond what any template needs, far below the stack's limit. */
export const MAX_PARTIAL_DEPTH = 64;

/** Where a rendering error happened, attached to the error on its way out. */
export interface TemplatePlace {
  templateFile?: string;
  /** 1-based, as Handlebars' parse errors give it. */
  lineNumber?: number;
  /** 0-based, as Handlebars' parse errors give it. */
  column?: number;
}

type Loc = hbs.AST.SourceLocation | undefined;
type HelperOptions = Handlebars.HelperOptions & { name?: string; loc?: Loc };

/** An Error carrying the place of `loc`, unless it already carries a place. */
export function atPlace(error: unknown, loc: Loc): Error & TemplatePlace {
  const located = (
    error instanceof Error ? error : new Error(String(error))
  ) as Error & TemplatePlace;
  if (
    loc !== undefined &&
    located.lineNumber === undefined &&
    located.templateFile === undefined
  ) {
    located.lineNumber = loc.start.line;
    located.column = loc.start.column;
  }
  return located;
}

/**
 * Wraps every helper of `handlebars` so that what one throws carries the line of its call, and makes a
 * call of an unknown helper, or a block (`{{#name}}`) of a name that is neither a helper nor a value of
 * the context, an error instead of empty output.
 */
export function guardHelpers(handlebars: typeof Handlebars): void {
  handlebars.registerHelper({
    helperMissing(this: unknown, ...args: unknown[]) {
      const options = args.at(-1) as HelperOptions;
      if (args.length > 1)
        throw atPlace(
          new Error(`unknown helper '${options.name}'`),
          options.loc,
        );
      // `{{name}}` of a value a partial may or may not be given prints nothing; a block of it must name something.
      if (options.fn !== undefined && !hasKey(this, options.name ?? ""))
        throw atPlace(
          new Error(
            `'${options.name}' is neither a helper nor a value here (a misspelt helper or property?)`,
          ),
          options.loc,
        );
      return undefined;
    },
  });
  for (const [name, helper] of Object.entries(handlebars.helpers)) {
    handlebars.registerHelper(
      name,
      function (this: unknown, ...args: unknown[]) {
        try {
          return (helper as (...a: unknown[]) => unknown).apply(this, args);
        } catch (error) {
          throw atPlace(error, (args.at(-1) as HelperOptions | undefined)?.loc);
        }
      },
    );
  }
}

function hasKey(context: unknown, name: string): boolean {
  return typeof context === "object" && context !== null && name in context;
}

/** Tracks how deep partials are nested in the one synchronous render of a template set. */
export class PartialDepth {
  private depth = 0;

  /** A template's render function that names `file` in what it throws and, for a partial, counts its depth. */
  guard(
    file: string,
    render: HandlebarsTemplateDelegate,
    partial?: { name: string; selfCall: Loc },
  ): HandlebarsTemplateDelegate {
    return (context: unknown, options?: Handlebars.RuntimeOptions) => {
      if (partial !== undefined && this.depth >= MAX_PARTIAL_DEPTH) {
        const error = atPlace(
          new Error(
            `partial '${partial.name}' is included more than ${MAX_PARTIAL_DEPTH} levels deep (does it include itself?)`,
          ),
          partial.selfCall,
        );
        error.templateFile = file;
        throw error;
      }
      if (partial !== undefined) this.depth++;
      try {
        return render(context, options);
      } catch (error) {
        const located = atPlace(error, undefined);
        located.templateFile ??= file;
        throw located;
      } finally {
        if (partial !== undefined) this.depth--;
      }
    };
  }
}

/** The partial statements of a template's syntax tree that name a partial (`{{> name}}`), with where they are. */
export function staticPartials(
  program: hbs.AST.Program,
): { name: string; loc: Loc }[] {
  const found: { name: string; loc: Loc }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const statement = node as {
      type?: string;
      name?: { type?: string; original?: unknown };
      loc?: Loc;
    };
    if (
      (statement.type === "PartialStatement" ||
        statement.type === "PartialBlockStatement") &&
      statement.name?.type === "PathExpression" &&
      typeof statement.name.original === "string"
    )
      found.push({ name: statement.name.original, loc: statement.loc });
    for (const [key, value] of Object.entries(node))
      if (key !== "loc" && typeof value === "object") walk(value);
  };
  walk(program);
  return found;
}
