import Ajv, { type ValidateFunction } from 'ajv';
import factsSchema from '../../data/schema/facts.schema.json';
import catalogueSchema from '../../data/schema/catalogue.schema.json';
import sourceMetaSchema from '../../data/schema/source-meta.schema.json';
import wordingSchema from '../../data/schema/wording.schema.json';
import workspaceSourceMetaSchema from '../../data/schema/workspace-source-meta.schema.json';

export type SchemaName = 'facts' | 'catalogue' | 'source-meta' | 'workspace-source-meta' | 'wording';

/**
 * The validators of the bundled JSON Schemas. Running from source (tests, scripts) they are compiled here by Ajv;
 * the build replaces this module with the same validators compiled ahead of time (Ajv standalone code, see
 * scripts/build.mjs), so the server and CLI bundles hold no code generator: no `new Function`, no `eval`.
 */
const ajv = new Ajv({ allErrors: true, strict: false });
export const validators: Record<SchemaName, ValidateFunction> = {
  facts: ajv.compile(factsSchema),
  catalogue: ajv.compile(catalogueSchema),
  'source-meta': ajv.compile(sourceMetaSchema),
  'workspace-source-meta': ajv.compile(workspaceSourceMetaSchema),
  wording: ajv.compile(wordingSchema),
};
