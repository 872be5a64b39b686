import type { SignalRecord } from './types.js';

export const cpu: SignalRecord = {
  id: 'cpu',
  summary: 'CPU-heavy work: images, video, native extensions, worker pools',
  packages: [
    {
      ecosystem: 'node',
      packages: [
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
      imports: [
        'sharp',
        'jimp',
        'fluent-ffmpeg',
        'piscina',
        'workerpool',
        'threads',
        'tinypool',
        'canvas',
        'worker_threads',
      ],
      base: 0.3,
      why: 'CPU-heavy work (images, video, worker pools)',
    },
    {
      ecosystem: 'python',
      packages: ['numba', 'cython', 'joblib', 'pillow', 'scikit-image', 'opencv-python', 'moviepy', 'pymupdf'],
      imports: [
        'numba',
        'cython',
        'joblib',
        'PIL',
        'skimage',
        'cv2',
        'moviepy',
        'fitz',
        // not `concurrent`: concurrent.futures is mostly a ThreadPoolExecutor, which serves
        // I/O (a gRPC server's request threads), not CPU-bound work
        'multiprocessing',
      ],
      base: 0.3,
      why: 'CPU-heavy work (native extensions, process pools, images)',
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
