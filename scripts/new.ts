/**
 * `npm run new -- --issuer ID --period 2025-q2 [--out DIR] [--force]`
 *
 * Scaffolds an empty programme, content/programmes/<issuer>/<year>-<period>.mdx,
 * with frontmatter the schema accepts (a draft: no number, no date), for
 * the editor to fill in and paste the text into.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { importMessages as m } from '../src/lib/i18n/import';
import { parsePeriodOption, type IssuerEntry } from '../src/lib/import/header';
import { scaffoldProgramme } from '../src/lib/import/scaffold';

const { values } = parseArgs({
  options: {
    issuer: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (values.help || !values.issuer || !values.period) fail(m.newUsage);
const period = parsePeriodOption(values.period) ?? fail(m.periodBadOption(values.period));
const outRoot = resolve(values.out ?? process.cwd());
const issuersFile = [join(outRoot, 'content/issuers.yaml'), join(process.cwd(), 'content/issuers.yaml')].find((path) => existsSync(path));
const issuers = issuersFile ? (parseYaml(readFileSync(issuersFile, 'utf8')) as IssuerEntry[]) : [];
const issuer = issuers.find((i) => i.id === values.issuer) ?? fail(m.issuerNotInFile(values.issuer));

const scaffold = scaffoldProgramme(issuer, period);
if (scaffold.problems.length > 0) fail(m.schemaFailed(scaffold.problems.join('\n')));
const target = join(outRoot, scaffold.relativePath);
const fromHere = relative(process.cwd(), target);
const shown = fromHere && !fromHere.startsWith('..') ? fromHere : target;
if (existsSync(target) && !values.force) fail(m.exists(shown));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, scaffold.mdx);
process.stdout.write(`${m.newWritten(shown)}\n`);
