/** The Chromium binary: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const chromiumExecutable: string;
/** The flags every launch needs: headless, no sandbox, no background traffic. */
export declare const chromiumArgs: string[];
/** Launch options for playwright-core's `chromium.launch` and @web/test-runner-chrome. */
export declare const chromiumLaunchOptions: {
  executablePath: string;
  headless: true;
  args: string[];
};
