// Browser tests in Debian's Chromium. A real Polku server with the demo catalogue runs for the
// whole run; each test page gets its API base URL as `window.POLKU_TEST_API`.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const { startServer } = await import('@polku/server');
const polku = await startServer({ port: 0, host: '127.0.0.1', logger: false });
const apiUrl = `${polku.url}/v1`;

const middlewareFile = new URL('./tests/wtr-middleware.mjs', import.meta.url);
const { middleware = [] } = existsSync(middlewareFile) ? await import(middlewareFile.href) : {};

export default {
  files: ['packages/*/test/browser/**/*.test.ts', 'tests/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 15_000 } },
  middleware,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    { name: 'polku-server', serverStop: () => polku.close() },
  ],
  browsers: [chromeLauncher({ launchOptions: chromiumLaunchOptions })],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="fi">
  <head><meta charset="utf-8"><script>window.POLKU_TEST_API = ${JSON.stringify(apiUrl)};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [defaultReporter(), countReporter(process.env.POLKU_WTR_COUNTS)],
};
