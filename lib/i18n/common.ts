import type { Catalog } from './index';

/** Strings every view shares, and the manifest's. */
export const COMMON = {
  extName: { en: 'Dalil — names in Arabic news', ar: 'دليل — الأسماء في الأخبار العربية' },
  extDescription: {
    en: 'Highlights people, organizations and places in Arabic news and explains them in English and Arabic. Runs locally.',
    ar: 'يبرز الأشخاص والمنظمات والأماكن في الأخبار العربية ويعرّف بها بالعربية والإنجليزية. يعمل على جهازك فقط.',
  },
  actionTitle: { en: 'Dalil: this article at a glance', ar: 'دليل: المقال في لمحة' },
  person: { en: 'Person', ar: 'شخص' },
  organization: { en: 'Organization', ar: 'منظمة' },
  place: { en: 'Place', ar: 'مكان' },
  people: { en: 'People', ar: 'الأشخاص' },
  organizations: { en: 'Organizations', ar: 'المنظمات' },
  places: { en: 'Places', ar: 'الأماكن' },
} satisfies Catalog;
