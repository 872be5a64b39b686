export function findChromium(): string | undefined;

export class Browser {
  static launch(executable: string, options?: { width?: number; height?: number }): Promise<Browser>;
  send(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<Record<string, unknown>>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export class Page {
  /** Console errors and warnings, uncaught exceptions, log entries (CSP violations, failed loads). */
  readonly errors: string[];
  /** Every URL the page requested. */
  readonly requests: string[];
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  goto(url: string): Promise<void>;
  eval<T = unknown>(expression: string): Promise<T>;
  press(key: string, code?: string, keyCode?: number): Promise<void>;
  screenshot(options?: { width?: number; height?: number }): Promise<Buffer>;
}
