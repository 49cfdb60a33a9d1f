import type { Catalog } from './index';

/** The options page: the glossary, the study list, import and export, settings. */
export const OPTIONS = {
  pageTitle: { en: 'Dalil — glossary and settings', ar: 'دليل — المسرد والإعدادات' },
  tagline: { en: 'Your glossary of names, and how Dalil works for you.', ar: 'مسرد الأسماء الخاص بك، وطريقة عمل دليل.' },
  tabGlossary: { en: 'Glossary', ar: 'المسرد' },
  tabStudy: { en: 'Study list', ar: 'قائمة المراجعة' },
  tabTransfer: { en: 'Import & export', ar: 'الاستيراد والتصدير' },
  tabSettings: { en: 'Settings', ar: 'الإعدادات' },
  sections: { en: 'Sections', ar: 'الأقسام' },

  // Searching and browsing
  searchLabel: { en: 'Search the glossary', ar: 'ابحث في المسرد' },
  searchPlaceholder: { en: 'A name in Arabic or English: لافروف, Lavrov…', ar: 'اسم بالعربية أو الإنجليزية: لافروف، Lavrov…' },
  typeFilter: { en: 'Type', ar: 'النوع' },
  sourceFilter: { en: 'Source', ar: 'المصدر' },
  all: { en: 'All', ar: 'الكل' },
  sourceSeed: { en: 'Bundled', ar: 'المرفق' },
  sourceUser: { en: 'Mine', ar: 'إضافاتي' },
  addEntry: { en: 'Add entry', ar: 'إضافة مدخل' },
  addNamed: { en: 'Add “{name}” to the glossary', ar: 'أضف «{name}» إلى المسرد' },
  resultsCount: { en: '{total} entries', ar: 'عدد المداخل: {total}' },
  resultsCountOne: { en: '1 entry', ar: 'مدخل واحد' },
  resultsRange: { en: '{from}–{to} of {total}', ar: '{from}–{to} من {total}' },
  noResults: { en: 'No entry matches.', ar: 'لا يوجد مدخل مطابق.' },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  previousPage: { en: 'Previous', ar: 'السابق' },
  nextPage: { en: 'Next', ar: 'التالي' },
  pagination: { en: 'Pages', ar: 'الصفحات' },
  errorPrefix: { en: 'Something went wrong: {message}', ar: 'حدث خطأ: {message}' },

  // The table
  tableCaption: { en: 'Glossary entries', ar: 'مداخل المسرد' },
  colNameEn: { en: 'Name (English)', ar: 'الاسم (بالإنجليزية)' },
  colNameAr: { en: 'Name (Arabic)', ar: 'الاسم (بالعربية)' },
  colType: { en: 'Type', ar: 'النوع' },
  colSource: { en: 'Source', ar: 'المصدر' },
  colStudy: { en: 'Study', ar: 'مراجعة' },
  colActions: { en: 'Actions', ar: 'إجراءات' },
  starAdd: { en: 'Add {name} to the study list', ar: 'أضف {name} إلى قائمة المراجعة' },
  starRemove: { en: 'Remove {name} from the study list', ar: 'احذف {name} من قائمة المراجعة' },
  edit: { en: 'Edit', ar: 'تعديل' },
  editName: { en: 'Edit {name}', ar: 'عدّل {name}' },
  delete: { en: 'Delete', ar: 'حذف' },
  deleteName: { en: 'Delete {name}', ar: 'احذف {name}' },
  confirmDelete: { en: 'Delete “{name}”?', ar: 'حذف «{name}»؟' },
  confirmDeleteSeed: {
    en: 'Delete “{name}”? It comes with Dalil and returns with its next update.',
    ar: 'حذف «{name}»؟ هذا المدخل مرفق بدليل وسيعود مع تحديثه القادم.',
  },
  yesDelete: { en: 'Yes, delete', ar: 'نعم، احذف' },
  cancel: { en: 'Cancel', ar: 'إلغاء' },
  deleted: { en: 'Deleted “{name}”.', ar: 'حُذف «{name}».' },
  saved: { en: 'Saved “{name}”.', ar: 'حُفظ «{name}».' },

  // The entry form
  addTitle: { en: 'Add an entry', ar: 'إضافة مدخل' },
  editTitle: { en: 'Edit an entry', ar: 'تعديل مدخل' },
  addHelp: {
    en: 'Dalil will recognize this name in articles as soon as you save it.',
    ar: 'سيتعرف دليل على هذا الاسم في المقالات فور حفظه.',
  },
  editSeedHelp: {
    en: 'This entry comes with Dalil. Once you save it, it is yours: updates of Dalil will not overwrite it.',
    ar: 'هذا المدخل مرفق بدليل. بعد حفظه يصبح ملكك ولن تستبدله تحديثات دليل.',
  },
  fieldId: { en: 'Id', ar: 'المعرّف' },
  fieldType: { en: 'Type', ar: 'النوع' },
  fieldEn: { en: 'Name in English', ar: 'الاسم بالإنجليزية' },
  fieldAr: { en: 'Name in Arabic', ar: 'الاسم بالعربية' },
  fieldAliases: { en: 'Other Arabic spellings', ar: 'كتابات عربية أخرى' },
  fieldAliasesHelp: { en: 'One per line: سيرجي لافروف', ar: 'واحدة في كل سطر: سيرجي لافروف' },
  fieldShort: { en: 'Short forms', ar: 'الصيغ المختصرة' },
  fieldShortHelp: {
    en: 'One per line; a short form alone names it in an article (لافروف).',
    ar: 'واحدة في كل سطر؛ صيغة تكفي وحدها للدلالة عليه في المقال (لافروف).',
  },
  fieldDescEn: { en: 'Description in English', ar: 'الوصف بالإنجليزية' },
  fieldDescAr: { en: 'Description in Arabic', ar: 'الوصف بالعربية' },
  fieldDescHelp: { en: 'One line, in your own words.', ar: 'سطر واحد بكلماتك.' },
  fieldCountry: { en: 'Country code', ar: 'رمز البلد' },
  fieldCountryHelp: { en: 'Two letters, e.g. SY, EG, RU.', ar: 'حرفان، مثل SY أو EG أو RU.' },
  fieldCoords: { en: 'Coordinates', ar: 'الإحداثيات' },
  fieldLat: { en: 'Latitude', ar: 'خط العرض' },
  fieldLon: { en: 'Longitude', ar: 'خط الطول' },
  fieldCoordsHelp: { en: 'Decimal degrees, e.g. 35.61 and 36.56.', ar: 'بالدرجات العشرية، مثل 35.61 و36.56.' },
  save: { en: 'Save', ar: 'حفظ' },
  saving: { en: 'Saving…', ar: 'جارٍ الحفظ…' },
  formHasIssues: { en: 'Please correct the fields marked below.', ar: 'يرجى تصحيح الحقول المشار إليها أدناه.' },
  notFound: { en: 'There is no entry with the id “{id}”.', ar: 'لا يوجد مدخل بالمعرّف «{id}».' },

  // Reasons a field is refused (the schema's words, translated)
  why_missing: { en: 'is missing', ar: 'مفقود' },
  why_empty: { en: 'is empty', ar: 'فارغ' },
  why_noArabic: { en: 'has no Arabic letters', ar: 'لا يحوي حروفاً عربية' },
  why_tooLong: { en: 'is longer than {n} characters', ar: 'أطول من الحد المسموح ({n} حرفاً)' },
  why_type: { en: 'must be person, organization or place', ar: 'يجب أن يكون شخصاً أو منظمة أو مكاناً' },
  why_country: { en: 'must be a two-letter ISO country code', ar: 'يجب أن يكون رمز بلد من حرفين (ISO)' },
  why_idChars: { en: 'may only hold letters, digits and : . _ -', ar: 'لا يقبل إلا الحروف والأرقام و : . _ -' },
  why_atMost: { en: 'must be at most {n}', ar: 'يجب ألا يزيد على {n}' },
  why_atLeast: { en: 'must be at least {n}', ar: 'يجب ألا يقل عن {n}' },
  why_number: { en: 'must be a number', ar: 'يجب أن يكون رقماً' },
  why_coords: { en: 'give both latitude and longitude as numbers, or neither', ar: 'أدخل خطي العرض والطول رقمين، أو اتركهما فارغين' },
  why_item: { en: 'line {n} {why}', ar: 'السطر {n}: {why}' },

  // Import
  importTitle: { en: 'Import', ar: 'الاستيراد' },
  importHelp: {
    en: 'A JSON file exported by Dalil, or a CSV file (UTF-8) whose first line is this header. Lists are separated by “|”. Imported entries become yours; an entry with the id of an existing one replaces it.',
    ar: 'ملف JSON صدّره دليل، أو ملف CSV بترميز UTF-8 سطره الأول هذا الترويس. تُفصل عناصر القوائم بالرمز «|». تصبح المداخل المستوردة ملكك، ويستبدل المدخل الموجود إذا تطابق المعرّف.',
  },
  importRequired: {
    en: 'Required: type (person, organization or place), en, ar, desc_en, desc_ar. An empty id is made from the names.',
    ar: 'الأعمدة الإلزامية: type (person أو organization أو place) و en و ar و desc_en و desc_ar. يُنشأ المعرّف من الأسماء إن كان فارغاً.',
  },
  chooseFile: { en: 'Choose a JSON or CSV file', ar: 'اختر ملف JSON أو CSV' },
  phaseReading: { en: 'Reading the file… {percent}%', ar: 'جارٍ قراءة الملف… {percent}%' },
  phaseParsing: { en: 'Reading the rows… {percent}%', ar: 'جارٍ قراءة الصفوف… {percent}%' },
  phaseChecking: { en: 'Checking entries… {done} of {total}', ar: 'جارٍ فحص المداخل… {done} من {total}' },
  phaseImporting: { en: 'Importing… {done} of {total}', ar: 'جارٍ الاستيراد… {done} من {total}' },
  reportSummary: {
    en: '{file} — rows: {rows}, valid: {valid}, with problems: {invalid}.',
    ar: '{file} — الصفوف: {rows}، السليمة: {valid}، وفيها مشكلات: {invalid}.',
  },
  reportNothingImported: {
    en: 'Nothing has been imported. You can import the valid entries only, or correct the file and choose it again.',
    ar: 'لم يُستورد شيء. يمكنك استيراد المداخل السليمة وحدها، أو تصحيح الملف واختياره من جديد.',
  },
  reportNoValid: { en: 'No entry in this file can be imported.', ar: 'لا يوجد في هذا الملف مدخل يمكن استيراده.' },
  reportCaption: { en: 'Problems found, by row', ar: 'المشكلات حسب الصف' },
  colRow: { en: 'Row', ar: 'الصف' },
  colField: { en: 'Field', ar: 'الحقل' },
  colWhy: { en: 'Problem', ar: 'المشكلة' },
  reportMore: { en: '…and {n} more problems.', ar: '…وعدد المشكلات الأخرى: {n}.' },
  importValidOnly: { en: 'Import only the {n} valid entries', ar: 'استورد المداخل السليمة فقط ({n})' },
  importValidOnlyOne: { en: 'Import only the 1 valid entry', ar: 'استورد المدخل السليم فقط' },
  importDone: { en: 'Imported {n} entries.', ar: 'اكتمل الاستيراد. عدد المداخل المستوردة: {n}.' },
  importDoneOne: { en: 'Imported 1 entry.', ar: 'اكتمل الاستيراد: مدخل واحد.' },
  importFailed: { en: 'Nothing was imported: {message}', ar: 'لم يُستورد شيء: {message}' },
  importInterrupted: {
    en: 'Dalil restarted during the import. Choose the file again.',
    ar: 'أُعيد تشغيل دليل أثناء الاستيراد. اختر الملف من جديد.',
  },
  importPartial: {
    en: 'Dalil restarted during the import: only {n} of {total} entries were written. Import the file again (entries already imported are simply replaced).',
    ar: 'أُعيد تشغيل دليل أثناء الاستيراد: كُتب {n} من أصل {total} مدخلاً فقط. استورد الملف من جديد (تُستبدل المداخل المستوردة سابقاً).',
  },
  importCancelled: { en: 'Import cancelled: nothing was imported.', ar: 'أُلغي الاستيراد: لم يُستورد شيء.' },
  err_too_big: {
    en: 'The file is {mb} MB; Dalil reads files of at most {max} MB.',
    ar: 'حجم الملف {mb} ميغابايت، ويقرأ دليل ملفات حتى {max} ميغابايت.',
  },
  err_empty: { en: 'The file is empty.', ar: 'الملف فارغ.' },
  err_binary: { en: 'This is not a text file. Choose a .json or .csv file.', ar: 'هذا ليس ملفاً نصياً. اختر ملف json أو csv.' },
  err_not_utf8: {
    en: 'The file is not UTF-8 text (the first bad byte is on line {line}). It may be in Windows-1256 or another older encoding: save it as UTF-8 (in a spreadsheet: “CSV UTF-8”) and import it again.',
    ar: 'الملف ليس نصاً بترميز UTF-8 (أول بايت خاطئ في السطر {line}). ربما هو بترميز Windows-1256 أو ترميز قديم آخر: احفظه بترميز UTF-8 (في جداول البيانات: «CSV UTF-8») ثم استورده من جديد.',
  },
  err_bad_json: {
    en: 'The file is not valid JSON: {detail} (line {line}, column {column}).',
    ar: 'الملف ليس JSON صالحاً: {detail} (السطر {line}، العمود {column}).',
  },
  err_json_shape: {
    en: 'The JSON must be a list of entries, or an object with an “entries” list.',
    ar: 'يجب أن يكون JSON قائمة مداخل، أو كائناً فيه قائمة «entries».',
  },
  err_bad_csv: {
    en: 'The CSV is malformed: a quoted cell that starts on row {line} is never closed.',
    ar: 'ملف CSV معطوب: خلية بين علامتي تنصيص تبدأ في الصف {line} ولا تُغلق.',
  },
  err_csv_header: {
    en: 'The first line must be the header, with at least the columns type, en, ar, desc_en, desc_ar (missing: {missing}).',
    ar: 'يجب أن يكون السطر الأول هو الترويس، وفيه على الأقل الأعمدة type و en و ar و desc_en و desc_ar (الناقص: {missing}).',
  },
  err_too_many: {
    en: 'The file holds {count} entries; Dalil imports at most {max} at once. Split it into smaller files.',
    ar: 'في الملف {count} مدخلاً، ولا يستورد دليل أكثر من {max} دفعة واحدة. قسّمه إلى ملفات أصغر.',
  },

  // Export
  exportTitle: { en: 'Export', ar: 'التصدير' },
  exportHelp: {
    en: 'Files are made on your computer; nothing is sent anywhere. CSV opens in any spreadsheet.',
    ar: 'تُنشأ الملفات على جهازك ولا يُرسل شيء إلى أي مكان. يُفتح ملف CSV في أي برنامج جداول.',
  },
  exportAllJson: { en: 'Whole glossary (JSON)', ar: 'المسرد كاملاً (JSON)' },
  exportMineJson: { en: 'My entries (JSON)', ar: 'مداخلي (JSON)' },
  exportMineCsv: { en: 'My entries (CSV)', ar: 'مداخلي (CSV)' },
  exportNone: { en: 'You have no entries of your own yet.', ar: 'لا توجد مداخل خاصة بك بعد.' },
  exportDone: { en: 'Saved {file} ({n} entries).', ar: 'حُفظ الملف {file} (عدد المداخل: {n}).' },
  exportDoneOne: { en: 'Saved {file} (1 entry).', ar: 'حُفظ الملف {file} (مدخل واحد).' },

  // Study list
  studyHelp: {
    en: 'Names you starred, to learn. Star a name in the glossary, or on its card in an article.',
    ar: 'الأسماء التي ميّزتها بنجمة لتتعلمها. ميّز اسماً بنجمة في المسرد أو على بطاقته في المقال.',
  },
  studyEmpty: { en: 'Your study list is empty.', ar: 'قائمة المراجعة فارغة.' },
  exportAnki: { en: 'Export for Anki (CSV)', ar: 'تصدير إلى Anki (CSV)' },
  exportAnkiHelp: {
    en: 'One card per name: the Arabic name on the front, the English name and description on the back.',
    ar: 'بطاقة لكل اسم: الاسم العربي على الوجه، والاسم الإنجليزي ووصفه على الظهر.',
  },

  // Settings
  settingsLanguage: { en: 'Interface language', ar: 'لغة الواجهة' },
  langAuto: { en: 'As the browser', ar: 'لغة المتصفح' },
  settingsCardFirst: { en: 'On the card, show first', ar: 'في البطاقة، اعرض أولاً' },
  cardFirstEn: { en: 'English', ar: 'الإنجليزية' },
  cardFirstAr: { en: 'Arabic', ar: 'العربية' },
  settingsHighlights: { en: 'Highlights', ar: 'الإبراز' },
  highlightsOn: { en: 'Highlight names in articles', ar: 'أبرز الأسماء في المقالات' },
  highlightType: { en: 'Highlight {type}', ar: 'أبرز: {type}' },
  settingsSites: { en: 'Sites where Dalil is off', ar: 'المواقع التي أوقفت فيها دليل' },
  sitesNone: {
    en: 'None: Dalil works on every site. Turn it off for a site from the toolbar popup.',
    ar: 'لا شيء: يعمل دليل في كل المواقع. أوقفه لموقع ما من النافذة المنبثقة في شريط الأدوات.',
  },
  remove: { en: 'Remove', ar: 'إزالة' },
  removeSite: { en: 'Turn Dalil back on for {site}', ar: 'أعد تشغيل دليل في {site}' },
  settingsSuppressed: { en: 'Words you marked as not a name', ar: 'كلمات حددتَ أنها ليست أسماء' },
  suppressedEverywhere: { en: 'Everywhere', ar: 'في كل المواقع' },
  removeWord: { en: 'Highlight “{word}” again', ar: 'أعد إبراز «{word}»' },
} satisfies Catalog;

/** What the options page's views are given to speak: a translator over COMMON and OPTIONS. */
export type OptionsKey = keyof typeof OPTIONS | keyof typeof import('./common').COMMON;
export type OptionsT = (key: OptionsKey, vars?: Record<string, string | number>) => string;
