/**
 * `npm run import -- <file.docx|file.txt> [--issuer ID] [--period 2025-q2] [--out DIR] [--dry-run] [--force]`
 *
 * Brings a programme in from Word (.docx) or plain text: writes
 * content/programmes/<issuer>/<year>-<period>.mdx (under --out, default the
 * project folder) and prints a short report in Vietnamese of what was
 * found, converted and left out. Logic in src/lib/import/.
 * Exit code: 0 written (or would be, with --dry-run); 1 nothing written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { importMessages as m } from '../src/lib/i18n/import';
import { importProgramme, sourceKind } from '../src/lib/import';
import { parsePeriodOption, type IssuerEntry } from '../src/lib/import/header';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    issuer: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const source = positionals[0];
if (values.help || !source || positionals.length > 1) fail(m.usage);
if (!existsSync(source)) fail(m.fileMissing(source));
if (!sourceKind(source)) fail(m.unsupported(source));

const period = values.period === undefined ? undefined : (parsePeriodOption(values.period) ?? fail(m.periodBadOption(values.period)));
const outRoot = resolve(values.out ?? process.cwd());
const issuersFile = [join(outRoot, 'content/issuers.yaml'), join(process.cwd(), 'content/issuers.yaml')].find((path) => existsSync(path));
const issuers = issuersFile ? (parseYaml(readFileSync(issuersFile, 'utf8')) as IssuerEntry[]) : [];

const result = await importProgramme({
  fileName: basename(source),
  data: readFileSync(source),
  issuers,
  ...(values.issuer ? { issuerId: values.issuer } : {}),
  ...(period ? { period } : {}),
  today: new Date().toISOString().slice(0, 10),
});

const lines = [...result.report];
for (const warning of result.warnings) lines.push(`! ${warning}`);
for (const error of result.errors) lines.push(`✗ ${error}`);

let code = 0;
if (result.errors.length > 0 || !result.relativePath) {
  code = 1;
} else {
  const target = join(outRoot, result.relativePath);
  const fromHere = relative(process.cwd(), target);
  const shown = fromHere && !fromHere.startsWith('..') ? fromHere : target;
  if (values['dry-run']) {
    lines.push(m.dryRun(shown));
  } else if (existsSync(target) && !values.force) {
    lines.push(`✗ ${m.exists(shown)}`);
    code = 1;
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, result.mdx);
    lines.push(m.written(shown), m.nextStep);
  }
}
process.stdout.write(`${lines.map((line, i) => (i === 0 ? line : `  ${line.replace(/\n/gu, '\n    ')}`)).join('\n')}\n`);
process.exit(code);
