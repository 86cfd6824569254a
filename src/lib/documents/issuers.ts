/**
 * One organisation, several names: `sameAs` in content/issuers.yaml says that
 * two issuer ids denote one body (Ban Chấp hành Đảng bộ tỉnh Hậu Giang is Tỉnh
 * ủy Hậu Giang). Lists and filters group documents by organisation, so a body
 * is never shown twice.
 */
import { documentMessages } from '../i18n/documents';

export interface IssuerNode {
  id: string;
  shortName: string;
  sameAs?: string;
  parent?: string;
}

export interface IssuerProblem {
  where: string;
  message: string;
}

/** The organisation an issuer id stands for: follows `sameAs` to its end (stops on a cycle). */
export function organisationOf(id: string, issuers: ReadonlyMap<string, IssuerNode>): IssuerNode | undefined {
  let node = issuers.get(id);
  const seen = new Set<string>();
  while (node?.sameAs && !seen.has(node.id)) {
    seen.add(node.id);
    const next = issuers.get(node.sameAs);
    if (!next) break;
    node = next;
  }
  return node;
}

/** `sameAs` must name an issuer, and names must not point at each other in a circle. */
export function checkIssuerAliases(issuers: readonly IssuerNode[], file = 'content/issuers.yaml'): IssuerProblem[] {
  const byId = new Map(issuers.map((i) => [i.id, i]));
  const problems: IssuerProblem[] = [];
  for (const issuer of issuers) {
    if (!issuer.sameAs) continue;
    const where = `${file} (${issuer.id})`;
    if (!byId.has(issuer.sameAs)) {
      problems.push({ where, message: documentMessages.unknownSameAs(issuer.sameAs) });
      continue;
    }
    const chain = [issuer.id];
    let next = byId.get(issuer.sameAs);
    while (next) {
      if (chain.includes(next.id)) {
        problems.push({ where, message: documentMessages.sameAsCycle([...chain, next.id].join(' → ')) });
        break;
      }
      chain.push(next.id);
      next = next.sameAs ? byId.get(next.sameAs) : undefined;
    }
  }
  return problems;
}
