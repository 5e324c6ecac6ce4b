// Injected into the bundle (build/bundle.mjs): the built-in templates precompiled by
// lib/render/precompileTemplates.js, so that the bundle holds them and their code is in its code cache.
import templates from "../lib/render/builtInTemplates.cjs";

export { templates as CODESET_PRECOMPILED_TEMPLATES };
