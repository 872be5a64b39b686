import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import"./chunks/chunk-PPNRJ3QA.js";import{b as r}from"./chunks/chunk-WRXWNQIN.js";import"./chunks/chunk-TZN7URKK.js";var e=new URL("./read-worker.js",import.meta.url);r(e);var{run:o}=await import("./chunks/run-C7DO6NTE.js");await o(process.env,{readWorker:e});
