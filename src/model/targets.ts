// The parts of the model only the other languages' outputs read: their names, namespaces and number types.
import { goFileName } from "../render/helpers/go.js";
import { pyModule } from "../render/helpers/python.js";
import { spelled } from "../render/helpers/text.js";
import type { Spec } from "../spec/types.js";

export interface CsharpModel {
  namespace: string;
  /** The enum's underlying type: `ushort` when every code fits, else the narrowest wider one. */
  enumType: "ushort" | "int" | "long";
  /** The type lookups take: `int`, or `long` when the bounds go beyond it. */
  numberType: "int" | "long";
}

export interface PythonModel {
  /** The module's name, python/<module>.py: the spec's name in snake_case. */
  module: string;
}

export interface GoModel {
  package: string;
  /** The file's name, go/<file>.go: the spec's name in lower case. */
  file: string;
  enumType: "uint16" | "int32" | "int64";
  /** The type lookups take: `int` (32 bits on some platforms), or `int64` when the bounds go beyond 32 bits. */
  numberType: "int" | "int64";
}

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

function within(
  numbers: readonly number[],
  { min, max }: { min: number; max: number },
): boolean {
  return numbers.every((n) => n >= min && n <= max);
}

export function csharpModel(spec: Spec): CsharpModel {
  const codes = spec.codes.map(({ code }) => code);
  return {
    namespace: spec.csharp.namespace,
    enumType: within(codes, { min: 0, max: 65535 })
      ? "ushort"
      : within(codes, INT32)
        ? "int"
        : "long",
    numberType: within([spec.bounds.min, spec.bounds.max], INT32)
      ? "int"
      : "long",
  };
}

export function pythonModel(spec: Spec): PythonModel {
  return { module: spelled(pyModule(spec.name)) };
}

export function goModel(spec: Spec): GoModel {
  const codes = spec.codes.map(({ code }) => code);
  return {
    package: spec.go.package,
    file: goFileName(spec.name),
    enumType: within(codes, { min: 0, max: 65535 })
      ? "uint16"
      : within(codes, INT32)
        ? "int32"
        : "int64",
    numberType: within([spec.bounds.min, spec.bounds.max], INT32)
      ? "int"
      : "int64",
  };
}
