// Every helper a template may call is named in the README's list of helpers ("Custom templates"), so a
// user writing a template finds each one there; a helper added without its line fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import type Handlebars from "handlebars";
import { expect, test } from "vitest";
import { registerHelpers } from "../../src/render/registerHelpers.js";
import { ROOT } from "../helpers.js";

/** The names registerHelpers registers, read off a stand-in for Handlebars. */
function helperNames(): string[] {
  const names: string[] = [];
  const recorder = {
    registerHelper: (helpers: Record<string, unknown>) =>
      names.push(...Object.keys(helpers)),
  };
  registerHelpers(recorder as unknown as typeof Handlebars);
  return names;
}

test("the README names every template helper", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const list = readme.slice(
    readme.indexOf("Helpers (escaping"),
    readme.indexOf("## Breaking changes"),
  );
  const names = helperNames();
  expect(names.length).toBeGreaterThan(0);
  const undocumented = names.filter(
    (name) => !new RegExp(`\`${name}[\` ]`).test(list),
  );
  expect(undocumented).toEqual([]);
});
