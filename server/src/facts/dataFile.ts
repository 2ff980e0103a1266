import type { ErrorObject } from 'ajv';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { validators, type SchemaName } from './schemaValidators';
import type { DataProblem } from './types';

export type { SchemaName };

export interface PositionedYaml {
  data: unknown;
  /** 1-based line and column of the value at a path, or of the nearest parent that exists. */
  positionOf(path: (string | number)[]): { line: number; column: number };
}

/** Parses YAML (no custom tags, nothing evaluated) keeping positions for messages. */
export function parseYaml(file: string, text: string, problems: DataProblem[], lineOffset = 0): PositionedYaml {
  const lineCounter = new LineCounter();
  // No custom tags, and not YAML 1.1's known tags either (yaml resolves !!set, !!binary, !!omap, !!timestamp by
  // default, into Set, Uint8Array, Map and Date): every value is plain JSON data, tagged or not.
  const doc = parseDocument(text, { lineCounter, customTags: [], resolveKnownTags: false, prettyErrors: false, uniqueKeys: true });
  for (const err of [...doc.errors]) {
    const pos = lineCounter.linePos(err.pos[0]);
    problems.push({ file, line: pos.line + lineOffset, column: pos.col, path: '', message: `YAML: ${err.message.split('\n')[0]}`, severity: 'error' });
  }
  let data: unknown;
  if (!doc.errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (e) {
      // An alias bomb ("billion laughs") throws here: a problem of the file, not a crash of the CLI or the server.
      problems.push({ file, line: 1 + lineOffset, column: 1, path: '', message: `YAML: ${(e as Error).message}`, severity: 'error' });
    }
  }
  return { data, positionOf: (path) => position(doc, lineCounter, path, lineOffset) };
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
