// The server as production runs it: `polku-server` (the built CLI) in its own process, on a free
// port, so that its memory can be read and signals sent. Its JSON log is kept.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../../packages/server/dist/cli.js', import.meta.url));

export interface ChildServer {
  url: string;
  pid: number;
  process: ChildProcess;
  /** The log lines so far, parsed. */
  log: Record<string, unknown>[];
  /** Resident memory in bytes (from /proc), or undefined where /proc is missing. */
  rss(): number | undefined;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

export async function startChildServer(
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<ChildServer> {
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOST: '127.0.0.1', POLKU_ACCESS_LOG: 'off', ...env },
  });
  const log: Record<string, unknown>[] = [];
  let buffered = '';
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no listening line in 120 s:\n${stderr}`)),
      120_000,
    );
    child.stdout?.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        log.push(entry);
        const match = /^listening (http:\/\/\S+)$/.exec(String(entry.msg));
        if (match) {
          clearTimeout(timer);
          resolve(match[1] as string);
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${stderr}`));
    });
  });
  const pid = child.pid as number;
  return {
    url,
    pid,
    process: child,
    log,
    rss() {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
        return kb ? Number(kb) * 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    exited,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
