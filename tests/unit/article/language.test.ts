import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../lib/article/language';

const ARABIC =
  'قال وزير الخارجية في مؤتمر صحفي إن المحادثات التي جرت في العاصمة كانت بناءة، وإن الجانبين اتفقا على مواصلة الحوار خلال الأسابيع المقبلة.';
const PERSIAN =
  'وزیر امور خارجه در یک نشست خبری گفت که گفت‌وگوها سازنده بوده است و دو طرف توافق کردند که این گفت‌وگو را در هفته‌های آینده ادامه دهند.';
const URDU =
  'وزیر خارجہ نے ایک پریس کانفرنس میں کہا کہ دارالحکومت میں ہونے والی بات چیت تعمیری تھی اور دونوں فریقوں نے آئندہ ہفتوں میں بات چیت جاری رکھنے پر اتفاق کیا۔';
const SORANI =
  'وەزیری دەرەوە لە کۆنگرەیەکی رۆژنامەوانیدا ڕایگەیاند کە گفتوگۆکان لە پایتەخت بنیاتنەر بوون و هەردوو لایەن ڕێککەوتن لەسەر بەردەوامبوونی گفتوگۆ.';
const PASHTO =
  'د بهرنیو چارو وزیر په یوه خبري غونډه کې وویل چې په پلازمېنه کې خبرې اترې ګټورې وې او دواړو خواوو هوکړه وکړه چې خبرې به دوام ومومي.';

describe('guessLanguage', () => {
  it('tells Arabic from the languages that share its script', () => {
    expect(guessLanguage(ARABIC).lang).toBe('ar');
    expect(guessLanguage(PERSIAN).lang).toBe('fa');
    expect(guessLanguage(URDU).lang).toBe('ur');
    expect(guessLanguage(SORANI).lang).toBe('ckb');
    expect(guessLanguage(PASHTO).lang).toBe('ps');
  });

  it('reads Persian typed with Arabic ي and ك as Persian, by its words', () => {
    expect(guessLanguage(PERSIAN.replace(/ی/g, 'ي').replace(/ک/g, 'ك')).lang).toBe('fa');
  });

  it('reads Arabic typed with Persian ی and ک as Arabic, by its words', () => {
    expect(guessLanguage(ARABIC.replace(/ي/g, 'ی').replace(/ك/g, 'ک')).lang).toBe('ar');
  });

  it('keeps Arabic with Quranic spelling and Maghrebi letters Arabic', () => {
    expect(guessLanguage(`${ARABIC} قال تعالى: ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ. وزار الوفد مدينة ڨالمة في الشرق.`).lang).toBe('ar');
  });

  it('is not fooled by a little Arabic in another language, nor by nothing', () => {
    expect(
      guessLanguage(`The minister said, in Arabic: «${ARABIC.slice(0, 40)}». ${'The talks will go on next week. '.repeat(6)}`).lang,
    ).toBe('other');
    expect(guessLanguage('').lang).toBe('other');
    expect(guessLanguage('2024 - 15:30').lang).toBe('other');
  });
});
