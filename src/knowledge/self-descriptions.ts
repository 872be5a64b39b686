import type { NotServiceReason } from '../model/facts.js';

/**
 * What a project's own words can say it is when that is no deployed backend: its README's opening
 * (title and first lines) or its manifest's `description` (package.json, pyproject). One record per
 * kind of statement. A folder so described is no service unless a deployment file or image runs it
 * (detect/self-descriptions): a mock API a public site serves (JSONPlaceholder's Procfile) stays one.
 *
 * Only the opening is read: further down a real service's README may well mention the mock server
 * its front end uses, or warn that the framework's development server is not for production.
 */
export interface SelfDescription {
  id: string;
  /** The reason the report gives for such a folder. */
  reason: NotServiceReason;
  /** What the words call it, for the reason's sentence. */
  says: string;
  /** Why that is no service, for the reason's sentence. */
  because: string;
  /**
   * The statement, matched against one line of the opening with `_` and camelCase read as spaces
   * (`fake_server`, `MockApi`). Words stand next to each other: `fake news API` and `mock interview
   * backend` are real services' names, not stand-ins.
   */
  pattern: RegExp;
  /** The statement may be the folder's own name too (`api-do-not-deploy`), its `-`, `_` and `.` read as spaces. */
  inName?: boolean;
}

/** The words that name a test double, and what it stands in for (`mock server`, `fake REST API`, `dummy backend`). */
const DOUBLE = String.raw`(?:mock|mocked|mocking|fake|dummy|stub)`;
const BACKEND = String.raw`(?:(?:rest|json|http|web|graphql)\s+)?(?:apis?|servers?|back[\s-]?ends?)`;

export const SELF_DESCRIPTIONS: readonly SelfDescription[] = [
  {
    id: 'mock-server',
    reason: 'mock',
    says: 'a mock server',
    because: 'a stand-in a front end or its tests are developed against, not a deployed backend',
    pattern: new RegExp(
      [
        String.raw`\b${DOUBLE}\s+${BACKEND}\b`,
        // `API mocking`, `server mocks` (not `backend mock interviews`: a product's domain)
        String.raw`\b(?:api|server|back[\s-]?end)\s+mock(?:s|ing)?\b(?!\s+(?:interview|test|exam|trial))`,
        // `mocks backend API`, `mocks the REST API`
        String.raw`\bmocks\s+(?:the\s+|a\s+|our\s+)?${BACKEND}\b`,
      ].join('|'),
      'i',
    ),
  },
  {
    id: 'local-only',
    reason: 'playground',
    says: 'a server for local use only',
    because: 'its maintainers say it is not deployed',
    // `do not deploy this server`, not `do not deploy without setting SECRET_KEY` (a real service's warning)
    pattern:
      /\b(?:do\s+not|don't|never)\s+deploy\s+this\s+(?:server|app|application|service|api|backend|code|project)\b|\bnot\s+(?:meant|intended)\s+(?:to\s+be\s+deployed|for\s+deployment)\b|\b(?:for|intended\s+for)\s+local\s+(?:development|testing|use)\s+only\b|\bonly\s+for\s+local\s+(?:development|testing|use)\b/i,
  },
  {
    id: 'not-deployed',
    reason: 'playground',
    says: 'a folder not to be deployed',
    because: 'its maintainers keep it out of deployment (retired, or kept for reference)',
    // the bare mark (`DO NOT DEPLOY.`, `# Legacy API (do not deploy)`), not a condition on deploying a real service
    // (`do not deploy without setting SECRET_KEY`, `do not deploy to production before migrating`)
    pattern:
      /\b(?:do\s+not|don't|never)\s+deploy\b(?=\s*(?:$|[.!:;,)\]]|[-\u2013\u2014]\s))|\bnot\s+for\s+deployment\b|\bnot\s+to\s+be\s+deployed\b/i,
    inName: true,
  },
  {
    id: 'reproduction',
    reason: 'playground',
    says: 'a reproduction or sandbox',
    because: 'a project made to show a problem or to try something out, not a deployed backend',
    // `Minimal reproduction for nestjs/nest#1234`, `repro of the bug`, `BUG: ...` as the title, `a sandbox for trying
    // out ...`, `playground repository`: not `sandbox API` or `payments sandbox` (a product's test environment)
    pattern: new RegExp(
      [
        String.raw`\bminimal\s+(?:reproduction|repro|reproducible\s+example)\b`,
        String.raw`\b(?:reproduction|repro|reproducer)\s+(?:repo(?:sitory)?\s+)?(?:for|of)\b`,
        String.raw`\breproduc(?:es|ing)\s+(?:the\s+|an?\s+|this\s+)?(?:issue|bug|problem|error)\b`,
        String.raw`\b(?:issue|bug)\s+(?:reproduction|repro)\b`,
        String.raw`^#*\s*bug\s*:`,
        String.raw`\b(?:sandbox|playground)\s+(?:repo(?:sitory)?\s+|project\s+)?(?:for|to)\s+(?:test|testing|try|trying|experiment\w*|play\w*|explor\w*|reproduc\w*|debug\w*)\b`,
        String.raw`\bfor\s+(?:a|my|this)\s+(?:stack\s*overflow\s+)?question\b`,
      ].join('|'),
      'i',
    ),
  },
];

/** How many lines of a README's opening (title and first paragraphs, outside code blocks) are read. */
export const README_OPENING_LINES = 8;
