/**
 * The command line, as it is measured: the seed check through `cli annotate`, the exact output
 * shapes, and a one-line error (never a stack trace) for bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/glossary-sources';
import { checkSeed } from '../support/seed';

const SEED = join(ROOT, 'tests/fixtures/seed-article.txt');
const tmp = mkdtempSync(join(tmpdir(), 'dalil-cli-'));

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync('npx', ['tsx', join(ROOT, 'scripts/cli.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli annotate', () => {
  it('passes the seed check: 46/46 mentions, nothing extra, 4/4 roles', () => {
    const r = cli(['annotate', SEED]);
    expect(r.code).toBe(0);
    const { mentions } = JSON.parse(r.out) as { mentions: Parameters<typeof checkSeed>[0] };
    const check = checkSeed(mentions.map((m) => ({ ...m, key: m.entity?.id ?? m.text })));
    expect(check.wrong).toEqual([]);
    expect(check.found).toBe(46);
    expect(check.extra).toEqual([]);
    expect(check.rolesRight).toBe(4);
    for (const m of mentions) expect(Object.keys(m).sort()).toEqual(['end', 'entity', 'role', 'start', 'text', 'type']);
  });

  it('says how a person found by rule sounds, as the card does', () => {
    const r = cli(['annotate'], 'وقال المتحدث مهند المبيضين إن الوزير سيرغي لافروف وصل');
    expect(r.code).toBe(0);
    const { mentions } = JSON.parse(r.out) as { mentions: Array<{ text: string; latin?: string }> };
    expect(mentions.map((m) => [m.text, m.latin])).toEqual([
      ['مهند المبيضين', 'Mahnad al-Mabidin'],
      ['سيرغي لافروف', undefined],
    ]);
  });

  it('reads standard input and tags CoNLL one line per line, blank lines kept', () => {
    const input = 'وصل\nلافروف\nإلى\nموسكو\n.\n\nثم\nغادر\n';
    const r = cli(['annotate', '--format', 'conll'], input);
    expect(r.code).toBe(0);
    expect(r.out).toBe('وصل\tO\nلافروف\tB-PER\nإلى\tO\nموسكو\tB-LOC\n.\tO\n\nثم\tO\nغادر\tO\n');
  });

  it.each([
    [['annotate', '/no/such/file'], /no such file/],
    [['annotate', '--format', 'xml', SEED], /unknown --format/],
    [['frobnicate'], /unknown command/],
  ])('fails cleanly on %j', (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses empty and binary input with one line', () => {
    const empty = cli(['annotate'], '');
    expect(empty.code).not.toBe(0);
    expect(empty.err).toMatch(/empty/);
    const bin = join(tmp, 'bin.dat');
    writeFileSync(bin, Buffer.from([0, 1, 2, 255, 0, 7]));
    const r = cli(['annotate', bin]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/binary/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('cli summarize', () => {
  it('prints sentences and who is who', () => {
    const r = cli(['summarize', '--sentences', '2', SEED]);
    const d = JSON.parse(r.out) as { sentences: string[]; people: Array<{ en: string; role: { en: string } | null }> };
    expect(d.sentences).toHaveLength(2);
    expect(d.people.find((p) => p.en === 'Sergey Lavrov')?.role?.en).toBe('Russian Foreign Minister');
  });

  it('reads JSON lines and reports a malformed line by number', () => {
    const good = cli(['summarize', '--jsonl', '--sentences', '1'], '{"id":"a","text":"زار لافروف موسكو. ثم عاد."}\n');
    expect(JSON.parse(good.out)).toMatchObject({ id: 'a', sentences: [expect.any(String)] });
    const bad = cli(['summarize', '--jsonl'], '{"id":"a","text":"موسكو"}\n{oops\n');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/line 2/);
  });
});

describe('cli detect and glossary-stats', () => {
  it('detects the Arabic article of an HTML file', () => {
    const html = join(tmp, 'a.html');
    const para = 'قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن روسيا ستواصل الحوار مع الاتحاد الأوروبي حول الأزمة. ';
    writeFileSync(
      html,
      `<html lang="ar" dir="rtl"><head><title>خبر</title></head><body><article><h1>خبر</h1><p>${para.repeat(4)}</p><p>${para.repeat(3)}</p></article></body></html>`,
    );
    const d = JSON.parse(cli(['detect', html]).out) as { isArabicArticle: boolean; lang: string; text: string };
    expect(d.isArabicArticle).toBe(true);
    expect(d.lang).toBe('ar');
    expect(d.text).toContain('سيرغي لافروف');
  });

  it('counts the bundled glossary', () => {
    const d = JSON.parse(cli(['glossary-stats']).out) as { entities: number; byType: Record<string, number>; withBothNames: number };
    expect(d.byType.person).toBeGreaterThanOrEqual(1500);
    expect(d.byType.organization).toBeGreaterThanOrEqual(500);
    expect(d.byType.place).toBeGreaterThanOrEqual(2000);
    expect(d.withBothNames).toBe(d.entities);
  });
});
