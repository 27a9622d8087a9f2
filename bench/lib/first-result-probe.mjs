// "First results", the same for every page the benchmark loads: the time, from navigation start,
// of the first animation frame in which the first result's name is laid out with a box of its own
// and not hidden (`checkVisibility` with opacity and visibility); that frame paints it. A result's
// name is the static page's and the floor's `.static-result h3`, or the `[part="heading"]` of the
// first `<polku-service-card>` (through the finder's shadow root, server-rendered or not).
// Installed as an init script, so it runs before the page's own code. It reports the time on the
// console (`firstResult` waits for it): polling from the benchmark (Playwright's `waitForFunction`)
// would evaluate Playwright's own script in the page, 40 ms of a throttled phone's main thread that
// fell among the work being measured.
export const firstResultProbe = `(() => {
  const cardHeading = (root) => {
    const card = root.querySelector('polku-service-card');
    return card && card.shadowRoot ? card.shadowRoot.querySelector('[part="heading"]') : null;
  };
  const find = () => {
    const plain = document.querySelector('.static-result h3');
    if (plain) return plain;
    for (const finder of document.querySelectorAll('polku-finder')) {
      const heading = finder.shadowRoot && cardHeading(finder.shadowRoot);
      if (heading) return heading;
    }
    return null;
  };
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 &&
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const tick = () => {
    const heading = find();
    if (heading && visible(heading)) {
      window.__polkuFirstResult = performance.now();
      console.debug('polku-first-result', window.__polkuFirstResult);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const reported = /^polku-first-result (\S+)$/;

/**
 * The probe's time for `tab` (a Playwright page with the probe installed, not yet navigated): a
 * promise of ms from navigation start, rejected after `timeout` ms.
 */
export function firstResult(tab, timeout = 60_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no first result in ${timeout} ms`)), timeout);
    tab.on('console', (message) => {
      const match = reported.exec(message.text());
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
  });
}
