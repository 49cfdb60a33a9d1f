/**
 * Start-up figures of the background in a real browser: install-time seeding (first start) and
 * the index rebuilt from IndexedDB when a stopped MV3 worker starts again, with the full glossary.
 * Usage: npm run build && npx tsx scripts/measure-startup.ts [--runs N]
 */
import type { Page } from 'puppeteer-core';
import { launchWithDalil } from './lib/browsers';
import { ROOT } from './lib/glossary-sources';

interface Status {
  startedAt: number;
  entries: number;
  indexMs: number;
  totalMs: number;
  seeded: boolean;
}

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const b = await launchWithDalil('chromium', { headless: true, extensionDir: `${ROOT}/.output/chrome-mv3` });
const probe = (await b.browser.newPage()) as Page;
await probe.goto(`${b.extensionOrigin}/popup.html?probe=1`);
const status = () => probe.evaluate(() => chrome.runtime.sendMessage({ type: 'status' })) as Promise<Status>;
const first = await status();
console.log(
  `install: seeded ${first.entries} entries into IndexedDB and indexed them in ${Math.round(first.totalMs)} ms (index ${Math.round(first.indexMs)} ms)`,
);
const cdp = await probe.createCDPSession();
await cdp.send('ServiceWorker.enable');
const restarts: Status[] = [];
for (let i = 0; i < runs; i++) {
  const stopped = new Promise<void>((resolve) => {
    const onUpdate = (e: { versions: Array<{ runningStatus: string }> }) => {
      if (e.versions.some((v) => v.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  const s = await status();
  if (s.seeded) throw new Error('a restart should not seed again');
  restarts.push(s);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(
  `restart (n=${runs}): read ${restarts[0]?.entries} entries from IndexedDB and rebuilt the index — total median ${Math.round(median(restarts.map((r) => r.totalMs)))} ms, index build median ${Math.round(median(restarts.map((r) => r.indexMs)))} ms`,
);
await b.close();
