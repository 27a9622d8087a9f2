// The server's settings: each one a flag and an environment variable, read in one place. The
// table below is the documentation too: `polku-server --help` prints it, and a test checks that
// README's "Run in production" table lists every row.

export interface ServerConfig {
  catalogueDir: string | undefined;
  host: string;
  port: number;
  publicUrl: string | undefined;
  watch: boolean;
  logLevel: LogLevel;
  accessLog: boolean;
  metrics: boolean;
  responseCacheMb: number;
  headersTimeoutS: number;
  requestTimeoutS: number;
  keepAliveTimeoutS: number;
  shutdownDelayS: number;
  shutdownTimeoutS: number;
}

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

type Kind = 'text' | 'port' | 'seconds' | 'megabytes' | 'switch' | 'url' | 'level';

export interface Setting {
  key: keyof ServerConfig;
  flag: string;
  env: string;
  kind: Kind;
  default: string;
  description: string;
}

export const settings: readonly Setting[] = [
  {
    key: 'catalogueDir',
    flag: '--catalogue',
    env: 'POLKU_CATALOGUE',
    kind: 'text',
    default: '(the demo catalogue)',
    description: 'The catalogue folder to serve (DATA-FORMAT.md).',
  },
  {
    key: 'host',
    flag: '--host',
    env: 'HOST',
    kind: 'text',
    default: '127.0.0.1',
    description: 'Address to listen on; `0.0.0.0` in a container.',
  },
  {
    key: 'port',
    flag: '--port',
    env: 'PORT',
    kind: 'port',
    default: '8080',
    description: 'Port to listen on; 0 for a free one.',
  },
  {
    key: 'publicUrl',
    flag: '--public-url',
    env: 'POLKU_PUBLIC_URL',
    kind: 'url',
    default: '(each request’s Host)',
    description:
      'Absolute base URL for links in responses (`https://palvelut.example`). Set it behind a proxy or a cache.',
  },
  {
    key: 'watch',
    flag: '--watch',
    env: 'POLKU_WATCH',
    kind: 'switch',
    default: 'off',
    description:
      'Reload the catalogue when a file in its folder changes (development; in production send SIGHUP).',
  },
  {
    key: 'logLevel',
    flag: '--log-level',
    env: 'POLKU_LOG_LEVEL',
    kind: 'level',
    default: 'info',
    description: `JSON log on stdout: ${logLevels.join(', ')}.`,
  },
  {
    key: 'accessLog',
    flag: '--access-log',
    env: 'POLKU_ACCESS_LOG',
    kind: 'switch',
    default: 'on',
    description:
      'One log line per request: method, route pattern, status, milliseconds. Never the query or the address. `--quiet` is `--access-log off`.',
  },
  {
    key: 'metrics',
    flag: '--metrics',
    env: 'POLKU_METRICS',
    kind: 'switch',
    default: 'on',
    description: 'Serve Prometheus metrics at `/metrics` (keep it from the public in the proxy).',
  },
  {
    key: 'responseCacheMb',
    flag: '--response-cache-mb',
    env: 'POLKU_RESPONSE_CACHE_MB',
    kind: 'megabytes',
    default: '64',
    description: 'Memory for ready API responses (least recently used go first).',
  },
  {
    key: 'headersTimeoutS',
    flag: '--headers-timeout',
    env: 'POLKU_HEADERS_TIMEOUT',
    kind: 'seconds',
    default: '10',
    description: 'Seconds a client has to send its request headers; then 408.',
  },
  {
    key: 'requestTimeoutS',
    flag: '--request-timeout',
    env: 'POLKU_REQUEST_TIMEOUT',
    kind: 'seconds',
    default: '30',
    description: 'Seconds a client has to send its whole request; then 408.',
  },
  {
    key: 'keepAliveTimeoutS',
    flag: '--keep-alive-timeout',
    env: 'POLKU_KEEP_ALIVE_TIMEOUT',
    kind: 'seconds',
    default: '72',
    description:
      'Seconds an idle connection stays open. Longer than the idle timeout of the proxy in front (nginx 60 s).',
  },
  {
    key: 'shutdownDelayS',
    flag: '--shutdown-delay',
    env: 'POLKU_SHUTDOWN_DELAY',
    kind: 'seconds',
    default: '0',
    description:
      'After SIGTERM: seconds to keep serving (with `Connection: close`, `/readyz` 503) before the listener closes, so a load balancer can take the replica out first. 5 in Kubernetes.',
  },
  {
    key: 'shutdownTimeoutS',
    flag: '--shutdown-timeout',
    env: 'POLKU_SHUTDOWN_TIMEOUT',
    kind: 'seconds',
    default: '25',
    description: 'Seconds after the listener closes before unfinished responses are cut.',
  },
];

export class ConfigError extends Error {}

function parseValue(setting: Setting, text: string): unknown {
  const fail = (expected: string): never => {
    throw new ConfigError(`${setting.flag} / ${setting.env}: ${expected} (got "${text}")`);
  };
  switch (setting.kind) {
    case 'text':
      return text;
    case 'port':
      if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) fail('not a port');
      return Number(text);
    case 'seconds':
    case 'megabytes': {
      if (!/^\d+(\.\d+)?$/.test(text)) fail(`not a number of ${setting.kind}`);
      return Number(text);
    }
    case 'switch':
      if (/^(1|on|true|yes)$/i.test(text)) return true;
      if (/^(0|off|false|no)$/i.test(text)) return false;
      return fail('not on or off');
    case 'url':
      if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(text) || !URL.canParse(text))
        fail('not an http(s) URL without query');
      return text.replace(/\/+$/, '');
    case 'level':
      if (!(logLevels as readonly string[]).includes(text)) fail(`not one of ${logLevels}`);
      return text;
  }
}

/** Flags first, then the environment, then the defaults. Throws ConfigError on a bad value. */
export function readConfig(argv: readonly string[], env: NodeJS.ProcessEnv): ServerConfig {
  const given = new Map<Setting, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--quiet') {
      given.set(settings.find((s) => s.key === 'accessLog') as Setting, 'off');
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const setting = settings.find((s) => s.flag === name);
    if (!setting) throw new ConfigError(`unknown option ${name}`);
    if (inline !== undefined) given.set(setting, inline);
    else if (setting.kind === 'switch' && !/^(on|off)$/.test(argv[index + 1] ?? ''))
      given.set(setting, 'on');
    else {
      const value = argv[index + 1];
      if (value === undefined) throw new ConfigError(`${name} needs a value`);
      given.set(setting, value);
      index += 1;
    }
  }
  const config: Record<string, unknown> = {};
  for (const setting of settings) {
    const text = given.get(setting) ?? (env[setting.env] || undefined);
    if (text !== undefined) config[setting.key] = parseValue(setting, text);
    else if (!setting.default.startsWith('('))
      config[setting.key] = parseValue(setting, setting.default);
  }
  return config as unknown as ServerConfig;
}

/** The settings as `polku-server --help` prints them. */
export function usage(): string {
  const rows = settings.map(
    (s) =>
      `  ${`${s.flag}${s.kind === 'switch' ? ' [on|off]' : ' <value>'}`.padEnd(30)} ${s.env}` +
      `  (default ${s.default})\n      ${s.description.replace(/`/g, '')}\n`,
  );
  return `Usage: polku-server [options]\n\nEach option is also an environment variable; a flag wins over it.\n\n${rows.join('')}\nSignals: SIGHUP reloads the catalogue; SIGTERM and SIGINT shut down gracefully.\n`;
}
