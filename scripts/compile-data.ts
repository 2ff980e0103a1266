/** Validates server/data and writes the compiled fact base (what the server loads at start). */
import * as fs from 'node:fs';
import { serializeCompiledData } from '../server/src/facts/compiledData';
import { loadDataDirectory } from '../server/src/facts/loadData';

const [dataDir, outFile] = process.argv.slice(2) as [string, string];
const { data, problems } = loadDataDirectory(dataDir);
for (const p of problems) console.error(`${p.file}:${p.line}:${p.column} ${p.severity} ${p.path}: ${p.message}`);
if (problems.some((p) => p.severity === 'error')) {
  console.error(`server/data has ${problems.filter((p) => p.severity === 'error').length} error(s); the build stops here.`);
  process.exit(1);
}
fs.writeFileSync(outFile, serializeCompiledData(data));
console.log(`data: ${data.sources.length} sources, ${data.facts.length} facts, ${data.relations.length} relations, ${data.documents.length} catalogued documents`);
