import type { SignalRecord } from './types.js';

export const cpu: SignalRecord = {
  id: 'cpu',
  summary: 'CPU-heavy work: images, video, native extensions, worker pools',
  packages: [
    {
      ecosystem: 'node',
      packages: ['sharp', 'jimp', 'fluent-ffmpeg', 'ffmpeg-static', 'canvas', 'pdfkit', 'puppeteer'],
      imports: ['sharp', 'jimp', 'fluent-ffmpeg', 'canvas'],
      base: 0.3,
      why: 'CPU-heavy work (images, video)',
    },
    {
      ecosystem: 'node',
      packages: ['piscina', 'workerpool', 'threads', 'tinypool'],
      imports: ['piscina', 'workerpool', 'threads', 'tinypool', 'worker_threads'],
      base: 0.3,
      alongside: true,
      why: 'worker pools: CPU-heavy work, or general concurrency',
    },
    {
      ecosystem: 'python',
      packages: ['numba', 'cython', 'joblib', 'pillow', 'scikit-image', 'opencv-python', 'moviepy', 'pymupdf'],
      imports: ['numba', 'cython', 'joblib', 'PIL', 'skimage', 'cv2', 'moviepy', 'fitz'],
      base: 0.3,
      why: 'CPU-heavy work (native extensions, images)',
    },
    {
      ecosystem: 'python',
      packages: [],
      // not `concurrent`: concurrent.futures is mostly a ThreadPoolExecutor, which serves I/O
      // (a gRPC server's request threads), not CPU-bound work
      imports: ['multiprocessing'],
      base: 0.3,
      alongside: true,
      why: 'process pools: CPU-heavy work, or general concurrency',
    },
  ],
  files: [],
  // The guide's performance case for Node.js is throughput and many users (L6); it says nothing
  // about CPU-bound work, so this stays a small nudge.
  effects: [
    {
      criterion: 'performance',
      favours: 'python',
      points: 5,
      guide: 'own reading',
      why: "the event loop's edge is for I/O, not CPU-bound work",
    },
  ],
};
