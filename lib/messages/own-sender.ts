/**
 * Whether a message comes from this extension itself (and not a page or
 * another extension). On its own, without zod, so the part of the content
 * script every page loads can check senders too.
 */
export function isOwnSender(sender: { id?: string; url?: string; origin?: string } | undefined, ownId: string): boolean {
  return Boolean(sender && sender.id === ownId);
}
