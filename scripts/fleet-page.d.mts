export function buildFleetPage(): { script: string; style: string };
export function fleetPageDefines(): Record<string, string>;
