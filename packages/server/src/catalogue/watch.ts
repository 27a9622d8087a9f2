// `--watch`: reloads when a file in the catalogue folder changes (saved by an editor, written by
// `import-ptv`, swapped by a Kubernetes ConfigMap). Changes are gathered for a moment first,
// since one save is often several events.
import { type FSWatcher, watch } from 'node:fs';

export function watchFolder(
  dir: string,
  onChange: () => void,
  onError: (error: Error) => void,
  settleMs = 300,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMs);
  };
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, changed);
  } catch {
    // Where recursive watching is not available, the folder's own entries still are.
    watcher = watch(dir, { persistent: false }, changed);
  }
  watcher.on('error', onError);
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
