/**
 * A local HTTP server for the demo and the end-to-end tests, on 127.0.0.1 only:
 *   /demo            the demo page (?theme=dark for the dark version)
 *   /pages/<id>      a saved page from ../shared/data/pages, with its scripts removed
 *   /fixture/<name>  a page from tests/fixtures/pages
 *   /case/<name>     a case of tests/fixtures/article-cases (source.html)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { demoPageHtml } from '../demo/page';
import { ROOT } from './glossary-sources';

export const SHARED_PAGES = join(ROOT, '../shared/data/pages');
const FIXTURE_PAGES = join(ROOT, 'tests/fixtures/pages');

/** Removes scripts and inline handlers from a saved page: its publisher's code must not run here. */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe\s*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export function startStaticServer(port = 0): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: string, type = 'text/html; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/' || url.pathname === '/demo') {
      send(200, demoPageHtml(url.searchParams.get('theme') === 'dark' ? 'dark' : 'light'));
      return;
    }
    const page = /^\/pages\/([\w-]+)\/?$/.exec(url.pathname);
    if (page) {
      const file = join(SHARED_PAGES, page[1] as string, 'source.html');
      if (!existsSync(file)) return send(404, 'not found');
      return send(200, stripScripts(readFileSync(file, 'utf8')));
    }
    const articleCase = /^\/case\/([\w-]+)\/?$/.exec(url.pathname);
    if (articleCase) {
      const file = join(ROOT, 'tests/fixtures/article-cases', articleCase[1] as string, 'source.html');
      if (!existsSync(file)) return send(404, 'not found');
      return send(200, readFileSync(file, 'utf8'));
    }
    const fixture = /^\/fixture\/([\w-]+\.html)$/.exec(url.pathname);
    if (fixture) {
      const file = join(FIXTURE_PAGES, fixture[1] as string);
      if (!existsSync(file)) return send(404, 'not found');
      return send(200, readFileSync(file, 'utf8'));
    }
    send(404, 'not found', 'text/plain');
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${p}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
