// A node:test reporter that counts passed and failed tests (not suites) and writes the totals as
// JSON, for the summary line of scripts/test.mjs.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, skip, todo } = event.data;
    const isSuite = details?.type === 'suite';
    if (event.type === 'test:pass') {
      if (isSuite) continue;
      if (skip || todo) counts.skipped += 1;
      else counts.passed += 1;
    } else if (!isSuite || details?.error?.failureType !== 'subtestsFailed') {
      // A failing suite counts only when it failed by itself (a hook or a file that threw),
      // not because one of its tests failed (that test is already counted).
      counts.failed += 1;
    }
  }
  yield `${JSON.stringify(counts)}\n`;
}
