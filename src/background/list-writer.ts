import type { SavedProduct } from '../list/model.ts';
import { savedListItem } from '../list/storage.ts';

// The one writer of the saved list (and of what goes with it: removed products, corrections). Every
// mutation is read-modify-write, queued so that two tabs saving at once never overwrite each other.
// Each write of the list is a single storage call, so a worker stopped mid-save leaves either the
// old or the new list, never a partial one.

let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` after every change queued before it. */
export function queued<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

export function mutateList<T>(change: (list: SavedProduct[]) => { list: SavedProduct[]; result: T }): Promise<T> {
  return queued(async () => {
    const current = await savedListItem.getValue();
    const { list, result } = change(current);
    if (list !== current) await savedListItem.setValue(list);
    return result;
  });
}
