// How every tool of this repository launches Chromium: the test runner, the e2e tests, the
// screenshots and the benchmark. Chromium runs as root on the CI machines, hence --no-sandbox.

/** The Chromium binary: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumExecutable = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags every launch needs: headless, no sandbox, no background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for playwright-core's `chromium.launch` and @web/test-runner-chrome. */
export const chromiumLaunchOptions = {
  executablePath: chromiumExecutable,
  headless: true,
  args: chromiumArgs,
};
