import fs from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { ensureCounterpartyGroups } from './import/groups.js';
import { formatCount } from './import/report.js';
import { csvLine, rowToCsvCells } from './import/rows.js';
import { SAMPLE_COLUMNS, SAMPLE_GROUP_PATHS, sampleCounterparty } from './import/sample.js';
import { formatOf } from './import/source.js';
import { IMPORT_TYPES } from './import/types.js';

/**
 * `npm run import:sample -- --rows 1000000 --out counterparties.csv`: writes realistic counterparty
 * rows (CSV or JSONL by the file's extension) to try `npm run import` with. `--create-groups`
 * also creates, through the API, the groups some rows name (`--url`, `--key` as for the import).
 */
const USAGE = `Usage: npm run import:sample -- --rows <n> --out <file.csv|file.jsonl> [--seed <n>] [--prefix CP]
                            [--create-groups [--url <url>] [--key <key>]]`;

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    prefix: { type: 'string', default: 'CP' },
    'create-groups': { type: 'boolean', default: false },
    url: { type: 'string', default: 'http://localhost:4000/graphql' },
    key: { type: 'string' },
  },
});

const rows = Number(values.rows);
const seed = Number(values.seed);
const format = values.out ? formatOf(values.out) : undefined;
if (!Number.isInteger(rows) || rows < 1 || rows > 50_000_000 || !Number.isInteger(seed) || !values.out || !format) {
  console.error(USAGE);
  process.exit(2);
}

if (values['create-groups']) {
  const key = values.key || process.env.CRM_API_KEY || (fs.existsSync('.data/admin-key') ? fs.readFileSync('.data/admin-key', 'utf8').trim() : '');
  const created = await ensureCounterpartyGroups(values.url, key, SAMPLE_GROUP_PATHS);
  console.error(created.length > 0 ? `Created groups: ${created.join(', ')}.` : 'The groups exist already.');
}

const started = performance.now();
const out = fs.createWriteStream(values.out);
const write = async (text: string) => {
  if (!out.write(text)) await once(out, 'drain');
};
const spec = IMPORT_TYPES.counterparties;
if (format === 'csv') await write(csvLine(SAMPLE_COLUMNS));
for (let index = 0; index < rows; index++) {
  const row = sampleCounterparty(index, seed, values.prefix);
  await write(format === 'csv' ? csvLine(rowToCsvCells(spec, row, SAMPLE_COLUMNS)) : JSON.stringify(row) + '\n');
}
out.end();
await once(out, 'finish');
console.error(`Wrote ${formatCount(rows)} counterparties to ${values.out} (${(fs.statSync(values.out).size / 1_048_576).toFixed(1)} MB)`
  + ` in ${((performance.now() - started) / 1000).toFixed(1)} s. Rows name the groups ${SAMPLE_GROUP_PATHS.join(', ')}`
  + `${values['create-groups'] ? '' : ' (add --create-groups to create them through the API)'}.`);
