import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import"./chunks/chunk-PPNRJ3QA.js";import{b as r}from"./chunks/chunk-Q7JJX33O.js";import"./chunks/chunk-O6N6UVSX.js";import"./chunks/chunk-TZN7URKK.js";var e=new URL("./read-worker.js",import.meta.url);r(e);var{run:o}=await import("./chunks/run-U3GJF2OR.js");await o(process.env,{readWorker:e});
