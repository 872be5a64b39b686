/** Handles GitHub would notify: an `@` name outside every code span. */
export function mentions(markdown: string): string[] {
  const outsideCode = markdown.replace(/``[^\n]*?``|`[^`\n]*`/g, '');
  return outsideCode.match(/(^|[^\w\u200b`])@[\w-]+(\/[\w.-]+)?/g) ?? [];
}
