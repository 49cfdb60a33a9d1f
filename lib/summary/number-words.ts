/**
 * The words numbers.ts reads: written numbers, months, counted nouns and currencies, each with its
 * English. Written here in ordinary Arabic spelling; the lookup tables hold their normalized forms
 * (ا for every alef, ه for ة, ي for ى), as the reader sees the text.
 */
import { normalizeKey } from '../arabic/normalize';

function table<T>(rows: readonly (readonly [string, T])[]): ReadonlyMap<string, T> {
  const out = new Map<string, T>();
  for (const [forms, value] of rows) for (const form of forms.split(/\s+/).filter(Boolean)) out.set(normalizeKey(form), value);
  return out;
}

/** Units, tens, teens' parts and compound hundreds: added to the number being read. */
export const NUMBER_WORDS = table<number>([
  ['واحد واحدة', 1],
  ['اثنان اثنين اثنتان اثنتين اثنا اثنتا', 2],
  ['ثلاثة ثلاث', 3],
  ['أربعة أربع', 4],
  ['خمسة خمس', 5],
  ['ستة ست', 6],
  ['سبعة سبع', 7],
  ['ثمانية ثماني ثمان', 8],
  ['تسعة تسع', 9],
  ['عشرة عشر', 10],
  ['عشرون عشرين', 20],
  ['ثلاثون ثلاثين', 30],
  ['أربعون أربعين', 40],
  ['خمسون خمسين', 50],
  ['ستون ستين', 60],
  ['سبعون سبعين', 70],
  ['ثمانون ثمانين', 80],
  ['تسعون تسعين', 90],
  ['مئتان مئتين مئتي مائتان مائتين مائتي', 200],
  ['ثلاثمئة ثلاثمائة', 300],
  ['أربعمئة أربعمائة', 400],
  ['خمسمئة خمسمائة', 500],
  ['ستمئة ستمائة', 600],
  ['سبعمئة سبعمائة', 700],
  ['ثمانمئة ثمانمائة ثمانيمئة ثمانيمائة', 800],
  ['تسعمئة تسعمائة', 900],
]);

/** "أحد عشر", "إحدى عشرة": 1 only before عشر. */
export const TEEN_ONE = new Set(['أحد', 'إحدى'].map(normalizeKey));
export const TEN_OF_TEENS = new Set(['عشر', 'عشرة'].map(normalizeKey));
export const HUNDRED = new Set(['مئة', 'مائة'].map(normalizeKey));
/** Fractions that come before a scale (نصف مليون) or after one (مليون ونصف). */
export const FRACTIONS = table<number>([
  ['نصف', 0.5],
  ['ربع', 0.25],
]);

export interface Scale {
  value: number;
  /** How many of the scale the word itself says: 2 for the dual (ألفين), 1 otherwise. */
  times: number;
  /** The plural (آلاف, ملايين): it needs a number from 3 to 10 before it, or it is vague. */
  plural: boolean;
}

export const SCALES = table<Scale>([
  ['ألف ألفا', { value: 1e3, times: 1, plural: false }],
  ['ألفان ألفين ألفي', { value: 1e3, times: 2, plural: false }],
  ['آلاف', { value: 1e3, times: 1, plural: true }],
  ['مليون مليونا', { value: 1e6, times: 1, plural: false }],
  ['مليونان مليونين مليوني', { value: 1e6, times: 2, plural: false }],
  ['ملايين', { value: 1e6, times: 1, plural: true }],
  ['مليار مليارا بليون بليونا', { value: 1e9, times: 1, plural: false }],
  ['ملياران مليارين ملياري بليونين', { value: 1e9, times: 2, plural: false }],
  ['مليارات بلايين', { value: 1e9, times: 1, plural: true }],
  ['تريليون ترليون تريليونا', { value: 1e12, times: 1, plural: false }],
  ['تريليونات', { value: 1e12, times: 1, plural: true }],
]);

/** Vague amounts before a counted noun: عشرات القتلى, آلاف اللاجئين. */
export const VAGUE = table<string>([
  ['عشرات', 'dozens of'],
  ['مئات', 'hundreds of'],
  ['آلاف', 'thousands of'],
  ['عشرات_الآلاف', 'tens of thousands of'],
  ['مئات_الآلاف', 'hundreds of thousands of'],
  ['ملايين', 'millions of'],
  ['مليارات', 'billions of'],
]);

export interface Unit {
  one: string;
  many: string;
  /** Currency: its symbol when English puts one before the amount ($3 million). */
  money?: { symbol?: string };
}

const u = (one: string, many = `${one}s`): Unit => ({ one, many });
const cur = (one: string, many = `${one}s`, symbol?: string): Unit => ({ one, many, money: symbol ? { symbol } : {} });

/** Counted nouns and currencies after a number, in their singular, plural and dual forms. */
export const UNITS = table<Unit>([
  ['دولار دولارات دولاران دولارين', cur('dollar', 'dollars', '$')],
  ['يورو', cur('euro', 'euros', '€')],
  ['جنيه جنيهات جنيهان جنيهين', cur('pound')],
  ['ريال ريالات', cur('riyal')],
  ['دينار دنانير دينارات', cur('dinar')],
  ['درهم دراهم', cur('dirham')],
  ['ليرة ليرات', cur('lira', 'lira')],
  ['روبل روبلات', cur('rouble')],
  ['يوان', cur('yuan', 'yuan')],
  ['فرنك فرنكات', cur('franc')],
  ['شيكل شيقل', cur('shekel')],
  ['روبية روبيات', cur('rupee')],
  ['جندي جنود جنديان جنديين', u('troop')],
  ['عسكري عسكريين عسكريون', u('serviceman', 'servicemen')],
  ['شخص أشخاص شخصان شخصين', u('person', 'people')],
  ['نسمة', u('person', 'people')],
  ['قتيل قتلى قتيلان قتيلين', u('dead', 'dead')],
  ['جريح جرحى', u('wounded', 'wounded')],
  ['مصاب مصابين مصابون', u('injured', 'injured')],
  ['ضحية ضحايا', u('victim')],
  ['لاجئ لاجئين لاجئون', u('refugee')],
  ['نازح نازحين نازحون', u('displaced person', 'displaced people')],
  ['مهاجر مهاجرين مهاجرون', u('migrant')],
  ['مدني مدنيين مدنيون', u('civilian')],
  ['طفل أطفال طفلين', u('child', 'children')],
  ['امرأة نساء', u('woman', 'women')],
  ['رجل رجال', u('man', 'men')],
  ['مواطن مواطنين مواطنون', u('citizen')],
  ['معتقل معتقلين معتقلون', u('detainee')],
  ['أسير أسرى', u('prisoner')],
  ['سجين سجناء', u('prisoner')],
  ['مسلح مسلحين مسلحون', u('gunman', 'gunmen')],
  ['مقاتل مقاتلين مقاتلون', u('fighter')],
  ['شرطي شرطيين', u('police officer')],
  ['عامل عمال', u('worker')],
  ['موظف موظفين موظفون', u('employee')],
  ['طالب طلاب', u('student')],
  ['عضو أعضاء', u('member')],
  ['نائب نواب', u('deputy', 'deputies')],
  ['مقعد مقاعد', u('seat')],
  ['صوت أصوات', u('vote')],
  ['صاروخ صواريخ', u('missile')],
  ['قذيفة قذائف', u('shell')],
  ['دبابة دبابات', u('tank')],
  ['طائرة طائرات', u('aircraft', 'aircraft')],
  ['سفينة سفن', u('ship')],
  ['سيارة سيارات', u('car')],
  ['منزل منازل', u('home')],
  ['مبنى مباني', u('building')],
  ['قرية قرى', u('village')],
  ['دولة دول', u('country', 'countries')],
  ['حالة حالات', u('case')],
  ['إصابة إصابات', u('case')],
  ['وفاة وفيات', u('death')],
  ['برميل براميل', u('barrel')],
  ['طن أطنان', u('tonne')],
  ['كيلومتر كيلومترات كلم كم', u('km', 'km')],
  ['متر أمتار', u('metre')],
  ['ميل أميال', u('mile')],
  ['هكتار هكتارات', u('hectare')],
  ['دونم دونمات', u('dunam')],
  ['كيلوغرام كيلوجرام كغ كلغ', u('kg', 'kg')],
  ['لتر لترات', u('litre')],
  ['ميغاواط ميجاوات ميغاوات', u('megawatt')],
  ['درجة درجات', u('degree')],
  ['سنة سنوات سنين عام أعوام', u('year')],
  ['شهر أشهر شهور', u('month')],
  ['أسبوع أسابيع', u('week')],
  ['يوم أيام', u('day')],
  ['ساعة ساعات', u('hour')],
  ['دقيقة دقائق', u('minute')],
  ['مرة مرات', u('time')],
]);

/** Adjectives after a unit that change its English: ريال سعودي, كيلومتر مربع. */
export const UNIT_ADJECTIVES = table<string>([
  ['أمريكي أميركي', 'US'],
  ['كندي', 'Canadian'],
  ['أسترالي', 'Australian'],
  ['سعودي', 'Saudi'],
  ['قطري', 'Qatari'],
  ['إماراتي', 'UAE'],
  ['كويتي', 'Kuwaiti'],
  ['بحريني', 'Bahraini'],
  ['عماني', 'Omani'],
  ['يمني', 'Yemeni'],
  ['أردني', 'Jordanian'],
  ['عراقي', 'Iraqi'],
  ['ليبي', 'Libyan'],
  ['تونسي', 'Tunisian'],
  ['جزائري', 'Algerian'],
  ['مغربي', 'Moroccan'],
  ['مصري', 'Egyptian'],
  ['سوداني', 'Sudanese'],
  ['لبناني لبنانية', 'Lebanese'],
  ['سوري سورية', 'Syrian'],
  ['تركي تركية', 'Turkish'],
  ['إيراني', 'Iranian'],
  ['روسي', 'Russian'],
  ['صيني', 'Chinese'],
  ['هندي هندية', 'Indian'],
  ['باكستاني باكستانية', 'Pakistani'],
  ['إسرائيلي', 'Israeli'],
  ['إسترليني استرليني', 'sterling'],
  ['مئوية', 'Celsius'],
  ['فهرنهايت', 'Fahrenheit'],
  ['مربع مربعا', 'square'],
  ['مكعب مكعبا', 'cubic'],
]);

export interface Month {
  en: string;
  hijri: boolean;
}

const g = (en: string): Month => ({ en, hijri: false });
const h = (en: string): Month => ({ en, hijri: true });

/**
 * Month names: the Gregorian names of Egypt and the Gulf, the Syriac names of the Levant and Iraq,
 * the French-derived names of the Maghreb, and the Hijri months. One or two words each.
 */
export const MONTHS = table<Month>([
  ['يناير جانفي', g('January')],
  ['فبراير فيفري', g('February')],
  ['مارس', g('March')],
  ['أبريل إبريل افريل أفريل', g('April')],
  ['مايو ماي', g('May')],
  ['يونيو يونيه جوان', g('June')],
  ['يوليو يوليه جويلية', g('July')],
  ['أغسطس غشت أوت', g('August')],
  ['سبتمبر شتنبر', g('September')],
  ['أكتوبر', g('October')],
  ['نوفمبر نونبر', g('November')],
  ['ديسمبر دجنبر', g('December')],
  ['شباط', g('February')],
  ['آذار', g('March')],
  ['نيسان', g('April')],
  ['أيار', g('May')],
  ['حزيران', g('June')],
  ['تموز', g('July')],
  ['آب', g('August')],
  ['أيلول', g('September')],
  ['كانون_الثاني', g('January')],
  ['تشرين_الأول', g('October')],
  ['تشرين_الثاني', g('November')],
  ['كانون_الأول', g('December')],
  ['محرم', h('Muharram')],
  ['صفر', h('Safar')],
  ['ربيع_الأول', h('Rabi al-Awwal')],
  ['ربيع_الثاني ربيع_الآخر', h('Rabi al-Thani')],
  ['جمادى_الأولى جمادى_الأول', h('Jumada al-Awwal')],
  ['جمادى_الآخرة جمادى_الثانية جمادى_الآخر', h('Jumada al-Thani')],
  ['رجب', h('Rajab')],
  ['شعبان', h('Shaban')],
  ['رمضان', h('Ramadan')],
  ['شوال', h('Shawwal')],
  ['ذو_القعدة ذي_القعدة', h('Dhu al-Qadah')],
  ['ذو_الحجة ذي_الحجة', h('Dhu al-Hijjah')],
]);

/** Words that say the number after them is a year: عام 2008, منذ 1990. */
export const YEAR_NOUNS = table<true>([['عام العام لعام بعام وعام والعام سنة السنة لسنة وسنة عامي العامين', true]]);
export const YEAR_PREPOSITIONS = table<true>([['منذ حتى بحلول مطلع أوائل أواخر أواسط نهاية بداية منتصف خلال قبل بعد في', true]]);
/** Words that join the ends of a range: 4 و12, من 2005 إلى 2008, 20 - 30. */
export const RANGE_JOINERS = table<true>([['و إلى الى حتى - –', true]]);
/** After a number: percent. */
export const PERCENT_WORDS = table<true>([['بالمئة بالمائة', true]]);
export const PERCENT_AFTER_FI = table<true>([['المئة المائة', true]]);
