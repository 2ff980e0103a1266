/** Validates server/data: schemas, quotes, relations, catalogue. Prints file:line:col path: message. */
import * as path from 'node:path';
import { loadDataDirectory } from '../server/src/facts/loadData';

const { data, problems } = loadDataDirectory(path.join(__dirname, '..', 'server', 'data'));
for (const p of problems) console.log(`${p.file}:${p.line}:${p.column} ${p.severity} ${p.path}: ${p.message}`);
console.log(`${data.sources.length} sources, ${data.sources.reduce((n, s) => n + s.paragraphs.length, 0)} paragraphs, ${data.facts.length} facts, ${data.relations.length} relations, ${data.documents.length} catalogue documents; ${problems.filter((p) => p.severity === 'error').length} errors`);
process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
