/**
 * An empty programme for `npm run new`: frontmatter the schema accepts (a
 * draft without number or date) and a placeholder paragraph.
 */
import { stringify as toYaml } from 'yaml';
import { importMessages as m } from '../i18n/import';
import { programmeSchema } from '../schemas';
import type { IssuerEntry, PeriodInfo } from './header';
import { toRoman } from './numbering';

export interface Scaffold {
  relativePath: string;
  mdx: string;
  frontmatter: Record<string, unknown>;
  /** Schema problems (none when the scaffold is valid). */
  problems: string[];
}

export function scaffoldProgramme(issuer: IssuerEntry, period: PeriodInfo): Scaffold {
  const half = period.kind === 'first-half' ? 'dau' : period.kind === 'second-half' ? 'cuoi' : undefined;
  const subject = m.newSubject({ year: period.year, ...(period.quarter ? { quarter: period.quarter } : {}), ...(half ? { half } : {}) }, toRoman);
  const frontmatter: Record<string, unknown> = {
    title: m.titleOf('CHƯƠNG TRÌNH', subject),
    subject,
    issuer: issuer.id,
    symbolSuffix: `CTr/${issuer.code}`,
    ...(issuer.place ? { place: issuer.place } : {}),
    period: { year: period.year, ...(period.quarter ? { quarter: period.quarter } : {}) },
    status: 'du-thao',
    source: { description: m.newSourceDescription },
  };
  const valid = programmeSchema.safeParse(frontmatter);
  const problems = valid.success ? [] : valid.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  return {
    relativePath: `content/programmes/${issuer.id}/${period.slug}.mdx`,
    mdx: `---\n${m.newFrontmatterNote.map((line) => `# ${line}\n`).join('')}${toYaml(frontmatter, { lineWidth: 0 })}---\n\n${m.newBody}\n`,
    frontmatter,
    problems,
  };
}
