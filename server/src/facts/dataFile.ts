import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import factsSchema from '../../data/schema/facts.schema.json';
import catalogueSchema from '../../data/schema/catalogue.schema.json';
import sourceMetaSchema from '../../data/schema/source-meta.schema.json';
import type { DataProblem } from './types';

export type SchemaName = 'facts' | 'catalogue' | 'source-meta';

const ajv = new Ajv({ allErrors: true, strict: false });
const validators: Record<SchemaName, ValidateFunction> = {
  facts: ajv.compile(factsSchema),
  catalogue: ajv.compile(catalogueSchema),
  'source-meta': ajv.compile(sourceMetaSchema),
};

export interface PositionedYaml {
  data: unknown;
  /** 1-based line and column of the value at a path, or of the nearest parent that exists. */
  positionOf(path: (string | number)[]): { line: number; column: number };
}

/** Parses YAML (no custom tags, nothing evaluated) keeping positions for messages. */
export function parseYaml(file: string, text: string, problems: DataProblem[], lineOffset = 0): PositionedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, customTags: [], prettyErrors: false, uniqueKeys: true });
  for (const err of [...doc.errors]) {
    const pos = lineCounter.linePos(err.pos[0]);
    problems.push({ file, line: pos.line + lineOffset, column: pos.col, path: '', message: `YAML: ${err.message.split('\n')[0]}`, severity: 'error' });
  }
  return {
    data: doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 50 }),
    positionOf: (path) => position(doc, lineCounter, path, lineOffset),
  };
}

function position(doc: Document, lc: LineCounter, path: (string | number)[], lineOffset: number) {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const p = lc.linePos(node.range[0]);
      return { line: p.line + lineOffset, column: p.col };
    }
  }
  return { line: 1 + lineOffset, column: 1 };
}

export function jsonPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function splitPointer(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => {
    const k = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(k) ? Number(k) : k;
  });
}

function describe(err: ErrorObject): string {
  switch (err.keyword) {
    case 'required': return `missing required property "${(err.params as { missingProperty: string }).missingProperty}"`;
    case 'additionalProperties': return `unknown property "${(err.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum': return `must be one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type': return `must be ${(err.params as { type: string }).type}`;
    case 'pattern': return `does not match the expected form ${(err.params as { pattern: string }).pattern}`;
    default: return err.message ?? err.keyword;
  }
}

/** Validates data against one of the bundled schemas; each error is placed at its YAML node. */
export function validateAgainst(schema: SchemaName, file: string, yaml: PositionedYaml, problems: DataProblem[]): boolean {
  const validate = validators[schema];
  if (validate(yaml.data)) return true;
  const seen = new Set<string>();
  for (const err of validate.errors ?? []) {
    if (err.keyword === 'if') continue; // the failing "then" branch is reported on its own
    const path = splitPointer(err.instancePath);
    const where = err.keyword === 'additionalProperties' ? [...path, (err.params as { additionalProperty: string }).additionalProperty] : path;
    const { line, column } = yaml.positionOf(where);
    const message = describe(err);
    const key = `${line}:${column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file, line, column, path: jsonPath(where) || '(top level)', message, severity: 'error' });
  }
  return false;
}
