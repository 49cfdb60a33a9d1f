/**
 * The words the recognizer's rules read a name's company by: kind words before names (places,
 * organizations, media), words of sport, agreements, epithets, kunyas. Normalized spellings (ة→ه,
 * أ/إ→ا, ى→ي). Written by us; each list says what it is for.
 */
/** Generic heads that introduce a place but are not part of its name (منطقة القوقاز، قطاع غزة). */
export const PLACE_HEADS = new Set([
  'منطقه',
  'قطاع',
  'اقليم',
  'دوله',
  'مدينه',
  'ولايه',
  'محافظه',
  'مقاطعه',
  'اماره',
  'نهر',
  'بحيره',
  'مخيم',
  'مخيمات',
  'مزارع',
  'بلاد',
  'جزيره',
]);
/** Honorifics that open a person's name in the glossary but are no part of it. */
export const PERSON_TITLE_HEADS = new Set(['النبي', 'الرسول', 'مولاي', 'سيدنا', 'الشيخه', 'سير', 'الملكه', 'الاميره', 'القديس', 'البابا']);
/** Kinds of media written before a paper's or channel's name. */
export const MEDIA_KINDS: ReadonlySet<string> = new Set(['قناه', 'صحيفه', 'جريده', 'مجله', 'شبكه']);
/** Kinds of sports team written before a club's name (نادي الزمالك، فريق برشلونة). */
export const CLUB_KINDS: ReadonlySet<string> = new Set(['نادي', 'فريق']);
/** Words before a medium's bare name that say it is the medium (مراسل الجزيرة، موقع الجزيرة). */
export const MEDIA_CUES = new Set([
  'مراسل',
  'مراسله',
  'موقع',
  'شاشه',
  'برنامج',
  'بثت',
  'بثته',
  'نشرت',
  'نشرته',
  'اوردت',
  'ذكرت',
  'نقلت',
  'حسب',
  'وفق',
  'لقناه',
  'فضاييه',
  'لفضاييه',
  'تقرير',
]);
/** Statements a medium is told (تصريحات للجزيرة). */
export const SPEECH_NOUNS = new Set([
  'تصريحات',
  'تصريح',
  'حديث',
  'مقابله',
  'حوار',
  'لقاء',
  'قال',
  'قالت',
  'اكد',
  'اكدت',
  'اوضح',
  'اوضحت',
  'اضاف',
  'اضافت',
  'صرح',
  'صرحت',
]);
/** "Father of": with a given name after it, the start of a kunya. */
export const KUNYA = new Set(['ابو', 'ابي', 'ابا']);
/** Words of lineage before a name (بن، أبو …): the word after one is a name of its own. */
export const LINEAGE: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', ...KUNYA]);
/** The clitics a name's first word runs on behind (و، ف، ل: ومحمد، لأحمد), as opposed to ب and ك. */
export const NAME_CLITICS = /^(?:و|ف|ل|ول|فل)$/;
/** Kinds of media: the paper's or channel's name is what follows. */
export const MEDIA_HEADS: ReadonlySet<string> = new Set([...MEDIA_KINDS].filter((k) => k !== 'شبكه'));
/**
 * Kinds of organization written before a name that stands alone too (حركة حماس، قناة الجزيرة،
 * نادي الزمالك): media and clubs, and these. منظمة is part of the name it opens (منظمة الأمم
 * المتحدة، منظمة أوبك).
 */
export const NAME_HEADS: ReadonlySet<string> = new Set([
  ...MEDIA_HEADS,
  ...CLUB_KINDS,
  'حركه',
  'وكاله',
  'جماعه',
  'تنظيم',
  'شركه',
  'تلفزيون',
  'اذاعه',
]);
/** Heads of organization names followed by a definite name (حزب العمال) or by a place (جامعة القاهرة). */
export const ORG_HEADS_DEFINITE = new Set(['حزب', 'منظمه', 'جمعيه', 'رابطه', 'ايتلاف', 'كتايب', 'سرايا']);
export const ORG_HEADS_PLACE = new Set(['جامعه', 'بنك', 'مصرف', 'بورصه']);
/** A bank named by a definite word (البنك التجاري، المصرف العربي) is that bank; the central bank is any country's. */
export const ORG_HEADS_ARTICLE = new Set(['البنك', 'المصرف']);
export const GENERIC_AFTER_HEAD = new Set(['المركزي', 'المعارضه', 'الحاكم', 'الحاكمه', 'الاغلبيه', 'الاقليه']);
/** Words of sport: two in one sentence make its cities clubs. */
export const SPORTS_CUES = new Set(
  [
    'فريق',
    'نادي',
    'الدوري',
    'دوري',
    'مباراه',
    'مباريات',
    'هدف',
    'هدفين',
    'اهداف',
    'كاس',
    'بطوله',
    'لاعب',
    'لاعبي',
    'مدرب',
    'فاز',
    'فوز',
    'تعادل',
    'هزم',
    'خسر',
    'ملعب',
    'الملعب',
    'الموسم',
    'المباراه',
    'الفريق',
    'النادي',
    'اللاعب',
    'المدرب',
    'البطوله',
    'الكاس',
    'التعادل',
    'الفوز',
    'الهزيمه',
    'المنتخب',
    'منتخب',
    'مرمي',
    'ركله',
    'الشوط',
    'شوط',
    'تاهل',
    'يتاهل',
    'التاهل',
    'الجوله',
    'القدم',
    'الهدف',
    'بهدف',
    'هدفا',
    'الاهداف',
    'مهاجم',
    'المهاجم',
    'مدافع',
    'المدافع',
    'حارس',
    'الحارس',
    'تسديده',
    'تمريره',
    'ركنيه',
    'النقاط',
    'المتصدر',
    'الصداره',
    'اللقب',
    'المونديال',
  ].map((w) => w),
);
/** Nouns whose complement in sport is a club (حارس مرمى ليفربول، صفوف مانشستر، لاعب برشلونة). */
export const CLUB_CONSTRUCTS = new Set(
  'مرمي صفوف لاعب لاعبي مدرب حارس مباراه جماهير مشجعي ضيفه مضيفه ضيف مهاجم مدافع نجم قايد رييس اداره فريقه منافسه غريمه'.split(' '),
);
/** Verbs of a match: a city right after one is a club (فاز برشلونة، تعادل ليون). */
export const MATCH_VERBS = new Set(
  'فاز يفوز تفوز تغلب يتغلب هزم يهزم تعادل يتعادل خسر يخسر واجه يواجه التقي يلتقي لاقي يلاقي استضاف يستضيف اقصي يقصي اكتسح يكتسح سحق يسحق'.split(
    ' ',
  ),
);
/** How many sports words make a sentence one about sport. */
export const SPORTS_SENTENCE_CUES = 3;
/** Adjectives of part of a place (أوروبا الشرقية، الصعيد الأعلى): the name is the place before them. */
export const PLACE_ADJECTIVE =
  /^(الشرقي|الغربي|الشمالي|الجنوبي|الشرقيه|الغربيه|الشماليه|الجنوبيه|الوسطي|الكبري|الصغري|الشعبيه|العليا|السفلي)$/;
/** Honorific epithets after a place's name (مكة المكرمة، النجف الأشرف): praise, not name. */
export const EPITHETS = new Set(['المكرمه', 'المنوره', 'الاشرف', 'المقدسه', 'الشريف']);
/** Words that make the next name an agreement's (اتفاق الطائف): the phrase names a treaty, not the place. */
export const AGREEMENTS = new Set(['اتفاق', 'اتفاقيه', 'اتفاقات', 'اتفاقيات', 'معاهده', 'بروتوكول', 'وثيقه', 'اعلان']);
/** How many tokens after a full name its family name alone still means that person (about an article). */
export const COREFERENCE_REACH = 1500;
/** Compass words before a place (جنوب لبنان) describe part of it; a country's own name keeps them (جنوب أفريقيا). */
export const COMPASS = new Set(['جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);
/**
 * Words that look like a clitic before a name but are words of their own: بنوك "banks" (not
 * ب + Nuuk), بليون "billion" (not ب + Lyon), لجأوا "they took refuge" (not ل + Java). No clitic
 * reading of them enters the glossary's trie: see WHOLE_WORD in word-facts.ts.
 */
export const WHOLE_WORDS = new Set(['بنوك', 'بليون', 'بليونا', 'بلايين', 'لجاوا']);
/**
 * Places whose name is a common word right after certain words: صلاة المغرب is the sunset
 * prayer (أذان المغرب its call, موعد المغرب its time), not Morocco.
 */
export const COMMON_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['المغرب', new Set(['صلاه', 'اذان', 'صلاتي', 'وقت', 'موعد'])],
]);
/**
 * Places whose name is a common word right before certain words, with or without clitics:
 * (ب)مسقط رأسه is "(in) his birthplace", not Muscat.
 */
export const COMMON_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['مسقط', new Set(['راس', 'راسه', 'راسها', 'راسهم', 'راسهما', 'راسي', 'راسك'])],
]);
/**
 * Places whose name is also a common adjective (مالي "financial"): after an indefinite noun
 * (دعم مالي، فائض مالي) the word is the adjective, unless that noun is one a country's name
 * follows (رئيس مالي، شمال مالي، حكومة مالي).
 */
export const ADJECTIVE_PLACES = new Set(['مالي']);
/** Nouns a country's name follows in a construct (حكومة مالي). */
export const COUNTRY_CONSTRUCTS = new Set(
  'حكومه رييس رييسه جيش عاصمه شعب دوله جمهوريه سلطات قوات منتخب حدود اراضي مدن سكان ولايات اقاليم مناطق شمال جنوب شرق غرب وسط سفير سفاره مواطني لاجيي امبراطوريه مملكه سلطنه استعمار احتلال غزو'.split(
    ' ',
  ),
);
/** The words that open what was said after a verb of speech (NameLexicon.speechVerbs) and a name. */
export const SAID = new Set(['ان', 'انه', 'انها', ':', 'في']);
/** How far (in tokens, about a short article) the bare noun makes a definite short form the noun. */
export const NOUN_REACH = 400;

/** Kinds of paper a place's name follows when the paper is named after it (جريدة القدس). قناة is also a canal. */
export const PAPER_KINDS = new Set(['صحيفه', 'جريده', 'مجله', 'اذاعه']);

/** Marks that close a quoted name (normalization writes « and » as "). */
export const CLOSING_MARKS = new Set(['"']);

/** Adjectives in ي of rank or scope, not of a bank's kind (البنك الأساسي، البنك المحلي). */
export const RANK_ADJECTIVES = new Set([
  'الاساسي',
  'الرييسي',
  'المحلي',
  'الحالي',
  'الاصلي',
  'الفعلي',
  'النهايي',
  'الثاني',
  'الاجنبي',
  'الخارجي',
]);

/** "According to" (حسب، وفق), and nouns for what a source says, which media are also named after. */
export const ACCORDING_TO = new Set(['حسب', 'وفق', 'بحسب']);
export const STATEMENT_NOUNS = new Set(['البيان', 'الخبر', 'التقرير', 'الرساله', 'الاعلان', 'الوثيقه', 'المصدر', 'المصادر']);

/**
 * Ordinals (normalized, both genders): a regnal number (محمد السادس، إليزابيث الثانية) is no family
 * name, and alone later in the article it is the word (المركز السادس), not the king.
 */
export const ORDINALS = new Set(
  'الاول الاولي الثاني الثانيه الثالث الثالثه الرابع الرابعه الخامس الخامسه السادس السادسه السابع السابعه الثامن الثامنه التاسع التاسعه العاشر العاشره عشر'.split(
    ' ',
  ),
);
/** Words before a city that make it the place where something happens. */
export const PLACE_PREPOSITIONS = new Set(['في', 'الي', 'من', 'نحو', 'ملعب', 'مدينه', 'وفي', 'والي', 'ومن']);
