import type { Backend } from '../model/common.js';
import type { ManifestKind } from '../model/facts.js';
import type { CriterionId } from '../model/profile.js';

/**
 * Which packages mean which signal. A rule matches a dependency by name (npm name, or PEP 503
 * name for Python) and an import by module name (as written in `import`), in its ecosystem.
 * `base` is the strength a runtime dependency alone gives; imports across the code add the rest
 * (see src/profile/strength.ts). `criterion` is the article criterion the signal mainly serves.
 */
export interface SignalRule {
  signal: string;
  ecosystem: Backend;
  packages: string[];
  /** Module names as imported, where they differ from the package names (`sklearn`, `cv2`). */
  imports?: string[];
  base: number;
  criterion: CriterionId;
  why: string;
  /**
   * Tooling that belongs in devDependencies (auditors, security linters): there a dev
   * dependency is the practice itself, so it counts in full instead of DEV_DEPENDENCY_FACTOR.
   */
  devCounts?: boolean;
}

const node = (
  signal: string,
  packages: string[],
  base: number,
  criterion: CriterionId,
  why: string,
  imports?: string[],
): SignalRule => ({
  signal,
  ecosystem: 'node',
  packages,
  base,
  criterion,
  why,
  ...(imports ? { imports } : {}),
});
const py = (
  signal: string,
  packages: string[],
  base: number,
  criterion: CriterionId,
  why: string,
  imports?: string[],
): SignalRule => ({
  signal,
  ecosystem: 'python',
  packages,
  base,
  criterion,
  why,
  ...(imports ? { imports } : {}),
});

export const SIGNAL_RULES: readonly SignalRule[] = [
  // real-time: "Choose Node.js for dynamic, real-time applications"
  node(
    'realtime',
    [
      'socket.io',
      '@socket.io/redis-adapter',
      '@socket.io/cluster-adapter',
      'ws',
      'uWebSockets.js',
      'uws',
      'sockjs',
      'faye-websocket',
      'primus',
      'socketcluster-server',
      '@fastify/websocket',
      'express-ws',
      '@nestjs/websockets',
      '@nestjs/platform-socket.io',
      '@nestjs/platform-ws',
      'graphql-ws',
      'subscriptions-transport-ws',
      'graphql-subscriptions',
      'graphql-redis-subscriptions',
      'mqtt',
      'aedes',
      'pusher',
      'ably',
      '@supabase/realtime-js',
      'y-websocket',
      '@hocuspocus/server',
      'peer',
      'mediasoup',
    ],
    0.4,
    'use-case',
    'WebSockets and pub/sub for live, two-way updates',
  ),
  // Server-sent events push one way over plain HTTP, which any async framework serves: a
  // lighter sign of a real-time product than a WebSocket stack.
  node('realtime', ['better-sse', 'sse-channel', 'express-sse', 'eventsource'], 0.2, 'use-case', 'server-sent events'),
  py('realtime', ['sse-starlette', 'django-sse', 'flask-sse'], 0.2, 'use-case', 'server-sent events', [
    'sse_starlette',
    'django_sse',
    'flask_sse',
  ]),
  py(
    'realtime',
    [
      'channels',
      'channels-redis',
      'daphne',
      'flask-socketio',
      'python-socketio',
      'websockets',
      'wsproto',
      'broadcaster',
      'django-eventstream',
      'aiortc',
      'flask-sock',
      'simple-websocket',
    ],
    0.4,
    'use-case',
    'WebSockets and pub/sub for live, two-way updates',
    [
      'channels',
      'daphne',
      'flask_socketio',
      'socketio',
      'websockets',
      'wsproto',
      'broadcaster',
      'django_eventstream',
      'aiortc',
      'flask_sock',
      'simple_websocket',
    ],
  ),

  // ML/AI: "Choose Python for AI, ML, or data-centered applications"
  py(
    'ml',
    [
      'torch',
      'torchvision',
      'torchaudio',
      'pytorch',
      'tensorflow',
      'tensorflow-cpu',
      'keras',
      'jax',
      'flax',
      'transformers',
      'sentence-transformers',
      'scikit-learn',
      'xgboost',
      'lightgbm',
      'catboost',
      'onnxruntime',
      'onnx',
      'diffusers',
      'accelerate',
      'datasets',
      'peft',
      'spacy',
      'nltk',
      'gensim',
      'mlflow',
      'ray',
      'huggingface-hub',
      'timm',
      'pytorch-lightning',
      'lightning',
      'vllm',
      'optuna',
      'tokenizers',
      'safetensors',
      'opencv-python',
      'opencv-python-headless',
    ],
    0.4,
    'use-case',
    'machine-learning frameworks and models',
    [
      'torch',
      'torchvision',
      'torchaudio',
      'tensorflow',
      'keras',
      'jax',
      'flax',
      'transformers',
      'sentence_transformers',
      'sklearn',
      'xgboost',
      'lightgbm',
      'catboost',
      'onnxruntime',
      'onnx',
      'diffusers',
      'accelerate',
      'datasets',
      'peft',
      'spacy',
      'nltk',
      'gensim',
      'mlflow',
      'ray',
      'huggingface_hub',
      'timm',
      'pytorch_lightning',
      'lightning',
      'vllm',
      'optuna',
      'tokenizers',
      'safetensors',
      'cv2',
    ],
  ),
  // LLM API clients: AI features that call hosted models. The model work happens elsewhere,
  // so they weigh less than training or serving models (their own signal, `llm`).
  py(
    'llm',
    [
      'openai',
      'anthropic',
      'langchain',
      'langchain-core',
      'langchain-openai',
      'langchain-community',
      'langgraph',
      'llama-index',
      'llama-index-core',
      'litellm',
      'cohere',
      'google-generativeai',
      'mistralai',
      'tiktoken',
      'chromadb',
      'pinecone-client',
      'qdrant-client',
      'instructor',
      'dspy-ai',
    ],
    0.3,
    'use-case',
    'LLM SDKs and retrieval stacks',
    [
      'openai',
      'anthropic',
      'langchain',
      'langchain_core',
      'langchain_openai',
      'langchain_community',
      'langgraph',
      'llama_index',
      'litellm',
      'cohere',
      'mistralai',
      'tiktoken',
      'chromadb',
      'pinecone',
      'qdrant_client',
      'instructor',
      'dspy',
    ],
  ),
  node(
    'ml',
    [
      '@tensorflow/tfjs',
      '@tensorflow/tfjs-node',
      '@tensorflow/tfjs-node-gpu',
      'onnxruntime-node',
      'brain.js',
      'ml5',
      '@xenova/transformers',
      '@huggingface/transformers',
      'synaptic',
      'natural',
    ],
    0.35,
    'use-case',
    'machine learning in JavaScript',
  ),
  node(
    'llm',
    [
      'openai',
      '@anthropic-ai/sdk',
      'langchain',
      '@langchain/core',
      '@langchain/openai',
      'ai',
      '@google/generative-ai',
      'cohere-ai',
      '@pinecone-database/pinecone',
      'llamaindex',
      '@ai-sdk/openai',
      '@ai-sdk/anthropic',
      '@ai-sdk/react',
    ],
    0.15,
    'use-case',
    'LLM SDKs called from JavaScript',
  ),

  // data: "Python leads in AI and data science"
  py(
    'data',
    [
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
      'openpyxl',
      'vaex',
      'modin',
    ],
    0.35,
    'use-case',
    'data processing, analysis and pipelines',
    [
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
      'openpyxl',
      'vaex',
      'modin',
    ],
  ),
  node(
    'data',
    [
      'danfojs',
      'danfojs-node',
      'arquero',
      'apache-arrow',
      'duckdb',
      '@duckdb/node-api',
      'simple-statistics',
      'mathjs',
      'nodejs-polars',
      'papaparse',
    ],
    0.25,
    'use-case',
    'data processing in JavaScript',
  ),

  // high concurrency / I/O: "Node.js's architecture naturally handles multiple requests efficiently"
  node(
    'concurrency',
    [
      'ioredis',
      'redis',
      'kafkajs',
      'amqplib',
      'nats',
      'undici',
      'http-proxy',
      'http-proxy-middleware',
      '@grpc/grpc-js',
      'got',
      'axios',
      'node-fetch',
      'pg',
      'mongodb',
      'mongoose',
      'mysql2',
      'cassandra-driver',
    ],
    0.2,
    'performance',
    'async network I/O: brokers, caches, proxies, database drivers',
  ),
  py(
    'concurrency',
    [
      'aiohttp',
      'httpx',
      'asyncpg',
      'motor',
      'uvloop',
      'anyio',
      'trio',
      'gevent',
      'eventlet',
      'aioredis',
      'redis',
      'aio-pika',
      'nats-py',
      'grpcio',
      'aiomysql',
      'databases',
      'tortoise-orm',
    ],
    0.2,
    'performance',
    'async I/O stacks in Python',
    [
      'aiohttp',
      'httpx',
      'asyncpg',
      'motor',
      'uvloop',
      'anyio',
      'trio',
      'gevent',
      'eventlet',
      'aioredis',
      'redis',
      'aio_pika',
      'nats',
      'grpc',
      'aiomysql',
      'databases',
      'tortoise',
    ],
  ),

  // streaming
  node(
    'streaming',
    [
      'kafkajs',
      '@confluentinc/kafka-javascript',
      'node-rdkafka',
      'highland',
      'through2',
      'pumpify',
      '@aws-sdk/client-kinesis',
      'eventsource-parser',
      'stream-json',
    ],
    0.3,
    'performance',
    'stream processing',
  ),
  py(
    'streaming',
    ['faust', 'faust-streaming', 'kafka-python', 'confluent-kafka', 'aiokafka', 'bytewax', 'apache-beam'],
    0.3,
    'performance',
    'stream processing',
    ['faust', 'kafka', 'confluent_kafka', 'aiokafka', 'bytewax', 'apache_beam'],
  ),

  // CPU-bound work: an event loop does not help it
  node(
    'cpu',
    [
      'sharp',
      'jimp',
      'fluent-ffmpeg',
      'ffmpeg-static',
      'piscina',
      'workerpool',
      'threads',
      'tinypool',
      'canvas',
      'pdfkit',
      'puppeteer',
    ],
    0.3,
    'performance',
    'CPU-heavy work (images, video, worker pools)',
    ['sharp', 'jimp', 'fluent-ffmpeg', 'piscina', 'workerpool', 'threads', 'tinypool', 'canvas', 'worker_threads'],
  ),
  py(
    'cpu',
    ['numba', 'cython', 'joblib', 'pillow', 'scikit-image', 'opencv-python', 'moviepy', 'pymupdf'],
    0.3,
    'performance',
    'CPU-heavy work (native extensions, process pools, images)',
    ['numba', 'cython', 'joblib', 'PIL', 'skimage', 'cv2', 'moviepy', 'fitz', 'multiprocessing', 'concurrent'],
  ),

  // job queues
  node(
    'queue',
    ['bullmq', 'bull', 'bee-queue', 'agenda', 'kue', 'pg-boss', 'graphile-worker', '@temporalio/worker', 'node-resque'],
    0.4,
    'scalability',
    'background job queues',
  ),
  py(
    'queue',
    ['celery', 'rq', 'dramatiq', 'huey', 'arq', 'kombu', 'django-q', 'django-rq', 'taskiq', 'temporalio'],
    0.4,
    'scalability',
    'background job queues',
    ['celery', 'rq', 'dramatiq', 'huey', 'arq', 'kombu', 'django_q', 'django_rq', 'taskiq', 'temporalio'],
  ),

  // security practices: "Both are secure when used correctly"
  node(
    'security',
    [
      'helmet',
      '@fastify/helmet',
      'express-rate-limit',
      'rate-limiter-flexible',
      '@fastify/rate-limit',
      '@nestjs/throttler',
      'csurf',
      'csrf-csrf',
      '@fastify/csrf-protection',
      'express-validator',
      'zod',
      'joi',
      'class-validator',
      'hpp',
      'express-mongo-sanitize',
      'bcrypt',
      'argon2',
      'jsonwebtoken',
      'jose',
      'passport',
      'lusca',
    ],
    0.3,
    'security',
    'security middleware, input validation and auth libraries',
  ),
  py(
    'security',
    [
      'django-axes',
      'django-csp',
      'django-ratelimit',
      'django-cors-headers',
      'flask-talisman',
      'flask-limiter',
      'flask-wtf',
      'slowapi',
      'bcrypt',
      'argon2-cffi',
      'passlib',
      'pyjwt',
      'authlib',
      'python-jose',
      'flask-login',
      'pydantic',
    ],
    0.3,
    'security',
    'security middleware, input validation and auth libraries',
    [
      'axes',
      'csp',
      'django_ratelimit',
      'corsheaders',
      'flask_talisman',
      'flask_limiter',
      'flask_wtf',
      'slowapi',
      'bcrypt',
      'argon2',
      'passlib',
      'jwt',
      'authlib',
      'jose',
      'flask_login',
      'pydantic',
    ],
  ),

  // Auditing dependencies and code for known vulnerabilities is the practice the article's
  // "secure when used correctly" rests on; these tools are dev dependencies by nature.
  {
    ...node(
      'security',
      ['audit-ci', 'better-npm-audit', 'snyk', 'eslint-plugin-security', 'lockfile-lint'],
      0.3,
      'security',
      'dependency and code auditing',
      [],
    ),
    devCounts: true,
  },
  {
    ...py(
      'security',
      ['bandit', 'pip-audit', 'safety', 'semgrep'],
      0.3,
      'security',
      'dependency and code auditing',
      [],
    ),
    devCounts: true,
  },

  // a JavaScript frontend: the team writes JavaScript
  node(
    'frontend',
    [
      'react',
      'react-dom',
      'vue',
      '@angular/core',
      'svelte',
      'solid-js',
      'preact',
      'lit',
      'next',
      'nuxt',
      '@sveltejs/kit',
      '@remix-run/react',
      'astro',
      'jquery',
      'alpinejs',
      'htmx.org',
    ],
    0.5,
    'team-skills',
    'a JavaScript/TypeScript frontend in the repo',
  ),

  // scale-out infrastructure
  node(
    'scale-out',
    [
      'pm2',
      '@socket.io/redis-adapter',
      '@socket.io/cluster-adapter',
      'serverless',
      'serverless-http',
      '@vendia/serverless-express',
      'aws-cdk-lib',
      'sst',
    ],
    0.3,
    'scalability',
    'clustering, serverless and horizontal scale-out',
    ['cluster', 'pm2', 'serverless-http'],
  ),
  py(
    'scale-out',
    ['gunicorn', 'mangum', 'zappa', 'chalice', 'aws-cdk-lib'],
    0.2,
    'scalability',
    'pre-fork workers and serverless adapters for scale-out',
    ['mangum', 'chalice'],
  ),
];

/** A dev-only dependency says little about what the product does. */
export const DEV_DEPENDENCY_FACTOR = 0.3;
/** An import of a package not declared in any manifest (transitive or vendored) still counts, less. */
export const UNDECLARED_IMPORT_BASE_FACTOR = 0.5;
/** Share of a service's source files that import a signal's modules at which it is at full strength. */
export const SATURATION_SHARE = 0.2;

/** Strengths of the signals raised by files and deployment configs rather than by packages. */
export const FILE_SIGNALS = {
  /** Each notebook adds to `data`; this many make it full strength. */
  notebooksForFullData: 8,
  /** Floor of the notebook strength: `notebookBase + (1 - notebookBase) * min(1, n / notebooksForFullData)`. */
  notebookBase: 0.3,
  /** Lockfiles pin dependencies: a security practice of the ecosystem they lock. */
  lockfileStrength: 0.3,
  /** Each Kubernetes manifest, serverless config, replica setting, autoscaler or multi-worker command; they combine. */
  scaleOutPerItem: 0.2,
} as const;

/**
 * What a file-level rule looks at:
 * - `notebooks`: Jupyter notebooks among the sources (the count grows the strength);
 * - `manifest`: a manifest of one of these kinds exists (lockfiles; Kubernetes and serverless
 *   configs count once each when detect found no finer scale-out setting in them);
 * - `scale-setting`: each replica count, autoscaler or serverless function detect read from
 *   compose, Kubernetes, platform and serverless files;
 * - `command`: a process command (package.json scripts, Procfile, compose `command`, Dockerfile
 *   `CMD`) matching `pattern`, quotes and JSON-array punctuation read as spaces.
 */
export type FileFact =
  | { kind: 'notebooks' }
  | { kind: 'manifest'; manifests: readonly ManifestKind[]; label: string }
  | { kind: 'scale-setting' }
  | { kind: 'command'; pattern: RegExp; label: string };

export interface FileSignalRule {
  fact: FileFact;
  signal: string;
  /** The ecosystem the fact belongs to, where it belongs to one. */
  ecosystem?: Backend;
  strength: number;
  criterion: CriterionId;
  why: string;
}

/** Commands are matched on their first this many characters (the patterns backtrack over `.*`). */
export const COMMAND_MAX_CHARS = 1000;

/** More than one process (pm2 also reads 0 and -1 as one per core), written as a number (2 or more) or as a variable set at deploy time. */
const MANY = String.raw`(?:[2-9]|[1-9]\d+|max|\$\{?\w+\}?)(?![\w.])`;

export const FILE_SIGNAL_RULES: readonly FileSignalRule[] = [
  {
    fact: { kind: 'notebooks' },
    signal: 'data',
    ecosystem: 'python',
    strength: FILE_SIGNALS.notebookBase,
    criterion: 'use-case',
    why: 'Jupyter notebooks: exploratory data analysis and model work',
  },
  {
    fact: { kind: 'manifest', manifests: ['package-lock', 'yarn-lock', 'pnpm-lock', 'bun-lock'], label: 'lockfile' },
    signal: 'security',
    ecosystem: 'node',
    strength: FILE_SIGNALS.lockfileStrength,
    criterion: 'security',
    why: 'a lockfile pins every npm dependency: reproducible, auditable installs',
  },
  {
    fact: { kind: 'manifest', manifests: ['pipfile-lock', 'uv-lock', 'poetry-lock', 'pdm-lock'], label: 'lockfile' },
    signal: 'security',
    ecosystem: 'python',
    strength: FILE_SIGNALS.lockfileStrength,
    criterion: 'security',
    why: 'a lockfile pins every Python dependency: reproducible, auditable installs',
  },
  {
    fact: { kind: 'manifest', manifests: ['kubernetes', 'serverless'], label: 'deployment config' },
    signal: 'scale-out',
    strength: FILE_SIGNALS.scaleOutPerItem,
    criterion: 'scalability',
    why: 'Kubernetes or serverless deployment: built to run many instances',
  },
  {
    fact: { kind: 'scale-setting' },
    signal: 'scale-out',
    strength: FILE_SIGNALS.scaleOutPerItem,
    criterion: 'scalability',
    why: 'replicas, autoscalers and serverless functions: traffic spread over instances',
  },
  {
    fact: {
      kind: 'command',
      pattern: new RegExp(String.raw`\bpm2(?:-runtime)?\b.*\s(?:-i|--instances)[\s=]+(?:${MANY}|(?:0|-1)(?![\w.]))`),
      label: 'pm2 cluster mode',
    },
    signal: 'scale-out',
    ecosystem: 'node',
    strength: FILE_SIGNALS.scaleOutPerItem,
    criterion: 'scalability',
    why: 'pm2 cluster mode: one Node.js process per core',
  },
  {
    fact: {
      kind: 'command',
      pattern: new RegExp(String.raw`\b(?:gunicorn|uvicorn|hypercorn)\b.*\s(?:-w|--workers)[\s=]+${MANY}`),
      label: 'multiple server workers',
    },
    signal: 'scale-out',
    ecosystem: 'python',
    strength: FILE_SIGNALS.scaleOutPerItem,
    criterion: 'scalability',
    why: 'pre-fork server workers: Python scaled over processes',
  },
  {
    fact: {
      kind: 'command',
      pattern: new RegExp(String.raw`\bcelery\b.*\bworker\b.*\s(?:-c|--concurrency|--autoscale)[\s=]+${MANY}`),
      label: 'concurrent Celery workers',
    },
    signal: 'scale-out',
    ecosystem: 'python',
    strength: FILE_SIGNALS.scaleOutPerItem,
    criterion: 'scalability',
    why: 'Celery worker pools: load spread over processes',
  },
];
