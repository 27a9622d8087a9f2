// Misbehaving endpoints for the browser tests, mounted by web-test-runner.config.mjs on the test
// page's own origin (Koa middlewares). The client appends operation paths and its own query to a
// base URL, so what the endpoint should do goes in the path:
//   /__test/slow/<ms>/...      answers a JSON page after <ms> milliseconds (max 30 000)
//   /__test/flaky/<key>/...    503 with Retry-After: 0 on the first call per key, then
//                              200 {"attempts": n}
//   /__test/problem/...        400 application/problem+json naming per_page
//   /__test/html/<status>/...  <status> with an HTML body (not a problem)

const attemptsByKey = new Map();

const page = {
  total_items: 0,
  total_pages: 0,
  page_number: 1,
  size: 20,
  first_page: true,
  last_page: true,
  empty: true,
  contents: [],
};

function send(ctx, status, type, body, headers = {}) {
  ctx.status = status;
  ctx.type = type;
  ctx.set({ 'cache-control': 'no-store', ...headers });
  ctx.body = type.includes('json') ? JSON.stringify(body) : body;
}

export const middleware = [
  async (ctx, next) => {
    const [, prefix, kind, arg] = ctx.path.split('/');
    if (prefix !== '__test') return next();
    if (kind === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(arg) || 0, 30_000)));
      return send(ctx, 200, 'application/json', page);
    }
    if (kind === 'flaky') {
      const attempts = (attemptsByKey.get(arg) ?? 0) + 1;
      attemptsByKey.set(arg, attempts);
      if (attempts === 1) {
        return send(
          ctx,
          503,
          'application/problem+json',
          { type: 'about:blank', title: 'Busy', status: 503 },
          { 'retry-after': '0' },
        );
      }
      return send(ctx, 200, 'application/json', { ...page, attempts });
    }
    if (kind === 'problem') {
      return send(ctx, 400, 'application/problem+json', {
        type: '/problems/invalid-parameters',
        title: 'Invalid parameters',
        status: 400,
        detail: '1 parameter is invalid.',
        errors: { per_page: ['must be <= 100'] },
      });
    }
    if (kind === 'html') return send(ctx, Number(arg) || 500, 'text/html', '<h1>Error</h1>');
    return next();
  },
];
