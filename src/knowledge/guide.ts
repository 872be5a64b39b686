/**
 * The guide's sentences that backend-fit's rules follow, by line of the article
 * (`shared/article.txt`, one paragraph per line; a letter picks one sentence of a line).
 * The text is copied here because the article is not shipped with the action; a test checks
 * that each sentence still occurs verbatim at its line.
 */
export const GUIDE = {
  L6: {
    line: 6,
    text: 'If your project requires high throughput, real-time interactions, or thousands of simultaneous users, Node.js is usually the better choice.',
  },
  L9: { line: 9, text: 'Python applications scale well, but often require:' },
  L10: {
    line: 10,
    text: 'Python can handle complex logic but may not be as smooth as Node.js for scaling real-time features.',
  },
  L11: {
    line: 11,
    text: 'Both scale well, but Node.js is easier to scale for high-traffic applications, especially those needing real-time features.',
  },
  L12: { line: 12, text: 'Choose Node.js for dynamic, real-time applications' },
  L13: { line: 13, text: 'Choose Python for AI, ML, or data-centered applications' },
  L14: { line: 14, text: 'Developers familiar with JavaScript can quickly adapt to Node.js.' },
  L18: { line: 18, text: 'Python boosts productivity, especially for large teams.' },
  L19: {
    line: 19,
    text: 'Python wins for ease of learning and rapid development, while Node.js is great for teams already well-versed in JavaScript.',
  },
  L21: {
    line: 21,
    text: 'Both are strong, but Python leads in AI and data science, while Node.js leads in web and real-time development.',
  },
  L24a: { line: 24, text: 'Both are secure when used correctly.' },
  L24b: { line: 24, text: 'Python offers more out-of-the-box security features in frameworks like Django.' },
  L25: { line: 25, text: 'the answer depends entirely on your project requirements.' },
  L27: { line: 27, text: 'Which technology aligns with your project’s goals, team skills, and performance needs?' },
} as const;

export type GuideId = keyof typeof GUIDE;

/** The page that quotes each sentence with the rules citing it (docs/guide.md): the comment, the summary, `--help` and the README link here. */
export const GUIDE_PAGE_URL = 'https://github.com/backend-fit/backend-fit/blob/main/docs/guide.md';

/** A rule the guide does not state: backend-fit's own reading, kept small and marked so. */
export const OWN_READING = 'own reading';

/** What a rule follows: a sentence of the guide, or backend-fit's own reading. */
export type Citation = GuideId | typeof OWN_READING;

/** `L12: “Choose Node.js for …”`: the id beside the sentence it names, quoted. */
export function quoteGuide(id: GuideId): string {
  return `${id}: “${GUIDE[id].text}”`;
}

/** `guide L12` (the sentence is in docs/guide.md), or `own reading`. */
export function citationText(citation: Citation): string {
  return citation === OWN_READING ? OWN_READING : `guide ${citation}`;
}
