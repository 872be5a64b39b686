import { express } from './express.js';
import { fastify } from './fastify.js';
import { nestjs } from './nestjs.js';
import { koa } from './koa.js';
import { hapi } from './hapi.js';
import { restify } from './restify.js';
import { adonisjs } from './adonisjs.js';
import { sails } from './sails.js';
import { loopback } from './loopback.js';
import { feathers } from './feathers.js';
import { meteor } from './meteor.js';
import { hono } from './hono.js';
import { elysia } from './elysia.js';
import { encore } from './encore.js';
import { trpc } from './trpc.js';
import { apolloServer } from './apollo-server.js';
import { graphqlYoga } from './graphql-yoga.js';
import { moleculer } from './moleculer.js';
import { strapi } from './strapi.js';
import { keystone } from './keystone.js';
import { socketIo } from './socket-io.js';
import { micro } from './micro.js';
import { h3 } from './h3.js';
import { medusa } from './medusa.js';
import { payload } from './payload.js';
import { directus } from './directus.js';
import { nodeHttp } from './node-http.js';
import { ws } from './ws.js';
import { uwebsockets } from './uwebsockets.js';
import { hyperExpress } from './hyper-express.js';
import { tinyhttp } from './tinyhttp.js';
import { mcp } from './mcp.js';
import { grpc } from './grpc.js';
import { smtpServer } from './smtp-server.js';
import { bunServe } from './bun-serve.js';
import { hypernova } from './hypernova.js';
import { reactOnRailsProNodeRenderer } from './react-on-rails-pro-node-renderer.js';
import { nextjs } from './nextjs.js';
import { nuxt } from './nuxt.js';
import { sveltekit } from './sveltekit.js';
import { remix } from './remix.js';
import { redwoodjs } from './redwoodjs.js';
import { wasp } from './wasp.js';
import { streamlit } from './streamlit.js';
import { jsonServer } from './json-server.js';
import { gradio } from './gradio.js';
import { panel } from './panel.js';
import { voila } from './voila.js';
import { solara } from './solara.js';
import { shiny } from './shiny.js';
import { astro } from './astro.js';
import { solidstart } from './solidstart.js';
import { polka } from './polka.js';
import { sirv } from './sirv.js';
import { serve } from './serve.js';
import { serveStatic } from './serve-static.js';
import { connect } from './connect.js';
import { httpServer } from './http-server.js';
import { liveServer } from './live-server.js';
import { webpackDevServer } from './webpack-dev-server.js';
import { browserSync } from './browser-sync.js';
import { livereload } from './livereload.js';
import { webpackDevMiddleware } from './webpack-dev-middleware.js';
import { loadGenerators } from './load-generators.js';
import { testRunners } from './test-runners.js';
import { vite } from './vite.js';
import { angularCli } from './angular-cli.js';
import { vueCli } from './vue-cli.js';
import { createReactApp } from './create-react-app.js';
import { parcel } from './parcel.js';
import { docusaurus } from './docusaurus.js';
import { vitepress } from './vitepress.js';
import { django } from './django.js';
import { flask } from './flask.js';
import { fastapi } from './fastapi.js';
import { starlette } from './starlette.js';
import { tornado } from './tornado.js';
import { sanic } from './sanic.js';
import { falcon } from './falcon.js';
import { hug } from './hug.js';
import { pyramid } from './pyramid.js';
import { bottle } from './bottle.js';
import { cherrypy } from './cherrypy.js';
import { quart } from './quart.js';
import { litestar } from './litestar.js';
import { connexion } from './connexion.js';
import { eve } from './eve.js';
import { apiflask } from './apiflask.js';
import { flaskAppbuilder } from './flask-appbuilder.js';
import { masonite } from './masonite.js';
import { robyn } from './robyn.js';
import { blacksheep } from './blacksheep.js';
import { starlite } from './starlite.js';
import { esmerald } from './esmerald.js';
import { responder } from './responder.js';
import { emmett } from './emmett.js';
import { microdot } from './microdot.js';
import { aiohttp } from './aiohttp.js';
import { websockets } from './websockets.js';
import { asyncioServer } from './asyncio-server.js';
import { pythonHttpServer } from './python-http-server.js';
import { pythonSocketio } from './python-socketio.js';
import { webpy } from './webpy.js';
import { uvicorn } from './uvicorn.js';
import { gunicorn } from './gunicorn.js';
import { hypercorn } from './hypercorn.js';
import { daphne } from './daphne.js';
import { waitress } from './waitress.js';
import { granian } from './granian.js';
import { uwsgi } from './uwsgi.js';
import { bjoern } from './bjoern.js';
import { mangum } from './mangum.js';
import { chalice } from './chalice.js';
import { claudia } from './claudia.js';
import { celery } from './celery.js';
import { rq } from './rq.js';
import { dramatiq } from './dramatiq.js';
import { arq } from './arq.js';
import { huey } from './huey.js';
import { temporal } from './temporal.js';
import { kombu } from './kombu.js';
import { kafka } from './kafka.js';
import { faust } from './faust.js';
import { nameko } from './nameko.js';
import { mqtt } from './mqtt.js';
import { nodeResque } from './node-resque.js';
import { bree } from './bree.js';
import { pgBoss } from './pg-boss.js';
import { kue } from './kue.js';
import { djangoQ } from './django-q.js';
import { djangoRq } from './django-rq.js';
import { djangoBackgroundTasks } from './django-background-tasks.js';
import { procrastinate } from './procrastinate.js';
import { saq } from './saq.js';
import { nats } from './nats.js';
import { graphileWorker } from './graphile-worker.js';
import { queuePull } from './queue-pull.js';
import { redisPubsub } from './redis-pubsub.js';
import { redisListQueue } from './redis-list-queue.js';
import { hotqueue } from './hotqueue.js';
import { bullmq } from './bullmq.js';
import { beeQueue } from './bee-queue.js';
import { agenda } from './agenda.js';
import { taskiq } from './taskiq.js';
import { apscheduler } from './apscheduler.js';
import { pythonSchedule } from './python-schedule.js';
import { runLoop } from './run-loop.js';
import { nodeCron } from './node-cron.js';
import { rabbitmq } from './rabbitmq.js';
import { telegramBot } from './telegram-bot.js';
import { discordBot } from './discord-bot.js';
import { slackBolt } from './slack-bolt.js';
import { botkit } from './botkit.js';
import { probot } from './probot.js';
import { firebaseFunctions } from './firebase-functions.js';
import { gcpFunctions } from './gcp-functions.js';
import { modal } from './modal.js';
import { openfaas } from './openfaas.js';
import { openwhisk } from './openwhisk.js';
import { kubeless } from './kubeless.js';
import { knativeFunctions } from './knative-functions.js';
import { nuclio } from './nuclio.js';
import { tencentCloudbase } from './tencent-cloudbase.js';
import { digitaloceanFunctions } from './digitalocean-functions.js';
import { alibabaFunctionCompute } from './alibaba-function-compute.js';
import { azureMlEndpoints } from './azure-ml-endpoints.js';
import { sagemaker } from './sagemaker.js';
import { yandexCloudFunctions } from './yandex-cloud-functions.js';
import { azureFunctions } from './azure-functions.js';
import { vercelFunctions } from './vercel-functions.js';
import { netlifyFunctions } from './netlify-functions.js';
import { awsLambda } from './aws-lambda.js';
import { awsCdk } from './aws-cdk.js';
import { pulumi } from './pulumi.js';
import { amplifyFunctions } from './amplify-functions.js';
import { architect } from './architect.js';
import { sst } from './sst.js';
import { wechatCloudFunctions } from './wechat-cloud-functions.js';
import { unicloudFunctions } from './unicloud-functions.js';
import { deriveServerKnowledge } from './derive.js';
import type { ServerRecord } from './types.js';

/**
 * Every server, worker, function platform, app server and dev server backend-fit knows, one
 * record (one file) each. Everything else that names one (entry commands, app-server and
 * dev-server lists, code patterns, framework lookups) is derived from this list: see derive.ts.
 */
export const SERVERS: readonly ServerRecord[] = [
  express,
  fastify,
  nestjs,
  koa,
  hapi,
  restify,
  adonisjs,
  sails,
  loopback,
  feathers,
  meteor,
  hono,
  elysia,
  encore,
  trpc,
  apolloServer,
  graphqlYoga,
  moleculer,
  strapi,
  keystone,
  socketIo,
  micro,
  h3,
  medusa,
  payload,
  directus,
  nodeHttp,
  ws,
  uwebsockets,
  hyperExpress,
  tinyhttp,
  mcp,
  grpc,
  smtpServer,
  bunServe,
  hypernova,
  reactOnRailsProNodeRenderer,
  nextjs,
  nuxt,
  sveltekit,
  remix,
  redwoodjs,
  wasp,
  astro,
  solidstart,
  polka,
  sirv,
  serve,
  serveStatic,
  connect,
  httpServer,
  liveServer,
  webpackDevServer,
  browserSync,
  livereload,
  webpackDevMiddleware,
  loadGenerators,
  testRunners,
  vite,
  angularCli,
  vueCli,
  createReactApp,
  parcel,
  docusaurus,
  vitepress,
  django,
  flask,
  fastapi,
  starlette,
  tornado,
  sanic,
  falcon,
  hug,
  pyramid,
  bottle,
  cherrypy,
  quart,
  litestar,
  connexion,
  eve,
  apiflask,
  flaskAppbuilder,
  masonite,
  robyn,
  blacksheep,
  starlite,
  esmerald,
  responder,
  emmett,
  microdot,
  aiohttp,
  websockets,
  asyncioServer,
  pythonHttpServer,
  pythonSocketio,
  webpy,
  streamlit,
  jsonServer,
  gradio,
  panel,
  voila,
  solara,
  shiny,
  uvicorn,
  gunicorn,
  hypercorn,
  daphne,
  waitress,
  granian,
  uwsgi,
  bjoern,
  mangum,
  chalice,
  claudia,
  firebaseFunctions,
  gcpFunctions,
  modal,
  openfaas,
  nuclio,
  azureFunctions,
  vercelFunctions,
  netlifyFunctions,
  awsLambda,
  awsCdk,
  pulumi,
  amplifyFunctions,
  architect,
  sst,
  wechatCloudFunctions,
  unicloudFunctions,
  tencentCloudbase,
  digitaloceanFunctions,
  alibabaFunctionCompute,
  azureMlEndpoints,
  sagemaker,
  yandexCloudFunctions,
  openwhisk,
  kubeless,
  knativeFunctions,
  // Workers
  celery,
  rq,
  dramatiq,
  arq,
  huey,
  temporal,
  kombu,
  kafka,
  faust,
  nameko,
  nats,
  queuePull,
  redisListQueue,
  redisPubsub,
  hotqueue,
  bullmq,
  beeQueue,
  agenda,
  graphileWorker,
  taskiq,
  procrastinate,
  saq,
  djangoQ,
  djangoRq,
  djangoBackgroundTasks,
  pgBoss,
  kue,
  nodeResque,
  mqtt,
  // Schedulers: a clock process runs jobs, like a worker takes them from a queue
  apscheduler,
  pythonSchedule,
  runLoop,
  nodeCron,
  bree,
  rabbitmq,
  telegramBot,
  discordBot,
  // Chat and GitHub apps whose own server, or outbound connection, the code starts
  slackBolt,
  botkit,
  probot,
];

/** The tables every stage reads, derived from SERVERS. */
export const SERVER_KNOWLEDGE = deriveServerKnowledge(SERVERS);
