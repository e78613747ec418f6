/**
 * Layers point one way: extractors (pure) <- domain <- api / cli <- web, with contracts (the shared
 * request and response schemas) under domain and config (the environment, parsed once) beside api/cli.
 * `npm run lint:deps` fails on a wrong-way import.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle makes two modules one: neither can be read, tested or moved alone.",
      from: {},
      to: { circular: true },
    },
    {
      name: "extractors-are-pure",
      severity: "error",
      comment: "extractors/ are pure functions over text: no database, no domain, no HTTP, no configuration.",
      from: { path: "^extractors/" },
      to: { path: "^(domain|api|cli|web|db|config|contracts)/" },
    },
    {
      name: "contracts-below-domain",
      severity: "error",
      comment: "contracts/ are schemas that domain, api and web share: they may not reach up.",
      from: { path: "^contracts/" },
      to: { path: "^(domain|api|cli|web|config)/" },
    },
    {
      name: "domain-not-up",
      severity: "error",
      comment: "domain/ is what api and cli call; it never reads the environment (config/) or knows HTTP.",
      from: { path: "^domain/" },
      to: { path: "^(api|cli|web|config|bench)/" },
    },
    {
      name: "config-not-up",
      severity: "error",
      comment: "config/ turns the environment into settings for api and cli; it sits below them.",
      from: { path: "^config/" },
      to: { path: "^(api|cli|web)/" },
    },
    {
      name: "api-not-cli-or-web",
      severity: "error",
      from: { path: "^api/" },
      to: { path: "^(cli|web|bench)/" },
    },
    {
      name: "cli-uses-api-entry-points-only",
      severity: "error",
      comment: "The CLI starts the app (app, server, its config); everything else it needs lives below api/.",
      from: { path: "^cli/" },
      to: { path: "^api/", pathNot: ["^api/(app|server|config)\\.ts$"] },
    },
    {
      name: "web-types-only",
      severity: "error",
      comment: "The dashboard bundle takes only types from the server side (the typed client, the contracts).",
      from: { path: "^web/src/" },
      to: { path: "^(api|contracts)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "web-not-server-internals",
      severity: "error",
      from: { path: "^web/src/" },
      // extractors/ are pure functions (URL, name, value-text and best-over-time helpers), safe in the browser.
      to: { path: "^(domain|db|cli|config|bench)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist|\\.data)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
