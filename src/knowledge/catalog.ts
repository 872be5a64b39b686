import type { NotServiceReason } from '../model/facts.js';

/**
 * What a Backstage software catalog says, as backend-fit reads it
 * (https://backstage.io/docs/features/software-catalog/descriptor-format).
 */

/**
 * What a Component's `spec.type` makes of its folder: a service, or not a service, with the
 * report's reason for it.
 */
export type ComponentMeaning = { service: true } | { service: false; reason: NotServiceReason };

/**
 * `spec.type` -> meaning. Backstage's well-known types, plus `documentation`, which catalogs use
 * for docs sites. Other types (`other`, or an organisation's own) decide nothing: the folder is a
 * service or not by its evidence, and the entity still gives its name, owner, system and lifecycle.
 */
export const COMPONENT_TYPES: Readonly<Record<string, ComponentMeaning>> = {
  service: { service: true },
  website: { service: false, reason: 'frontend' },
  library: { service: false, reason: 'library' },
  documentation: { service: false, reason: 'docs' },
};

/** Kinds of the Backstage catalog model. Only `Component` and `Location` matter here; the others are read past. */
export const CATALOG_KINDS = [
  'Component',
  'Location',
  'API',
  'Resource',
  'System',
  'Domain',
  'Group',
  'User',
  'Template',
] as const;

/** The annotation naming the folder (or repository) holding a component's code. */
export const SOURCE_LOCATION_ANNOTATION = 'backstage.io/source-location';

/** The lifecycles Backstage documents; catalogs may use others. */
export const WELL_KNOWN_LIFECYCLES = ['experimental', 'production', 'deprecated'] as const;

/**
 * Where GitHub looks for CODEOWNERS, in its order: the first one found is the one that applies
 * (https://docs.github.com/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners).
 */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/**
 * Owner refs compare without their defaults: Backstage reads `payments`, `group:payments` and
 * `group:default/payments` as one group; GitHub handles are case-insensitive.
 */
export function ownerKey(owner: string): string {
  return owner
    .trim()
    .toLowerCase()
    .replace(/^group:/, '')
    .replace(/^default\//, '');
}
