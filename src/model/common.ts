/** The two backends the guide compares. */
export type Backend = 'node' | 'python';

/** A place in the scanned repository that supports a finding. Paths are root-relative, `/`-separated. */
export interface Evidence {
  file: string;
  line?: number;
  detail: string;
}

/** Something the run could not read or understand; the run goes on. */
export interface Warning {
  file?: string;
  message: string;
}
