import { describe, expect, it } from 'vitest';
import { withoutHeadInjectDirective } from '../../../src/integrations/head-inject-directive';

describe('the head-inject directive of content asset modules', () => {
  it('is removed, the rest of the module kept as generated', () => {
    const code = `\n\t\t\t\t\t"use astro:head-inject";\n\t\t\t\t\tasync function getMod() {\n\t\t\t\t\t\treturn import("/x/content/programmes/a.mdx");\n\t\t\t\t\t}\n\t\t\t\t\texport default defaultMod;\n`;
    const out = withoutHeadInjectDirective(code);
    expect(out).not.toContain('use astro:head-inject');
    expect(out).toContain('async function getMod()');
    expect(out.replace(/\s+/g, ' ')).toBe(code.replace('"use astro:head-inject";', '').replace(/\s+/g, ' '));
  });

  it('leaves a module without it unchanged', () => {
    expect(withoutHeadInjectDirective('export default 1;')).toBe('export default 1;');
  });
});
