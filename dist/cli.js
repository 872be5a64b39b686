#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{h as g,i as m,j as h,n as u,p as w,r as b,s as v}from"./chunks/chunk-YIH3OT5K.js";import{stat as S,writeFile as N}from"node:fs/promises";import{parseArgs as $}from"node:util";var F=["mismatch","review","never"],a=class extends Error{},O=`Usage: backend-fit [path] [options]

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

Exit codes: 0 passed, 1 policy failed, 2 usage or config error.`;function x(r){let t;try{t=$({args:r,allowPositionals:!0,options:{format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-on":{type:"string"},base:{type:"string"},quiet:{type:"boolean",short:"q"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}}})}catch(i){throw new a(`${i.message.split(`
`)[0]} (see --help)`)}let{values:o,positionals:e}=t;if(e.length>1)throw new a(`expected one path, got ${e.length}: ${e.join(" ")} (see --help)`);let n=y("--format",o.format??"text",w),f=o["fail-on"]===void 0?void 0:y("--fail-on",o["fail-on"],F);for(let i of["output","config","base"])if(o[i]==="")throw new a(`--${i} needs a value`);return{root:e[0]??".",format:n,output:o.output,config:o.config??u,configExplicit:o.config!==void 0,failOn:f,base:o.base,quiet:o.quiet??!1,color:o["no-color"]?!1:o.color,help:o.help??!1,version:o.version??!1}}function y(r,t,o){if(o.includes(t))return t;throw new a(`${r} must be one of ${o.join(", ")} (got "${t}")`)}function E(r,t,o=400){let e=Date.now(),n=!1,f=0;return{update(i,l){if(!t)return;let c=Date.now();c-e<o||c-f<80||(f=c,n=!0,r.write(`\r\x1B[2Kbackend-fit: reading files ${i}/${l}`))},done(){n&&r.write("\r\x1B[2K")}}}async function C(r,t){let o=(e,n=2)=>(t.stderr.write(`backend-fit: ${e}
`),n);try{let e=x(r);if(e.help)return t.stdout.write(O+`
`),0;if(e.version)return t.stdout.write(g+`
`),0;if(!(await S(e.root).catch(()=>{}))?.isDirectory())return o(`${e.root}: not a folder (give the path of a repository)`);let f=await v({root:e.root,configFile:e.config,explicit:e.configExplicit,overrides:{failOn:e.failOn},defaultFailOn:"never"}),i=E(t.stderr,!e.quiet&&t.stderr.isTTY===!0),l=await m({root:e.root,settings:f,baseRef:e.base,onProgress:(s,p)=>i.update(s,p)});i.done();let c=e.format==="text"&&!e.output&&T(e.color,t),d=b(l,e.format,{color:c});if(e.output){let s=await N(e.output,d).catch(p=>p);if(s instanceof Error)return o(`cannot write ${e.output}: ${s.code??s.message}`)}else t.stdout.write(d);if(!e.quiet&&e.format!=="text")for(let s of l.warnings)t.stderr.write(`warning: ${s.file?`${s.file}: `:""}${s.message}
`);return l.policy.failed?1:0}catch(e){if(e instanceof a||e instanceof h)return o(e.message);let n=e instanceof Error?e.message:String(e);return t.env.BACKEND_FIT_DEBUG&&e instanceof Error&&t.stderr.write(`${e.stack}
`),o(`unexpected error: ${n.split(`
`)[0]} (set BACKEND_FIT_DEBUG=1 for details)`)}}function T(r,t){return r!==void 0?r:t.env.NO_COLOR?!1:t.env.FORCE_COLOR&&t.env.FORCE_COLOR!=="0"?!0:t.stdout.isTTY===!0}process.exitCode=await C(process.argv.slice(2),process);
