// A lazily loaded chunk of the embed, imported once: every caller gets the same load, and a failed
// load is forgotten so that a retry fetches again.

/** `chunk.load` is looked up at each call, so tests can make it slow or fail. */
export function loadOnce(chunk: { load: () => Promise<unknown> }): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () => {
    loading ??= chunk.load().then(
      () => undefined,
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
}
