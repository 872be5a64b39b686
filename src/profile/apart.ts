import { FRONTEND_PACKAGES } from '../knowledge/service-roles.js';
import { SERVER_KNOWLEDGE } from '../knowledge/servers/index.js';
import type { Backend } from '../model/common.js';
import type { Facts } from '../model/facts.js';
import type { ComponentReason } from '../model/profile.js';

/**
 * Why runtime code that no service runs is not a service, so that none is listed silently: the
 * reason detect gave its folder when it had server evidence, else what the folder is without it.
 */
export function reasonApart(
  path: string,
  backend: Backend,
  facts: Pick<Facts, 'notServices' | 'projects'>,
): { reason: ComponentReason; why: string } {
  const decided = facts.notServices.find((n) => n.path === path && n.backend === backend);
  if (decided) return { reason: decided.reason, why: decided.why };
  const project = facts.projects.find((p) => p.dir === path && p.backend === backend);
  if (!project) return { reason: 'no-server', why: 'code with no manifest above it and no server evidence' };
  const frontend = FRONTEND_PACKAGES.find((f) => project.dependencies.includes(f));
  if (frontend) return { reason: 'frontend', why: `a ${frontend} frontend with no server of its own` };
  const deploys = SERVER_KNOWLEDGE.functionDeployments.infrastructure[backend].find((p) =>
    project.dependencies.includes(p),
  );
  if (deploys)
    return { reason: 'infrastructure', why: `infrastructure code (${deploys}): it deploys, it serves nothing` };
  return {
    reason: 'no-server',
    why: 'no server, worker or function: no framework among its runtime dependencies and no server started in its code',
  };
}
