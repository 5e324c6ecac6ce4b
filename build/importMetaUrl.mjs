// Injected into the CommonJS bundle (build/bundle.mjs): what `import.meta.url` is in a module of src/,
// the bundle's own file. Modules that find files beside the toolchain go through src/toolchain.ts,
// whose TOOLCHAIN_ROOT is one folder up from lib/, where the bundle lies too.
import { pathToFileURL } from "node:url";

export const importMetaUrl = pathToFileURL(__filename).href;
