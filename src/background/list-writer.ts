import type { SavedProduct } from '../list/model.ts';
import { savedListItem } from '../list/storage.ts';

// The one writer of the saved list. Every mutation is read-modify-write of the whole list, queued
// so that two tabs saving at once never overwrite each other. Each write is a single storage call,
// so a worker stopped mid-save leaves either the old or the new list, never a partial one.

let queue: Promise<unknown> = Promise.resolve();

export function mutateList<T>(change: (list: SavedProduct[]) => { list: SavedProduct[]; result: T }): Promise<T> {
  const run = queue.then(async () => {
    const current = await savedListItem.getValue();
    const { list, result } = change(current);
    if (list !== current) await savedListItem.setValue(list);
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}
