// Lint Cypher files with Neo4j's own linter (@neo4j-cypher/language-support).
// Usage: node lint.mjs FILE_OR_DIR...   Prints one JSON object per file:
//   {"file": ..., "errors": [{"line", "column", "message"}], "warnings": [...]}
// and exits 1 when any file has an error. "Parameter $x is not defined" is ignored:
// parameters are supplied at run time.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
  }
  return path.endsWith('.cypher') ? [path] : [];
}

let failed = false;
for (const file of process.argv.slice(2).flatMap(files)) {
  const text = readFileSync(file, 'utf8');
  const { diagnostics } = lintCypherQuery(text, {});
  const found = diagnostics
    .filter((d) => !/^Parameter \$\w+ is not defined/.test(d.message))
    .map((d) => ({
      severity: d.severity === 1 ? 'error' : 'warning',
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      message: d.message,
    }));
  const errors = found.filter((d) => d.severity === 'error');
  const warnings = found.filter((d) => d.severity !== 'error');
  if (errors.length) failed = true;
  console.log(JSON.stringify({ file, errors, warnings }));
}
process.exit(failed ? 1 : 0);
