#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{c as O,d as S,f as E,g as N,i as R,j as T,k as w,m as I,o as L,p as U,q as V,r as D}from"./chunks/chunk-4OIRDBZT.js";import"./chunks/chunk-K6VZPPAH.js";import{k as A}from"./chunks/chunk-AMCDTOMU.js";import"./chunks/chunk-TZN7URKK.js";function M(e){process.exitCode=e,process.stdout.write("",()=>process.stderr.write("",()=>process.exit(e)))}import{stat as De,writeFile as Me}from"node:fs/promises";import{parseArgs as ce}from"node:util";var le=["mismatch","review","never"],g=class extends Error{},q=`Usage: backend-fit [path] [options]

Scans a repository and tells whether its Node.js or Python backend still fits,
scored on the criteria of the "Node.js vs Python" guide.

Options:
  -f, --format <fmt>     text (default), json, markdown or sarif
  -o, --output <file>    write the report to a file instead of stdout
  -c, --config <file>    config file, relative to path and inside it (links out of the
                         scanned folder are refused); default: ${R}
                         under path, used when present
      --fail-on <when>   mismatch, review or never; exit 1 when it fails. The CLI's default
                         is never (report only); the GitHub Action's default is mismatch
      --base <ref>       also analyse a git ref and report what changed since it
      --repository <owner/name>  record which repository this is (for backend-fit fleet)
  -q, --quiet            no progress, no warnings on stderr
      --color/--no-color force colours on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 passed, 1 policy failed, 2 usage or config error.`;function J(e){let r;try{r=ce({args:e,allowPositionals:!0,options:{format:{type:"string",short:"f"},output:{type:"string",short:"o"},config:{type:"string",short:"c"},"fail-on":{type:"string"},base:{type:"string"},repository:{type:"string"},quiet:{type:"boolean",short:"q"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}}})}catch(l){throw new g(`${l.message.split(`
`)[0]} (see --help)`)}let{values:o,positionals:n}=r;if(n.length>1)throw new g(`expected one path, got ${n.length}: ${n.join(" ")} (see --help)`);let t=K("--format",o.format??"text",I),s=o["fail-on"]===void 0?void 0:K("--fail-on",o["fail-on"],le);for(let l of["output","config","base","repository"])if(o[l]==="")throw new g(`--${l} needs a value`);let p=o.repository===void 0?void 0:V(o.repository);if(p)throw new g(`--repository: ${p}`);return{root:n[0]??".",format:t,output:o.output,config:o.config??R,configExplicit:o.config!==void 0,failOn:s,base:o.base,repository:o.repository,quiet:o.quiet??!1,color:o["no-color"]?!1:o.color,help:o.help??!1,version:o.version??!1}}function K(e,r,o){if(o.includes(r))return r;throw new g(`${e} must be one of ${o.join(", ")} (got "${r}")`)}function B(e,r,o=400){let n=Date.now(),t=!1,s=0;return{update(p,l){if(!r)return;let c=Date.now();c-n<o||c-s<80||(s=c,t=!0,e.write(`\r\x1B[2Kbackend-fit: reading files ${p}/${l}`))},done(){t&&e.write("\r\x1B[2K")}}}import{mkdir as Ae,readFile as Ie,writeFile as Le}from"node:fs/promises";import k from"node:path";import{readdir as pe,readFile as de,stat as fe}from"node:fs/promises";import b from"node:path";var G=1;async function H(e,r={}){let o=[],n=[];for(let t of e){let s=await fe(t).catch(()=>{});if(!s){n.push({source:t,kind:"missing",message:`${t}: no such file or folder`});continue}let p=s.isDirectory()?await ge(t):[t];for(let l of p){if(r.skip?.has(b.resolve(l)))continue;let c=await ue(l);c&&"kind"in c?n.push(c):c&&o.push(c)}}return{loaded:o,problems:n}}async function ue(e){let r=(p,l,c)=>({source:e,kind:p,message:`${e}: ${l}`,...c?{repository:c}:{}}),o;try{o=await de(e,"utf8")}catch(p){return r("missing",`cannot read (${p.code??"error"})`)}let n=_(e);if(o.trim()==="")return r("truncated","empty file",n);let t;try{t=JSON.parse(o)}catch{let p=o.trim();return p.startsWith("{")&&!p.endsWith("}")?r("truncated","ends before its JSON does (truncated)",n):r("invalid","not JSON",n)}if(!F(t))return r("invalid","not a backend-fit report",n);if(he(t))return r("failed",`scan failed: ${ye(t.failure.message)}`,t.failure.repository);if(!("schemaVersion"in t)||!("verdict"in t))return null;if(t.schemaVersion!==G)return r("schema",`schemaVersion ${String(t.schemaVersion)}; this backend-fit reads ${G}`,n);let s=me(t);return s?r("invalid",s,n):{source:e,report:t}}function me(e){if(typeof e.verdict!="string")return"no verdict";if(!Array.isArray(e.services))return"no services list";for(let[o,n]of e.services.entries())if(!F(n)||typeof n.path!="string"||typeof n.verdict!="string"||!F(n.scores))return`services[${o}] lacks path, verdict or scores`;if(!F(e.policy))return"no policy";let r=e.repository;if(r!==void 0&&(!F(r)||typeof r.name!="string"))return"repository.name is not a string"}function _(e){let r=b.basename(e,".json");return(r==="report"?b.basename(b.dirname(b.resolve(e))):r).replace("__","/")}async function ge(e){return(await pe(e,{recursive:!0,withFileTypes:!0})).filter(o=>o.isFile()&&o.name.endsWith(".json")).map(o=>b.join(o.parentPath,o.name)).sort()}function F(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}function he(e){let r=e.failure;return F(r)&&typeof r.repository=="string"&&typeof r.message=="string"}function ye(e){return e.split(`
`)[0].slice(0,300)}var $=new Set(["review","mismatch"]);function y(e){return`${e.repository}:${e.path}`}var ve=26,we=5,be=["fits","review","mismatch","unknown"],Fe=["node","python","both","none"];function Y(e,r,o={}){let n=(o.serverUrl??"https://github.com").replace(/\/+$/,""),t=(o.now??new Date).toISOString(),s=[...r],p=new Map((o.previous?.services??[]).map(i=>[y(i),i])),l=new Map;for(let i of e){let a=i.report.repository?.name??_(i.source),f=l.get(a);if(!f){l.set(a,i);continue}let[u,h]=Oe(i,f)?[i,f]:[f,i];l.set(a,u),s.push({source:h.source,repository:a,kind:"duplicate",message:`${h.source}: a second report of ${a}; ${u.source} is the newer and is used`})}let c=[],m=[];for(let[i,{report:a}]of[...l].sort(([f],[u])=>f.localeCompare(u))){let f=a.repository,u=`${n}/${i}/tree/${f?.commit??"HEAD"}`;c.push({name:i,...f?.commit?{commit:f.commit}:{},...f?.date?{date:f.date}:{},url:`${n}/${i}`,...f?.run?{runUrl:f.run}:{},verdict:a.verdict,services:a.services.length,policy:{failOn:a.policy.failOn,failed:a.policy.failed,reasons:a.policy.reasons??[],...a.policy.sources?{sources:a.policy.sources}:{}},waivers:a.services.flatMap(h=>h.waiver?[{service:h.path,...h.waiver}]:[]),warnings:a.warnings?.length??0});for(let h of a.services){let v=$e(i,h,a,u),j=p.get(y(v)),se=j?.trend??Se(a,h.path).filter(ae=>!f?.date||ae.date<f.date);v.trend=Ee(v,t,se);let C=xe(v,j,o.previous!==void 0);C&&(v.change=C),m.push(v)}}let d=ke(m,o.previous,new Set(l.keys()));return{schemaVersion:1,tool:{name:"backend-fit",version:E},generatedAt:t,...o.previous?{previous:{generatedAt:o.previous.generatedAt,services:o.previous.services.length}}:{},counts:{repositories:c.length,services:m.length,byVerdict:W(m,i=>i.verdict,be),byBackend:W(m,i=>i.current,Fe)},repositories:c,services:m,changes:d,problems:s.sort((i,a)=>i.source.localeCompare(a.source))}}function $e(e,r,o,n){let t={kind:r.kind,name:r.name,owner:r.owner,system:r.system,lifecycle:r.lifecycle,plan:r.plan?Re(r.plan.suggestion):void 0,expected:r.expected,waiver:r.waiver,runUrl:o.repository?.run};return{repository:e,path:r.path,...Object.fromEntries(Object.entries(t).filter(([,s])=>s!==void 0&&s!=="")),current:r.current,frameworks:r.frameworks??[],verdict:r.verdict,fitScore:r.fitScore,scores:{node:r.scores.node,python:r.scores.python},recommended:r.recommended,url:r.path==="."?n:`${n}/${r.path.split("/").map(encodeURIComponent).join("/")}`,trend:[]}}function Se(e,r){let o=e.history?.points;return Array.isArray(o)?o.flatMap(n=>{let t=n?.services?.[r];return t&&typeof n.commit?.date=="string"&&typeof t.fitScore=="number"?[{date:n.commit.date,verdict:t.verdict,fitScore:t.fitScore}]:[]}):[]}function Ee(e,r,o){let n={date:r,verdict:e.verdict,fitScore:e.fitScore};return[...o.filter(s=>s.date<r),n].slice(-ve)}function xe(e,r,o){let n=r?r.trend.at(-1):o?void 0:e.trend.at(-2);if(!n)return o?{kind:"new"}:void 0;let t={from:n.verdict,fromFit:n.fitScore},s=$.has(n.verdict),p=$.has(e.verdict);if(!s&&p)return{kind:"new-drift",...t};if(s&&!p&&e.verdict==="fits")return{kind:"fixed",...t};if(n.verdict!==e.verdict||Math.abs(n.fitScore-e.fitScore)>=we)return{kind:"changed",...t}}function ke(e,r,o){let n=s=>e.filter(p=>p.change?.kind===s).map(y).sort(),t=new Set(e.map(y));return{newDrifts:n("new-drift"),fixed:n("fixed"),newServices:n("new"),gone:(r?.services??[]).filter(s=>o.has(s.repository)&&!t.has(y(s))).map(y).sort()}}function Oe(e,r){return(e.report.repository?.date??"")>(r.report.repository?.date??"")}function W(e,r,o){let n=Object.fromEntries(o.map(t=>[t,0]));for(let t of e)n[r(t)]=(n[r(t)]??0)+1;return n}function Re(e){let r=/^.*?[.!?](?=\s|$)/s.exec(e.trim());return(r?r[0]:e.trim()).replace(/\s+/g," ")}import{createHash as Te}from"node:crypto";function X(e){let r='"use strict";(()=>{var S=new Set(["review","mismatch"]);function r(e,t={},...s){let n=document.createElement(e);for(let[o,i]of Object.entries(t))i===void 0||i===!1||n.setAttribute(o,i===!0?"":String(i));return N(n,s),n}function N(e,t){for(let s of t)s==null||s===!1||e.appendChild(typeof s=="object"?s:document.createTextNode(String(s)))}function g(e,t){return!e||!/^https?:\\/\\//i.test(e)?r("span",{},t):r("a",{href:e,rel:"noopener noreferrer"},t)}var k="http://www.w3.org/2000/svg";function C(e){let n=document.createElementNS(k,"svg");n.setAttribute("class","spark"),n.setAttribute("width",String(72)),n.setAttribute("height",String(18)),n.setAttribute("viewBox","0 0 72 18"),n.setAttribute("role","img");let o=e.length>1?`fit ${e.map(a=>a.fitScore).join(", ")} over ${e.length} runs`:`fit ${e[0]?.fitScore??"?"}, one run`;n.setAttribute("aria-label",o);let i=document.createElementNS(k,"title");i.textContent=o,n.appendChild(i);let c=document.createElementNS(k,"polyline"),u=e.length>1?68/(e.length-1):0;return c.setAttribute("points",e.map((a,w)=>`${(2+w*u).toFixed(1)},${(16-14*a.fitScore/100).toFixed(1)}`).join(" ")),n.appendChild(c),n}var B={mismatch:0,review:1,unknown:2,fits:3},D={"new-drift":0,new:1,changed:2,fixed:3},F=new WeakMap;function j(e){let t=F.get(e);return t===void 0&&(t=[e.repository,e.path,e.name,e.owner,e.system,e.lifecycle,e.kind,e.plan,...e.frameworks].filter(Boolean).join(`\n`).toLowerCase(),F.set(e,t)),t}function T(e,t){let s=t.text.toLowerCase().split(/\\s+/).filter(Boolean);return e.filter(n=>(!t.verdict||n.verdict===t.verdict)&&(!t.owner||n.owner===t.owner)&&(!t.system||n.system===t.system)&&(!t.backend||n.current===t.backend)&&(!t.change||n.change?.kind===t.change)&&s.every(o=>j(n).includes(o)))}function R(e,t){switch(t){case"verdict":return B[e.verdict]??9;case"fitScore":return e.fitScore;case"node":return e.scores.node;case"python":return e.scores.python;case"change":return e.change?D[e.change.kind]??9:9;default:return e[t]??""}}var E=new Intl.Collator("en",{numeric:!0,sensitivity:"base"});function L(e,t,s){return[...e].sort((n,o)=>{let i=R(n,t),c=R(o,t);return(typeof i=="number"&&typeof c=="number"?i-c:E.compare(String(i),String(c)))*s||E.compare(n.repository,o.repository)||E.compare(n.path,o.path)})}var x=36,A=12,V=["mismatch","review","fits","unknown"],v={node:"Node.js",python:"Python",both:"both",none:"none"},O={"new-drift":"new drift",fixed:"fixed",new:"new",changed:"changed"},l=JSON.parse(document.getElementById("fleet-data").textContent),d={text:"",verdict:"",owner:"",system:"",backend:"",change:""},m={key:"verdict",dir:1},p="services",f=[],K=document.getElementById("app");K.replaceChildren();K.append(I(),P(),U(),q(),r("div",{id:"view"}));$("services");function I(){let{counts:e}=l,t=V.map(n=>r("button",{type:"button",class:"card","data-verdict":n,"aria-pressed":"false",title:`Show ${n} services`},r("strong",{},e.byVerdict[n]),r("span",{class:`v v-${n}`},n)));for(let n of t)n.addEventListener("click",()=>{let o=n.dataset.verdict;y("verdict",d.verdict===o?"":o)});let s=Object.keys(v).filter(n=>e.byBackend[n]>0).map(n=>r("button",{type:"button",class:"card","data-backend":n,"aria-pressed":"false",title:`Show ${v[n]} services`},r("strong",{},e.byBackend[n]),v[n]));for(let n of s)n.addEventListener("click",()=>{let o=n.dataset.backend;y("backend",d.backend===o?"":o)});return r("section",{"aria-labelledby":"title"},r("h1",{id:"title"},`${e.services} services in ${e.repositories} repositories`),r("p",{class:"muted"},`backend-fit, built ${l.generatedAt.slice(0,16).replace("T"," ")} UTC`,l.previous?`; compared with the run of ${l.previous.generatedAt.slice(0,10)}`:""),r("div",{class:"counts"},r("div",{},r("h2",{id:"by-verdict"},"Services by verdict"),r("div",{class:"cards",role:"group","aria-labelledby":"by-verdict"},...t)),r("div",{},r("h2",{id:"by-backend"},"Services by backend"),r("div",{class:"cards",role:"group","aria-labelledby":"by-backend"},...s))))}function P(){let{changes:e}=l,t=e.newDrifts.length+e.fixed.length+e.newServices.length+e.gone.length;if(!l.previous&&t===0)return"";let s=(n,o,i)=>{let c=r("ul",{},...i.slice(0,20).map(a=>r("li",{},r("code",{},a)))),u=n==="gone"?r("strong",{},`${i.length} ${o}`):r("button",{type:"button",class:"card","data-change":n},r("strong",{},i.length),o);return n!=="gone"&&u.addEventListener("click",()=>y("change",n)),r("div",{id:`changes-${n}`},u,i.length>0?c:"",i.length>20?`\\u2026 and ${i.length-20} more`:"")};return r("section",{id:"changes","aria-labelledby":"changes-title"},r("h2",{id:"changes-title"},"Since the last run"),r("div",{class:"cards"},s("new-drift","new drifts",e.newDrifts),s("fixed","fixed",e.fixed),s("new","new services",e.newServices),s("gone","gone",e.gone)))}function U(){return l.problems.length===0?"":r("section",{id:"problems","aria-labelledby":"problems-title"},r("h2",{id:"problems-title"},`Reports not used: ${l.problems.length}`),r("ul",{class:"problems"},...l.problems.map(e=>r("li",{"data-kind":e.kind},r("strong",{},e.kind),": ",e.message))))}function q(){let e=[["services","Services"],["owners","Owners"],["repositories","Repositories and policy"]],t=r("div",{class:"tabs",role:"tablist","aria-label":"Views"});for(let[s,n]of e){let o=r("button",{type:"button",role:"tab",id:`tab-${s}`,"aria-selected":"false","aria-controls":"view"},n);o.addEventListener("click",()=>$(s)),t.append(o)}return t}function $(e){p=e;for(let s of document.querySelectorAll(".tabs button"))s.setAttribute("aria-selected",String(s.id===`tab-${p}`));let t=document.getElementById("view");t.setAttribute("role","tabpanel"),t.setAttribute("aria-labelledby",`tab-${p}`),p==="services"?t.replaceChildren(G()):p==="owners"?t.replaceChildren(_()):t.replaceChildren(z()),p==="services"&&b()}function y(e,t){d[e]=t,p!=="services"&&$("services");let s=document.getElementById(`filter-${e}`);s&&(s.value=t),b()}function M(e){return[...new Set(l.services.map(e).filter(t=>!!t))].sort((t,s)=>t.localeCompare(s))}function h(e,t,s){let n=r("select",{id:`filter-${e}`},r("option",{value:""},"all"),...s.map(([o,i])=>r("option",{value:o},i)));return n.value=d[e],n.addEventListener("change",()=>{d[e]=n.value,b()}),r("label",{for:`filter-${e}`},t,n)}function G(){let e=r("input",{id:"filter-text",type:"search",placeholder:"repository, path, owner, framework\\u2026",autocomplete:"off"});e.value=d.text,e.addEventListener("input",()=>{d.text=e.value,b()});let s=r("tr",{},...[["repository","Repository"],["path","Service"],["kind","Kind"],["owner","Owner"],["system","System"],["lifecycle","Lifecycle"],["current","Backend"],["verdict","Verdict"],["fitScore","Fit","num"],["node","Node.js","num"],["python","Python","num"],["change","Change"],[null,"Trend"],[null,"Plan"],[null,"Latest run"]].map(([i,c,u])=>{if(!i)return r("th",{scope:"col"},c);let a=r("button",{type:"button"},c);return a.addEventListener("click",()=>{m={key:i,dir:m.key===i?-m.dir:1},b()}),r("th",{scope:"col",class:u,"data-sort":i,"aria-sort":"none"},a)})),n=r("div",{class:"scroller",id:"scroller",tabindex:0,role:"region","aria-label":"Services table, scrollable"},r("table",{id:"services-table"},r("caption",{class:"skip"},"Every service"),r("thead",{},s),r("tbody"))),o=!1;return n.addEventListener("scroll",()=>{o||(o=!0,requestAnimationFrame(()=>{o=!1,H()}))}),r("section",{id:"services","aria-label":"Services"},r("div",{class:"filters",role:"search"},r("label",{for:"filter-text"},"Search",e),h("verdict","Verdict",V.map(i=>[i,i])),h("owner","Owner",M(i=>i.owner).map(i=>[i,i])),h("system","System",M(i=>i.system).map(i=>[i,i])),h("backend","Backend",Object.keys(v).map(i=>[i,v[i]])),h("change","Since the last run",Object.entries(O))),r("p",{id:"shown-count","aria-live":"polite",class:"muted"}),n)}function b(){for(let t of document.querySelectorAll("[data-verdict]"))t.setAttribute("aria-pressed",String(t.dataset.verdict===d.verdict));for(let t of document.querySelectorAll("[data-backend]"))t.setAttribute("aria-pressed",String(t.dataset.backend===d.backend));if(p!=="services")return;f=L(T(l.services,d),m.key,m.dir);for(let t of document.querySelectorAll("#services-table th[data-sort]"))t.setAttribute("aria-sort",t.dataset.sort===m.key?m.dir===1?"ascending":"descending":"none");document.getElementById("shown-count").textContent=`Showing ${f.length} of ${l.services.length} services`;let e=document.getElementById("scroller");e.scrollTop=0,H()}function H(){let e=document.getElementById("scroller"),t=document.querySelector("#services-table tbody");if(!e||!t)return;let s=Math.max(0,Math.floor(e.scrollTop/x)-A),n=Math.min(f.length,Math.ceil((e.scrollTop+e.clientHeight)/x)+A),o=i=>{let c=r("tr",{class:"spacer","aria-hidden":"true"},r("td",{colspan:15}));return c.style.height=`${i*x}px`,c};t.replaceChildren(...s>0?[o(s)]:[],...f.slice(s,n).map(W),...n<f.length?[o(f.length-n)]:[])}function W(e){let t=(s,n)=>r("td",n?{class:n}:{},s);return r("tr",{"data-key":`${e.repository}:${e.path}`},t(g(e.url?.replace(/\\/tree\\/.*$/,""),e.repository)),t(g(e.url,`${e.path==="."?"(root)":e.path}${e.name?` (${e.name})`:""}`)),t(e.kind??""),t(e.owner??""),t(e.system??""),t(e.lifecycle??""),t(v[e.current]),t(r("span",{class:`v v-${e.verdict}`},e.verdict)),t(e.fitScore,"num"),t(e.scores.node,"num"),t(e.scores.python,"num"),t(e.change?r("span",{class:`change change-${e.change.kind}`,title:e.change.from?`was ${e.change.from}, fit ${e.change.fromFit}`:"not in the last run"},O[e.change.kind]):""),t(C(e.trend)),r("td",{class:"plan",title:e.plan??""},e.plan??(e.waiver?`waived until ${e.waiver.expires}: ${e.waiver.reason}`:"")),t(g(e.runUrl,e.runUrl?"run":"")))}function _(){let e=new Map;for(let n of l.services){let o=n.owner||"(no owner)",i=e.get(o);i?i.push(n):e.set(o,[n])}let t=n=>n.filter(o=>S.has(o.verdict)).length,s=[...e].sort(([n,o],[i,c])=>t(c)-t(o)||c.length-o.length||n.localeCompare(i)).map(([n,o])=>{let i=a=>o.filter(w=>w.verdict===a).length,c=r("button",{type:"button",class:"owner-link","data-owner":n},n);c.addEventListener("click",()=>y("owner",n==="(no owner)"?"":n));let u=o.filter(a=>S.has(a.verdict)).slice(0,3).map(a=>`${a.repository} ${a.path}`).join(", ");return r("tr",{"data-owner-row":n},r("td",{},c),r("td",{class:"num"},o.length),r("td",{class:"num"},i("mismatch")),r("td",{class:"num"},i("review")),r("td",{class:"num"},i("fits")),r("td",{class:"num"},i("unknown")),r("td",{class:"num"},new Set(o.map(a=>a.repository)).size),r("td",{},u))});return r("section",{id:"owners","aria-label":"Owners"},r("p",{class:"muted"},"Owners from Backstage descriptors or CODEOWNERS; those with drifting services first. Choose an owner to see their services."),r("table",{class:"plain",id:"owners-table"},r("thead",{},r("tr",{},...["Owner","Services","Mismatch","Review","Fits","Unknown","Repositories","Drifting"].map(n=>r("th",{scope:"col"},n)))),r("tbody",{},...s)))}function z(){let e=l.repositories.map(t=>r("tr",{"data-repository":t.name},r("td",{},g(t.url,t.name)),r("td",{},t.commit?r("code",{},t.commit.slice(0,7)):""),r("td",{},t.date?.slice(0,10)??""),r("td",{},r("span",{class:`v v-${t.verdict}`},t.verdict)),r("td",{class:"num"},t.services),r("td",{},`fail-on ${t.policy.failOn}`,t.policy.sources?.failOn?` (${t.policy.sources.failOn})`:"",t.policy.failed?" \\u2014 failed":""),r("td",{},...t.waivers.map(s=>r("div",{},r("code",{},s.service),` until ${s.expires}${s.active?"":" (expired)"}: ${s.reason}`))),r("td",{},g(t.runUrl,t.runUrl?"run":""))));return r("section",{id:"repositories","aria-label":"Repositories"},r("table",{class:"plain",id:"repositories-table"},r("thead",{},r("tr",{},...["Repository","Commit","Date","Verdict","Services","Policy","Waivers","Latest run"].map(t=>r("th",{scope:"col"},t)))),r("tbody",{},...e)))}})();\n',o=`:root {
  --fg: #1b1f24;
  --muted: #4a535e;
  --line: #d0d7de;
  --bg: #fff;
  --accent: #0a4fb5;
  --row: 36px;
}
* {
  box-sizing: border-box;
}
body {
  margin: 0;
  font:
    14px/1.45 system-ui,
    -apple-system,
    'Segoe UI',
    Roboto,
    sans-serif;
  color: var(--fg);
  background: var(--bg);
}
a {
  color: var(--accent);
}
:focus-visible {
  outline: 3px solid #f59e0b;
  outline-offset: 1px;
}
.skip {
  position: absolute;
  left: -999px;
}
.skip:focus {
  left: 8px;
  top: 8px;
  background: #fff;
  padding: 4px 8px;
  z-index: 10;
}
header,
main {
  padding: 0 20px;
}
h1 {
  font-size: 22px;
  margin: 16px 0 2px;
}
h2 {
  font-size: 17px;
  margin: 18px 0 8px;
}
.muted {
  color: var(--muted);
}
.counts {
  display: flex;
  flex-wrap: wrap;
  column-gap: 40px;
}
.cards {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  margin: 12px 0;
}
.card {
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 6px 12px;
  background: #f6f8fa;
  color: var(--fg);
  font: inherit;
  cursor: pointer;
  text-align: left;
}
.card strong {
  display: block;
  font-size: 20px;
}
.card[aria-pressed='true'] {
  border-color: var(--accent);
  box-shadow: inset 0 0 0 1px var(--accent);
}
.v {
  display: inline-block;
  padding: 0 6px;
  border-radius: 10px;
  font-weight: 600;
  font-size: 12px;
}
.v-mismatch {
  background: #fde8e8;
  color: #8b0000;
}
.v-review {
  background: #fff4d6;
  color: #6b4e00;
}
.v-fits {
  background: #e3f5e8;
  color: #0b5d1e;
}
.v-unknown {
  background: #eceff1;
  color: #333;
}
.tabs {
  display: flex;
  gap: 4px;
  border-bottom: 1px solid var(--line);
  margin-top: 12px;
}
.tabs button {
  font: inherit;
  border: 1px solid transparent;
  border-bottom: none;
  background: none;
  padding: 6px 12px;
  cursor: pointer;
  color: var(--fg);
}
.tabs button[aria-selected='true'] {
  border-color: var(--line);
  background: var(--bg);
  font-weight: 600;
  margin-bottom: -1px;
}
.filters {
  display: flex;
  flex-wrap: wrap;
  gap: 10px;
  align-items: end;
  margin: 12px 0;
}
.filters label {
  display: flex;
  flex-direction: column;
  font-size: 12px;
  color: var(--muted);
}
.filters input,
.filters select {
  max-width: 240px;
  font: inherit;
  padding: 4px 6px;
  border: 1px solid #8c959f;
  border-radius: 4px;
  color: var(--fg);
  background: #fff;
  min-width: 140px;
}
.scroller {
  height: 70vh;
  overflow: auto;
  border: 1px solid var(--line);
}
table {
  border-collapse: collapse;
  width: 100%;
}
th,
td {
  padding: 0 8px;
  text-align: left;
  white-space: nowrap;
  border-bottom: 1px solid #eaeef2;
}
td {
  height: var(--row);
  max-width: 320px;
  overflow: hidden;
  text-overflow: ellipsis;
}
th {
  position: sticky;
  top: 0;
  background: #f6f8fa;
  z-index: 1;
  height: 34px;
}
th button {
  font: inherit;
  font-weight: 600;
  border: 0;
  background: none;
  padding: 0;
  cursor: pointer;
  color: var(--fg);
}
td.num,
th.num {
  text-align: right;
}
tr.spacer td {
  padding: 0;
  border: 0;
}
.plan {
  font-size: 12px;
  max-width: 420px;
}
.change {
  font-size: 12px;
  font-weight: 600;
}
.change-new-drift {
  color: #8b0000;
}
.change-fixed {
  color: #0b5d1e;
}
.spark polyline {
  fill: none;
  stroke: #0a4fb5;
  stroke-width: 1.5;
}
.problems li {
  margin: 2px 0;
}
.plain td {
  height: auto;
  padding: 4px 8px;
  white-space: normal;
}
`,n=["default-src 'none'",`script-src '${z(r)}'`,`style-src '${z(o)}'`,"img-src data:","base-uri 'none'","form-action 'none'"].join("; "),t=`backend-fit: ${e.counts.services} services in ${e.counts.repositories} repositories`;return`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${n}">
<meta name="referrer" content="no-referrer">
<title>${Q(t)}</title>
<style>${o}</style>
</head>
<body>
<a class="skip" href="#view">Skip to the table</a>
<main id="app"><h1>${Q(t)}</h1><noscript><p>The table needs JavaScript; fleet.json beside this page holds the same data.</p></noscript></main>
<script type="application/json" id="fleet-data">${_e(e)}</script>
<script>${r}</script>
</body>
</html>
`}function z(e){return`sha256-${Te("sha256").update(e,"utf8").digest("base64")}`}function Q(e){return e.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;")}function _e(e){return JSON.stringify(e).replace(/</g,"\\u003c").replace(/\u2028/g,"\\u2028").replace(/\u2029/g,"\\u2029")}var Pe=1e6,je="(no owner)",x={mismatch:0,review:1,unknown:2,fits:3};function ee(e,r={}){let o=r.limit??Pe,n=new P(o-400),{counts:t}=e;n.line(`## backend-fit across ${t.repositories} repositories: ${t.services} services`),n.line(""),n.line(["mismatch","review","fits","unknown"].map(d=>`${S[d]} ${t.byVerdict[d]} ${d}`).join(" \xB7 ")+" \u2014 "+["node","python","both","none"].filter(d=>t.byBackend[d]>0).map(d=>`${O[d]} ${t.byBackend[d]}`).join(" \xB7 ")),r.pageUrl&&n.line(`
The page: ${r.pageUrl}`),n.line("");let s=e.services.filter(d=>$.has(d.verdict));n.line(`### Needs attention: ${s.length} drifting services`),n.line(""),s.length===0&&n.line("No service is in review or mismatch.");let l=[...Ne(s,d=>d.owner||je)].sort(([d,i],[a,f])=>f.length-i.length||d.localeCompare(a));e:for(let[d,i]of l){if(!n.line(`**${w(d)}** (${i.length})
`))break;let a=[...i].sort((f,u)=>x[f.verdict]-x[u.verdict]||f.fitScore-u.fitScore);for(let[f,u]of a.entries())if(!n.line(`- ${S[u.verdict]} ${Z(u)}: ${Ce(u)}${u.plan?` \u2014 ${T(u.plan)}`:""}`)){n.cut(`- \u2026 ${a.length-f} more of this owner, and the owners after it: see the page`);break e}n.line("")}let{changes:c}=e;if(e.previous||c.newDrifts.length+c.fixed.length+c.newServices.length>0){n.line(`### Since the last run${e.previous?` (${e.previous.generatedAt.slice(0,10)})`:""}`),n.line("");let d=new Map(e.services.map(i=>[y(i),i]));for(let[i,a]of[["New drifts",c.newDrifts],["Fixed",c.fixed],["New services",c.newServices],["Gone",c.gone]]){let f=a.map(u=>d.get(u)?Z(d.get(u)):w(u));if(!n.line(`- ${i} (${a.length}): ${f.slice(0,50).join(", ")||"none"}${a.length>50?", \u2026":""}`))break}n.line("")}if(e.problems.length>0){n.line(`### Reports not used: ${e.problems.length}`),n.line("");for(let[d,i]of e.problems.entries())if(!n.line(`- ${i.kind}: ${T(i.message)}`)){n.cut(`- \u2026 ${e.problems.length-d} more`);break}n.line("")}n.line("### Every service"),n.line(""),n.line("| repository | service | owner | backend | verdict | fit | Node.js | Python |"),n.line("| --- | --- | --- | --- | --- | ---: | ---: | ---: |");let m=[...e.services].sort((d,i)=>x[d.verdict]-x[i.verdict]||d.fitScore-i.fitScore);for(let[d,i]of m.entries()){let a=u=>u?w(u,{inTable:!0}):"",f=`| ${a(i.repository)} | ${a(i.path)} | ${a(i.owner)} | ${i.current} | ${S[i.verdict]} ${i.verdict} | ${i.fitScore} | ${i.scores.node} | ${i.scores.python} |`;if(!n.line(f)){n.cut(`
${m.length-d} more services are not listed here (the summary's 1 MiB): see the page or fleet.json.`);break}}return n.text()}function Z(e){return`${w(e.repository)} ${w(e.path)}`}function Ce(e){return`${e.verdict}, fit ${e.fitScore} on ${O[e.current]} (Node.js ${e.scores.node}, Python ${e.scores.python})`}function Ne(e,r){let o=new Map;for(let n of e){let t=o.get(r(n));t?t.push(n):o.set(r(n),[n])}return o}var P=class{constructor(r){this.limit=r}limit;parts=[];bytes=0;line(r){let o=Buffer.byteLength(r)+1;return this.bytes+o>this.limit?!1:(this.parts.push(r),this.bytes+=o,!0)}cut(r){this.parts.push(r),this.bytes+=Buffer.byteLength(r)+1}text(){return this.parts.join(`
`)+`
`}};async function re(e){let r=[],o=e.previous?await Ue(e.previous,r):void 0,n=new Set(["fleet.json"].map(l=>k.resolve(e.out,l)));e.previous&&n.add(k.resolve(e.previous));let t=await H(e.sources,{skip:n}),s=Y(t.loaded,[...r,...t.problems],{previous:o,serverUrl:e.serverUrl,now:e.now});await Ae(e.out,{recursive:!0});let p={"fleet.json":JSON.stringify(s,null,1)+`
`,"index.html":X(s),"summary.md":ee(s)};for(let[l,c]of Object.entries(p))await Le(k.join(e.out,l),c);return{fleet:s,files:Object.keys(p).map(l=>k.join(e.out,l))}}async function Ue(e,r){let o=s=>{r.push({source:e,kind:"invalid",message:`${e} (--previous): ${s}; nothing compared`})},n;try{n=JSON.parse(await Ie(e,"utf8"))}catch(s){let p=s.code;return p==="ENOENT"?void 0:o(p?`cannot read (${p})`:"not JSON")}let t=n;return t?.schemaVersion!==1||!Array.isArray(t.services)||typeof t.generatedAt!="string"?o("not a fleet.json of this version"):(t.services=t.services.filter(s=>typeof s?.repository=="string"&&typeof s.path=="string"&&Array.isArray(s.trend)),t)}import{parseArgs as Ve}from"node:util";var te=`Usage: backend-fit fleet <reports or folders...> [options]

Merges the JSON reports of many repositories (backend-fit --format json, or the action's
report-file) into one page for the organisation. Folders are searched for *.json reports.
A report that is missing, truncated, of another schema version, or a scan recorded as failed
is listed on the page and in the summary; the rest is still built.

Writes DIR/fleet.json (schema/fleet.schema.json), DIR/index.html (one file, no network)
and DIR/summary.md (under the job summary's 1 MiB, drifting services by owner first).

Options:
  -o, --out <dir>         where to write (default: fleet)
      --previous <file>   the last run's fleet.json: what changed since, and each service's trend
      --server-url <url>  links to repositories (default: GITHUB_SERVER_URL, else https://github.com)
  -q, --quiet             no lines on stderr for the reports not used
  -h, --help              show this help

Exit codes: 0 built, 2 usage error or the output could not be written.`;function ne(e){let r;try{r=Ve({args:e,allowPositionals:!0,options:{out:{type:"string",short:"o"},previous:{type:"string"},"server-url":{type:"string"},quiet:{type:"boolean",short:"q"},help:{type:"boolean",short:"h"}}})}catch(t){throw new g(`fleet: ${t.message.split(`
`)[0]} (see fleet --help)`)}let{values:o,positionals:n}=r;for(let t of["out","previous","server-url"])if(o[t]==="")throw new g(`fleet: --${t} needs a value`);if(!o.help&&n.length===0)throw new g("fleet: name at least one report or folder of reports (see fleet --help)");return{sources:n,out:o.out??"fleet",previous:o.previous,serverUrl:o["server-url"],quiet:o.quiet??!1,help:o.help??!1}}async function oe(e,r){let o=ne(e);if(o.help)return r.stdout.write(te+`
`),0;let n=o.serverUrl??(r.env.GITHUB_SERVER_URL||void 0),t;try{t=await re({sources:o.sources,out:o.out,previous:o.previous,serverUrl:n})}catch(c){let m=c;if(m.code&&m.path)return r.stderr.write(`backend-fit: fleet: cannot write ${m.path}: ${m.code}
`),2;throw c}let{fleet:s,files:p}=t;if(!o.quiet)for(let c of s.problems)r.stderr.write(`warning: ${c.kind}: ${c.message}
`);let{counts:l}=s;return r.stdout.write(`${l.services} services in ${l.repositories} repositories (${l.byVerdict.mismatch} mismatch, ${l.byVerdict.review} review)${s.problems.length?`; ${s.problems.length} reports not used`:""}: ${p.join(", ")}
`),0}async function ie(e,r,o={}){let n=(t,s=2)=>(r.stderr.write(`backend-fit: ${t}
`),s);try{if(e[0]==="fleet")return await oe(e.slice(1),r);let t=J(e);if(t.help)return r.stdout.write(q+`
`),0;if(t.version)return r.stdout.write(E+`
`),0;if(!(await De(t.root).catch(()=>{}))?.isDirectory())return n(`${t.root}: not a folder (give the path of a repository)`);let p=await U({root:t.root,configFile:t.config,explicit:t.configExplicit,overrides:{failOn:t.failOn},defaultFailOn:"never"}),l=B(r.stderr,!t.quiet&&r.stderr.isTTY===!0),c=await N({root:t.root,settings:p,baseRef:t.base,onProgress:(i,a)=>l.update(i,a),...o});l.done(),t.repository&&(c.repository=await D(t.root,t.repository,r.env));let m=t.format==="text"&&!t.output&&Ke(t.color,r),d=L(c,t.format,{color:m});if(t.output){let i=await Me(t.output,d).catch(a=>a);if(i instanceof Error)return n(`cannot write ${t.output}: ${i.code??i.message}`)}else r.stdout.write(d);if(!t.quiet&&t.format!=="text")for(let i of c.warnings)r.stderr.write(`warning: ${i.file?`${i.file}: `:""}${i.message}
`);return c.policy.failed?1:0}catch(t){if(t instanceof g||t instanceof A)return n(t.message);let s=t instanceof Error?t.message:String(t);return r.env.BACKEND_FIT_DEBUG&&t instanceof Error&&r.stderr.write(`${t.stack}
`),n(`unexpected error: ${s.split(`
`)[0]} (set BACKEND_FIT_DEBUG=1 for details)`)}}function Ke(e,r){return e!==void 0?e:r.env.NO_COLOR?!1:r.env.FORCE_COLOR&&r.env.FORCE_COLOR!=="0"?!0:r.stdout.isTTY===!0}var qe=new URL("./read-worker.js",import.meta.url);M(await ie(process.argv.slice(2),process,{readWorker:qe}));
