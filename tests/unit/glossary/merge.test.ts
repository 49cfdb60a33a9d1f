import { describe, expect, it } from 'vitest';
import { mergeById, mergeEntry } from '../../../lib/glossary/merge';
import { entry } from '../../support/entries';

describe('merging entries that share an id', () => {
  const core = entry('un', 'organization', 'United Nations', 'الأمم المتحدة', {
    aliases: ['منظمة الأمم المتحدة'],
    epithets: ['المنظمة الدولية'],
  });
  const regional = entry('un', 'organization', 'UN', 'هيئة الأمم المتحدة', {
    aliases: ['الأمم المتحدة', 'منظمة الأمم المتحدة'],
    epithets: ['المنظمة الدولية', 'المنظمة الأممية'],
    partOf: 'world',
    country: 'US',
  });

  it('keeps the first file’s names, every other spelling once, and what only the second says', () => {
    const merged = mergeEntry(core, regional);
    expect(merged.en).toBe('United Nations');
    expect(merged.ar).toBe('الأمم المتحدة');
    expect(merged.aliases).toEqual(['منظمة الأمم المتحدة', 'هيئة الأمم المتحدة']);
    expect(merged.enAliases).toEqual(['UN']);
    expect(merged.country).toBe('US');
    expect(merged.partOf).toBe('world');
  });

  it('keeps every epithet once', () => {
    expect(mergeEntry(core, regional).epithets).toEqual(['المنظمة الدولية', 'المنظمة الأممية']);
    expect(mergeEntry(entry('x', 'place', 'X', 'س'), entry('x', 'place', 'X', 'س')).epithets).toBeUndefined();
  });

  it('merges lists in order, by id', () => {
    const other = entry('plo', 'organization', 'PLO', 'منظمة التحرير');
    const merged = mergeById([[core, other], [regional]]);
    expect(merged.map((e) => e.id)).toEqual(['un', 'plo']);
    expect(merged[0]?.aliases).toContain('هيئة الأمم المتحدة');
  });
});
