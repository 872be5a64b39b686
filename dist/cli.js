#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import"./chunks/chunk-PPNRJ3QA.js";import{b as r}from"./chunks/chunk-IWFKZSVP.js";import"./chunks/chunk-O6N6UVSX.js";import"./chunks/chunk-TZN7URKK.js";var e=new URL("./read-worker.js",import.meta.url);r(e);var{runCli:o}=await import("./chunks/run-IGRXVFPY.js");process.exitCode=await o(process.argv.slice(2),process,{readWorker:e});
