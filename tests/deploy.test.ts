// The deployment examples say what the server expects (issue 17). There is no Docker daemon and
// no cluster here, so these files are not run (the nginx one is, by the replica test); this
// checks that they parse and agree with the server: probe paths, port, settings that exist, a
// non-root read-only container with /tmp, and logs without addresses or queries.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { settings } from '@polku/server';
import { parseAllDocuments } from 'yaml';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: manifests are untyped YAML, read field by field
type JsonObject = Record<string, any>;

function manifest(path: string): JsonObject {
  const documents = parseAllDocuments(read(path));
  assert.ok(!Array.isArray(documents) || documents.length === 1, `${path}: one document`);
  const [document] = Array.isArray(documents) ? documents : [documents];
  assert.deepEqual(document?.errors, [], `${path} parses`);
  return document?.toJS() as JsonObject;
}

describe('deploy/kubernetes', () => {
  const deployment = manifest('deploy/kubernetes/deployment.yaml');
  const container = deployment.spec.template.spec.containers[0];

  it('probes the paths the server answers, on its port', () => {
    assert.equal(deployment.kind, 'Deployment');
    assert.equal(container.readinessProbe.httpGet.path, '/readyz');
    assert.equal(container.livenessProbe.httpGet.path, '/healthz');
    assert.equal(container.startupProbe.httpGet.path, '/healthz');
    assert.equal(container.ports[0].containerPort, 8080);
  });

  it('runs non-root on a read-only root file system with /tmp in memory', () => {
    const pod = deployment.spec.template.spec;
    assert.equal(pod.securityContext.runAsNonRoot, true);
    assert.equal(container.securityContext.readOnlyRootFilesystem, true);
    assert.equal(container.securityContext.allowPrivilegeEscalation, false);
    const tmp = container.volumeMounts.find((mount: JsonObject) => mount.mountPath === '/tmp');
    assert.ok(tmp);
    assert.ok(
      pod.volumes.some((volume: JsonObject) => volume.name === tmp.name && volume.emptyDir),
    );
  });

  it('sets only settings the server has, and drains within the grace period', () => {
    const known = new Set(settings.map((setting) => setting.env));
    for (const variable of container.env) assert.ok(known.has(variable.name), variable.name);
    const env = Object.fromEntries(container.env.map((v: JsonObject) => [v.name, Number(v.value)]));
    assert.ok(
      env.POLKU_SHUTDOWN_DELAY + env.POLKU_SHUTDOWN_TIMEOUT <
        deployment.spec.template.spec.terminationGracePeriodSeconds,
    );
  });

  it('the Service, the HPA and the PDB find the Deployment', () => {
    const labels = deployment.spec.template.metadata.labels;
    const service = manifest('deploy/kubernetes/service.yaml');
    for (const [key, value] of Object.entries(service.spec.selector))
      assert.equal(labels[key], value);
    assert.equal(service.spec.ports[0].targetPort, container.ports[0].name);
    const hpa = manifest('deploy/kubernetes/hpa.yaml');
    assert.equal(hpa.spec.scaleTargetRef.kind, 'Deployment');
    assert.equal(hpa.spec.scaleTargetRef.name, deployment.metadata.name);
    const pdb = manifest('deploy/kubernetes/pdb.yaml');
    for (const [key, value] of Object.entries(pdb.spec.selector.matchLabels))
      assert.equal(labels[key], value);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('runs the built CLI as the unprivileged node user, listening on all addresses', () => {
    assert.match(runtime, /^USER node$/m);
    assert.match(runtime, /HOST=0\.0\.0\.0/);
    assert.match(runtime, /PORT=8080/);
    assert.match(runtime, /CMD \["node", "packages\/server\/dist\/cli\.js"\]/);
    assert.doesNotMatch(runtime, /npm (ci|install)/, 'nothing is installed at run time');
  });

  it('checks /healthz and copies what the server reads', () => {
    assert.match(runtime, /HEALTHCHECK[\s\S]*\/healthz/);
    for (const path of ['node_modules', 'packages', 'dist/docs', 'examples'])
      assert.match(runtime, new RegExp(`COPY --from=build /app/${path} `), path);
    assert.match(dockerfile, /npm run build/);
    assert.match(dockerfile, /npm prune --omit=dev/);
  });
});

describe('deploy/nginx/polku.conf', () => {
  const conf = read('deploy/nginx/polku.conf');

  it('logs neither the client address nor the query', () => {
    const format = /log_format polku([^;]*);/.exec(conf)?.[1] ?? '';
    assert.ok(format.length > 0);
    for (const variable of [
      '$remote_addr',
      '$request ',
      "$request'",
      '$request_uri',
      '$args',
      '$query_string',
      '$http_x_forwarded_for',
    ])
      assert.ok(!format.includes(variable), variable);
    assert.match(conf, /access_log \S+ polku;/);
  });

  it('retries on the next replica and honours the cache headers', () => {
    assert.match(conf, /proxy_next_upstream error timeout http_502 http_503 http_504;/);
    assert.match(conf, /proxy_cache_key \$scheme\$host\$request_uri;/);
    assert.match(conf, /proxy_cache_use_stale error timeout updating/);
    assert.match(conf, /location ~ \^\/\(metrics\|readyz\)\$ \{[^}]*deny all;/);
  });
});
