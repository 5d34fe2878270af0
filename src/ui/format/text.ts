/** "month 20 of operation" → "Month 20 of operation": for text that starts a sentence or a card line. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
