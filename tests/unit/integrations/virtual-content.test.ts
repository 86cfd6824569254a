import { describe, expect, it } from 'vitest';
import { reviveContent, serializeContent, virtualContent, VIRTUAL_CONTENT_ID } from '../../../src/integrations/virtual-content';
import { loadRegistryContent } from '../../../src/lib/content/load';
import { FIXTURE_CONTENT } from '../helpers/pipeline';

describe('virtual:van-kien/content', () => {
  const content = loadRegistryContent(FIXTURE_CONTENT);

  it('hands the loaded content to the pages unchanged, dates included', () => {
    expect(reviveContent(serializeContent(content))).toEqual(content);
    const ct27 = reviveContent(serializeContent(content)).resolutions.find((r) => r.id === 'ct-27-tw-2023');
    expect(ct27?.data.date).toBeInstanceOf(Date);
  });

  it('is a module whose code revives the same content', async () => {
    const plugin = virtualContent(content);
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    const id = resolveId(VIRTUAL_CONTENT_ID);
    expect(id).toBeDefined();
    const code = load(id!);
    const module = (await import(`data:text/javascript,${encodeURIComponent(code ?? '')}`)) as { issuers: unknown; resolutions: unknown };
    expect({ issuers: module.issuers, resolutions: module.resolutions }).toEqual(content);
  });
});
