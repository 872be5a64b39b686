import { FILE_SIGNALS } from './constants.js';
import type { SignalRecord } from './types.js';

/**
 * File-format helpers read or write a spreadsheet at the edge of a feature (an upload, an
 * export): they show data handling, not a data-centred application, so their ceiling is low.
 */
const FORMAT_CEILING = 0.3;
const FORMATS = 'spreadsheet and CSV file formats (import/export helpers)';

export const data: SignalRecord = {
  id: 'data',
  summary: 'data processing, analysis and pipelines',
  packages: [
    {
      ecosystem: 'python',
      packages: [
        'pandas',
        'numpy',
        'polars',
        'pyarrow',
        'pyspark',
        'dask',
        'scipy',
        'matplotlib',
        'seaborn',
        'plotly',
        'statsmodels',
        'duckdb',
        'apache-airflow',
        'dagster',
        'prefect',
        'great-expectations',
        'xarray',
        'bokeh',
        'altair',
        'sympy',
        'networkx',
        'dbt-core',
        'vaex',
        'modin',
      ],
      imports: [
        'pandas',
        'numpy',
        'polars',
        'pyarrow',
        'pyspark',
        'dask',
        'scipy',
        'matplotlib',
        'seaborn',
        'plotly',
        'statsmodels',
        'duckdb',
        'airflow',
        'dagster',
        'prefect',
        'great_expectations',
        'xarray',
        'bokeh',
        'altair',
        'sympy',
        'networkx',
        'dbt',
        'vaex',
        'modin',
      ],
      base: 0.2,
      why: 'data processing, analysis and pipelines',
    },
    {
      ecosystem: 'node',
      packages: [
        'danfojs',
        'danfojs-node',
        'arquero',
        'apache-arrow',
        'duckdb',
        '@duckdb/node-api',
        'simple-statistics',
        'mathjs',
        'nodejs-polars',
      ],
      base: 0.2,
      why: 'data processing, analysis and pipelines',
    },
    {
      ecosystem: 'python',
      packages: ['openpyxl', 'xlrd', 'xlsxwriter', 'pyexcel'],
      base: 0.1,
      ceiling: FORMAT_CEILING,
      why: FORMATS,
    },
    {
      ecosystem: 'node',
      packages: ['papaparse', 'csv-parse', 'csv-parser', 'fast-csv', 'csv-stringify', 'xlsx', 'exceljs'],
      base: 0.1,
      ceiling: FORMAT_CEILING,
      why: FORMATS,
    },
  ],
  files: [
    {
      fact: { kind: 'notebooks' },
      ecosystem: 'python',
      strength: FILE_SIGNALS.notebookStrength,
      why: 'Jupyter notebooks: exploratory data analysis and model work',
    },
  ],
  effects: [
    { criterion: 'use-case', favours: 'python', points: 30, guide: 'L13', why: 'a data-centred application' },
    { criterion: 'ecosystem', favours: 'python', points: 20, guide: 'L21', why: 'Python leads in data science' },
  ],
};
