// The esbuild plugin that bundles the JSON Schema validators compiled ahead of time: used by the build (build.mjs) and
// by the benchmark's bundle of the engine (bench/run.ts), which measures the code the server runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The JSON Schema validators, compiled now (Ajv standalone code) instead of when the server starts: the bundles then
 * carry plain validation functions and Ajv's small runtime helpers, not its code generator, so they contain no
 * `new Function` or `eval` (test/reliability/safety.test.ts). From source, server/src/facts/schemaValidators.ts
 * compiles the same schemas with the same options.
 */
export const precompiledValidators = {
  name: 'precompiled-schema-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]server[\\/]src[\\/]facts[\\/]schemaValidators\.ts$/ }, async () => {
      const { default: Ajv } = await import('ajv');
      const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
      const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true } });
      const schemas = { facts: 'facts.schema.json', catalogue: 'catalogue.schema.json', 'source-meta': 'source-meta.schema.json', 'workspace-source-meta': 'workspace-source-meta.schema.json', wording: 'wording.schema.json' };
      const ids = {};
      for (const [name, file] of Object.entries(schemas)) {
        const schema = JSON.parse(fs.readFileSync(path.join(root, 'server/data/schema', file), 'utf8'));
        ajv.addSchema(schema);
        ids[name] = schema.$id;
      }
      const code = standaloneCode(ajv, ids);
      return { contents: `${code}\nexports.validators = { facts: exports.facts, catalogue: exports.catalogue, 'source-meta': exports['source-meta'], 'workspace-source-meta': exports['workspace-source-meta'], wording: exports.wording };\n`, loader: 'js', resolveDir: path.join(root, 'server/src/facts') };
    });
  },
};
