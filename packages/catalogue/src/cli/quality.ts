// `check --quality`: the quality report as lines, "id (name): kind: field: message", and a summary.
import type { Catalogue } from '../catalogue.js';
import { type QualityFinding, qualityReport } from '../quality.js';
import { plural } from './format.js';

function formatFinding(finding: QualityFinding): string {
  return [`${finding.service} (${finding.name})`, finding.kind, finding.field, finding.message]
    .filter((part) => part !== undefined && part !== '')
    .join(': ');
}

/** Prints the quality report and its summary; returns the number of findings (1 when no service loaded). */
export function printQuality(catalogue: Catalogue): number {
  const findings = qualityReport(catalogue);
  for (const finding of findings) console.log(formatFinding(finding));
  const services = new Set(findings.map((finding) => finding.service)).size;
  if (catalogue.services.length === 0) {
    // Nothing loaded is not "nothing a family would miss": a family would miss everything.
    console.log('Quality: no service loaded, nothing to report on');
    return 1;
  }
  console.log(
    findings.length === 0
      ? `Quality OK: nothing a family would miss in ${plural(catalogue.services.length, 'service')}`
      : `Quality FAILED: ${plural(findings.length, 'finding')} in ${plural(services, 'service')} of ${catalogue.services.length}`,
  );
  return findings.length;
}
