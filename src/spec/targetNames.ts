// Whether every name of a spec can be spelled in each language its `targets` chooses, and spelled apart.
import { csFlagMember, csIdentifier } from "../render/helpers/csharp.js";
import {
  goExported,
  goFlagConstant,
  GO_DECLARED,
} from "../render/helpers/go.js";
import { pyClass, pyMember, pyModule } from "../render/helpers/python.js";
import type { Spelling } from "../render/helpers/text.js";
import type { Spec, Target } from "./types.js";

/** The parts of a spec that name things. */
type NamedSpec = Pick<Spec, "name" | "codes" | "flags" | "targets">;

/** Where a problem is: the spec's `name`, one code's name or one flag's name (by index in the spec). */
export type NameSite =
  | { kind: "name" }
  | { kind: "code"; index: number }
  | { kind: "flag"; index: number };

export interface NameProblem {
  at: NameSite;
  message: string;
}

/** A name as one language spells it, where it stands in the spec. */
interface Spelled {
  at: NameSite;
  original: string;
  spelling: Spelling;
}

/** Every name problem of the spec's targets; TypeScript's names are the spec's own rules, checked by validateSpec. */
export function targetNameProblems(spec: NamedSpec): NameProblem[] {
  return spec.targets.flatMap((target) =>
    problemsOf(target, spellingsOf(target, spec)),
  );
}

/** The names one target declares in one scope, each spelled the way that target spells it. */
function spellingsOf(target: Target, spec: NamedSpec): Spelled[][] {
  const name: Spelled = {
    at: { kind: "name" },
    original: spec.name,
    spelling: { name: spec.name },
  };
  const codes = (spell: (name: string) => Spelling): Spelled[] =>
    spec.codes.map((code, index) => ({
      at: { kind: "code", index },
      original: code.name,
      spelling: spell(code.name),
    }));
  const flags = (spell: (name: string) => Spelling): Spelled[] =>
    spec.flags.map((flag, index) => ({
      at: { kind: "flag", index },
      original: flag.name,
      spelling: spell(flag.name),
    }));
  switch (target) {
    case "typescript":
      return [];
    case "csharp":
      // Members of the code enum, and of the flags enum: two scopes.
      return [
        codes((code) => ({ name: csIdentifier(code) })),
        flags(csFlagMember),
      ];
    case "python":
      return [
        [
          { ...name, spelling: pyModule(spec.name) },
          { ...name, spelling: pyClass(spec.name) },
        ],
        codes(pyMember),
      ];
    case "go": {
      // One package scope: the type, the codes, the flag constants and what the file declares itself.
      const declared = (spelled: Spelled): Spelled =>
        "name" in spelled.spelling && GO_DECLARED.has(spelled.spelling.name)
          ? {
              ...spelled,
              spelling: {
                problem: `${describeSite(spelled)} would be the Go identifier ${spelled.spelling.name}, which the Go file declares itself; choose another name`,
              },
            }
          : spelled;
      return [
        [
          name,
          ...codes(goExported),
          ...flags((flag) => ({ name: goFlagConstant(flag) })),
        ].map(declared),
      ];
    }
  }
}

/** The spelling problems of one target, then the names that two spellings share within one scope. */
function problemsOf(target: Target, scopes: Spelled[][]): NameProblem[] {
  const problems: NameProblem[] = [];
  for (const scope of scopes) {
    const taken = new Map<string, Spelled>();
    for (const spelled of scope) {
      if ("problem" in spelled.spelling) {
        problems.push({
          at: spelled.at,
          message: `${spelled.spelling.problem} (targets: ${target})`,
        });
        continue;
      }
      const other = taken.get(spelled.spelling.name);
      if (other && other.original !== spelled.original)
        problems.push({
          at: spelled.at,
          message: `${describeSite(spelled)} and ${describeSite(other)} would both be ${spelled.spelling.name}; choose another name (targets: ${target})`,
        });
      else taken.set(spelled.spelling.name, spelled);
    }
  }
  return problems;
}

function describeSite({ at, original }: Spelled): string {
  switch (at.kind) {
    case "name":
      return `name '${original}'`;
    case "code":
      return `code name '${original}'`;
    case "flag":
      return `flag '${original}'`;
  }
}
