/**
 * Chart formats whose templates write Kubernetes workloads from a values file: what the chart
 * deploys is its templates with the chart's default values put in. Detect renders each template
 * with those values (reading the template language's value references, conditions and scopes; a
 * helper's output or anything else left unknown), then reads the workloads as Kubernetes
 * manifests: an image the repository builds, with the command a value or the template sets, runs
 * that build. One record per chart format.
 */
export interface ChartFormat {
  id: string;
  /** The tool, for evidence (`Helm chart deploy/shop`). */
  tool: string;
  /** The chart's own file: its folder is the chart. */
  chartFile: RegExp;
  /** The chart's default values, in its folder. */
  valuesFiles: readonly string[];
  /** The folder of its templates, in the chart's folder (subfolders included). */
  templates: string;
  /** A value reference in a template action, its key path the `path` group (`.Values.worker.command`, `$.Values.image`). */
  valueReference: RegExp;
}

export const CHART_FORMATS: readonly ChartFormat[] = [
  {
    id: 'helm',
    tool: 'Helm',
    chartFile: /^Chart\.ya?ml$/,
    valuesFiles: ['values.yaml', 'values.yml'],
    templates: 'templates',
    valueReference: /(?:^|[\s($])\$?\.Values(?<path>(?:\.[A-Za-z_][\w-]*)+)/,
  },
];
