export function nodeBinary(major: number): Promise<{ ok: true; node: string } | { ok: false; reason: string }>;
