import * as v from 'valibot';
import { schemas } from './schemas.ts';

/** Who sent a message, as the browser reports it. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = 'content' | 'ui';

/** Thrown for any message the background refuses; its message is what the caller sees. */
export class RefusedMessage extends Error {
  override name = 'RefusedMessage';
}

/**
 * The kind of sender: this extension's own pages ("ui") or its content script in a web page tab
 * ("content"). Anything else (another extension, a page, a missing id) is refused.
 */
export function senderKind(sender: Sender, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) throw new RefusedMessage('message from another extension or a web page');
  if (sender.url?.startsWith(extensionOrigin)) return 'ui';
  if (sender.tab?.id !== undefined && /^https?:/.test(sender.url ?? '')) return 'content';
  throw new RefusedMessage('message from an unknown context');
}

/** Validates a message's data against the protocol schema of its type; throws a readable refusal. */
export function validated<K extends keyof typeof schemas>(type: K, data: unknown): v.InferOutput<(typeof schemas)[K]> {
  const result = v.safeParse(schemas[type], data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  throw new RefusedMessage(`invalid ${type} message${path ? ` at ${path}` : ''}: ${issue.message}`);
}
