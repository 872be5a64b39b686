import { describe, expect, it } from 'vitest';
import { extractJsImports, jsPackageOf } from '../../src/detect/imports/javascript.js';
import { extractNotebookImports } from '../../src/detect/imports/notebook.js';
import { extractPythonImports } from '../../src/detect/imports/python.js';

const js = (text: string, file = 'a.ts') => extractJsImports(text, file).map((i) => `${i.module}:${i.line}`);
const py = (text: string) => extractPythonImports(text, 'a.py').map((i) => `${i.module}:${i.line}`);

describe('JavaScript and TypeScript imports', () => {
  it('static, side-effect, re-export, require, dynamic and TS import-equals', () => {
    const text = [
      "import express from 'express';",
      "import 'reflect-metadata';",
      "export { x } from '@nestjs/core/dist/x';",
      "const io = require('socket.io');",
      "const m = await import('node:fs');",
      "import fp = require('lodash/fp');",
      "import type { T } from './local';",
      "import a from '@/alias';",
      "import b from '#internal';",
      "import c from 'https://esm.sh/x';",
    ].join('\n');
    expect(js(text)).toEqual(['express:1', 'reflect-metadata:2', '@nestjs/core:3', 'socket.io:4', 'fs:5', 'lodash:6']);
  });

  it('leaves out type-only imports and re-exports, which compile to nothing', () => {
    const text = [
      "import type { Request } from 'express';",
      "import type * as K from 'koa';",
      "export type { Server } from 'socket.io';",
      "export type * from 'fastify';",
      'export type Handler = (req: Request) => void',
      "import type from 'type-as-default-name';",
      "import { type Router, json } from 'body-parser';",
      "export type Other = string; const ws = require('ws');",
      "import type Def from 'typed-default'",
      "import hono from 'hono'",
    ].join('\n');
    expect(js(text)).toEqual(['type-as-default-name:6', 'body-parser:7', 'ws:8', 'hono:10']);
  });

  it('ignores comments, strings, templates and regular expressions', () => {
    const text = [
      "// import torch from 'torch';",
      "/* require('pandas') */",
      'const s = "import x from \'fake\'";',
      'const t = `require(${"\'also-fake\'"})`;',
      "const re = /import 'regex-fake'/;",
      "obj.require('method-call');",
      "import real from 'real';",
    ].join('\n');
    expect(js(text)).toEqual(['real:7']);
  });

  it('Vue single-file components: only the script blocks, lines kept', () => {
    expect(
      js(
        "<template><div>import x from 'no'</div></template>\n<script setup>\nimport { ref } from 'vue';\n</script>\n",
        'a.vue',
      ),
    ).toEqual(['vue:3']);
  });

  it('package names', () => {
    expect([
      jsPackageOf('@scope/pkg/deep'),
      jsPackageOf('node:path'),
      jsPackageOf('../x'),
      jsPackageOf('@scope'),
    ]).toEqual(['@scope/pkg', 'path', undefined, undefined]);
  });

  // a hang guard, not a speed target: a backtracking pass would not finish on this input
  it('does not hang on a megabyte of pathological input', () => {
    const text = "'".repeat(200_000) + '/'.repeat(200_000) + '`${'.repeat(100_000) + 'import('.repeat(50_000);
    const started = performance.now();
    extractJsImports(text, 'a.js');
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('Python imports', () => {
  it('import lists, dotted names, aliases, from-imports, indented ones', () => {
    const text =
      'import os, sys as system\nimport torch.nn.functional as F\nfrom sklearn.model_selection import train_test_split\ndef f():\n    import pandas as pd\ntry:\n    from numpy import (\n        array,\n    )\nexcept ImportError:\n    pass\n';
    expect(py(text)).toEqual(['os:1', 'sys:1', 'torch:2', 'sklearn:3', 'pandas:5', 'numpy:7']);
  });

  it('leaves out relative imports, __future__, docstrings and comments', () => {
    const text =
      'from __future__ import annotations\nfrom . import views\nfrom .models import Sale\n"""\nimport fake_in_docstring\n"""\n# import commented\nx = "import in a string"\nimport real\n';
    expect(py(text)).toEqual(['real:9']);
  });
});

describe('notebooks', () => {
  const notebook = (cells: unknown[], language = 'python') =>
    JSON.stringify({ cells, metadata: { kernelspec: { language } } });
  it('code cells only, lines counted across code cells, pip installs and magics', () => {
    const text = notebook([
      { cell_type: 'markdown', source: ['import not_code'] },
      { cell_type: 'code', source: ['import pandas as pd\n', 'df = pd.DataFrame()'] },
      { cell_type: 'code', source: '%matplotlib inline\n!pip install shap -q\nfrom sklearn import svm' },
    ]);
    const r = extractNotebookImports(text, 'n.ipynb');
    expect(r.imports.map((i) => `${i.module}:${i.line}`)).toEqual(['pandas:1', 'shap:4', 'sklearn:5']);
  });

  it('non-Python kernels give no imports; broken JSON is one warning', () => {
    expect(
      extractNotebookImports(notebook([{ cell_type: 'code', source: 'import Pkg' }], 'julia'), 'n.ipynb').imports,
    ).toEqual([]);
    expect(extractNotebookImports('{"cells": [', 'n.ipynb').warnings).toEqual([
      { file: 'n.ipynb', message: expect.stringMatching(/^invalid notebook JSON: /) },
    ]);
  });
});
