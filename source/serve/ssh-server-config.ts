import type { ServerConfig } from "ssh2";

/**
 * What every SSH server of `serve` offers. No compression: ssh2 offers zlib
 * by default, and a client could then send a few kilobytes that inflate to
 * megabytes before it is even authenticated; a résumé's frames need none.
 */
export function sshServerConfig(hostKey: string): ServerConfig {
	return { hostKeys: [hostKey], ident: "jvizcaino-resume", algorithms: { compress: ["none"] } };
}
