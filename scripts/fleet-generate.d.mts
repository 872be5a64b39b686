export function generateReports(
  template: Record<string, unknown> & { services: Record<string, unknown>[] },
  options: { repositories: number; servicesPerRepository: number; date?: string },
): (Record<string, unknown> & { services: Record<string, unknown>[] })[];
