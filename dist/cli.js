#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{d as m,e as g,g as u,i as w,k as b,l as y}from"./chunks/chunk-3OSLPYHX.js";import"./chunks/chunk-Z6FSZUUS.js";import{k as h}from"./chunks/chunk-AMCDTOMU.js";import"./chunks/chunk-TZN7URKK.js";function v(r){process.exitCode=r,process.stdout.write("",()=>process.stderr.write("",()=>process.exit(r)))}import{stat as N,writeFile as T}from"node:fs/promises";import{parseArgs as S}from"node:util";var A=["mismatch","review","never"],f=class extends Error{},x=`Usage: backend-fit [path] [options]

Scans a repository and tells whether its Node.js or Python backend still fits,
scored on the criteria of the "Node.js vs Python" guide.

Options:
  -f, --format <fmt>     text (default), json, markdown or sarif
  -o, --output <file>    write the report to a file instead of stdout
  -c, --config <file>    config file, relative to path and inside it (links out of the
                         scanned folder are refused); default: ${u}
                         under path, used when present
      --fail-on <when>   mismatch, review or never; exit 1 when it fails. The CLI's default
                         is never (report only); the GitHub Action's default is mismatch
      --base <ref>       also analyse a git ref and report what changed since it
  -q, --quiet            no progress, no warnings on stderr
      --color/--no-color force colours on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 passed, 1 policy failed, 2 usage or config error.`;function E(r){let t;try{t=S({args:r,allowPositionals:!0,options:{format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-on":{type:"string"},base:{type:"string"},quiet:{type:"boolean",short:"q"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}}})}catch(a){throw new f(`${a.message.split(`
`)[0]} (see --help)`)}let{values:o,positionals:n}=t;if(n.length>1)throw new f(`expected one path, got ${n.length}: ${n.join(" ")} (see --help)`);let e=O("--format",o.format??"text",w),i=o["fail-on"]===void 0?void 0:O("--fail-on",o["fail-on"],A);for(let a of["output","config","base"])if(o[a]==="")throw new f(`--${a} needs a value`);return{root:n[0]??".",format:e,output:o.output,config:o.config??u,configExplicit:o.config!==void 0,failOn:i,base:o.base,quiet:o.quiet??!1,color:o["no-color"]?!1:o.color,help:o.help??!1,version:o.version??!1}}function O(r,t,o){if(o.includes(t))return t;throw new f(`${r} must be one of ${o.join(", ")} (got "${t}")`)}function C(r,t,o=400){let n=Date.now(),e=!1,i=0;return{update(a,c){if(!t)return;let l=Date.now();l-n<o||l-i<80||(i=l,e=!0,r.write(`\r\x1B[2Kbackend-fit: reading files ${a}/${c}`))},done(){e&&r.write("\r\x1B[2K")}}}async function $(r,t,o={}){let n=(e,i=2)=>(t.stderr.write(`backend-fit: ${e}
`),i);try{let e=E(r);if(e.help)return t.stdout.write(x+`
`),0;if(e.version)return t.stdout.write(m+`
`),0;if(!(await N(e.root).catch(()=>{}))?.isDirectory())return n(`${e.root}: not a folder (give the path of a repository)`);let a=await y({root:e.root,configFile:e.config,explicit:e.configExplicit,overrides:{failOn:e.failOn},defaultFailOn:"never"}),c=C(t.stderr,!e.quiet&&t.stderr.isTTY===!0),l=await g({root:e.root,settings:a,baseRef:e.base,onProgress:(s,p)=>c.update(s,p),...o});c.done();let F=e.format==="text"&&!e.output&&P(e.color,t),d=b(l,e.format,{color:F});if(e.output){let s=await T(e.output,d).catch(p=>p);if(s instanceof Error)return n(`cannot write ${e.output}: ${s.code??s.message}`)}else t.stdout.write(d);if(!e.quiet&&e.format!=="text")for(let s of l.warnings)t.stderr.write(`warning: ${s.file?`${s.file}: `:""}${s.message}
`);return l.policy.failed?1:0}catch(e){if(e instanceof f||e instanceof h)return n(e.message);let i=e instanceof Error?e.message:String(e);return t.env.BACKEND_FIT_DEBUG&&e instanceof Error&&t.stderr.write(`${e.stack}
`),n(`unexpected error: ${i.split(`
`)[0]} (set BACKEND_FIT_DEBUG=1 for details)`)}}function P(r,t){return r!==void 0?r:t.env.NO_COLOR?!1:t.env.FORCE_COLOR&&t.env.FORCE_COLOR!=="0"?!0:t.stdout.isTTY===!0}var k=new URL("./read-worker.js",import.meta.url);v(await $(process.argv.slice(2),process,{readWorker:k}));
