#!/usr/bin/env node
// `npm run build`'s step after tsc: the server (dist/apps/server/main.js, tsc's output) and the modules it imports,
// bundled into dist/server.mjs, what `npm start` runs; the same for the command line (dist/cli.mjs, what
// bin/crossgate.js runs). Loading some 800 small ES modules (our ~350, Kysely's ~260, Zod's ~100) one by one was
// about a third of a cold start; one file loads in a fraction of that.
//
// Left outside the bundle, loaded from node_modules as before: packages that find files next to their own code
// (PGlite's and libxml2's WebAssembly, the static files of @fastify/static and the API reference page) or that
// start worker threads by file name (pino's transports, tsx for workers under the sources).
//
// Our own modules that use `import.meta.url` (the native SM2 addon, the console folder, the intake thread's module,
// the demo tariff, package.json) keep meaning their own file in dist/: each use becomes that file's URL, worked out
// from the bundle's (both bundles sit in dist/ itself). So dist/ stays what it is (the intake threads load it),
// and a bundle is only a faster way to load the same code.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const ENTRIES = { server: join(dist, 'apps', 'server', 'main.js'), cli: join(dist, 'apps', 'cli', 'main.js') };

const EXTERNAL = ['@electric-sql/pglite', 'libxml2-wasm', '@fastify/*', 'pino', 'pino-*', 'thread-stream', 'pg-native', 'tsx'];

/** `import.meta.url` in a module of dist/ → that module's URL, relative to the bundle's. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + sep)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const url = `new URL(${JSON.stringify(relative(dist, args.path).split(sep).join('/'))}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// esbuild is a native binary per platform; where it cannot be installed, each entry is a one-line module that
// loads dist/ as it is: the same program, started more slowly, rather than no `npm start` at all.
const esbuild = await import('esbuild').catch((error) => {
  process.stderr.write(`bundle: esbuild is not usable here (${error.message}); dist/*.mjs load dist/ unbundled\n`);
  return undefined;
});
if (!esbuild) {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    await writeFile(join(dist, `${name}.mjs`), `import './${relative(dist, entry).split(sep).join('/')}';\n`);
  }
  process.exit(0);
}

const started = performance.now();
const result = await esbuild.build({
  entryPoints: ENTRIES,
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  // CommonJS packages in the bundle (Fastify, node-postgres) call require(); an ES module has none of its own
  banner: { js: "import { createRequire as __crossgateRequire } from 'node:module'; const require = __crossgateRequire(import.meta.url);" },
  sourcemap: 'linked',
  legalComments: 'linked',
  plugins: [ownUrl],
  logLevel: 'warning',
  metafile: true,
});
const inputs = Object.keys(result.metafile.inputs).length;
const outputs = Object.keys(result.metafile.outputs).filter((o) => o.endsWith('.mjs'));
process.stdout.write(`bundle: ${inputs} modules → ${outputs.join(', ')} in ${Math.round(performance.now() - started)} ms\n`);
