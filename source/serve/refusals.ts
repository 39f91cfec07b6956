import type { Socket } from "node:net";
import { Server as SshServer } from "ssh2";
import { InputBudget } from "./input-budget.js";
import { sshServerConfig } from "./ssh-server-config.js";

/** Why a connection is turned away: the sentence its reader sees, and the outcome the log gives. */
export const REFUSALS = {
	"too-many-from-address": {
		sentence: "Too many readers from your address right now: try again in a minute.",
		outcome: "refused: too many sessions from this address",
	},
	"too-many-sessions": {
		sentence: "Too many readers right now: try again in a minute.",
		outcome: "refused: too many sessions",
	},
	"shutting-down": {
		sentence: "The server is restarting: come back in a minute.",
		outcome: "refused: shutting down",
	},
	"no-worker-ready": {
		sentence: "The server is starting: try again in a few seconds.",
		outcome: "refused: no worker ready",
	},
} as const;

export type RefusalReason = keyof typeof REFUSALS;

/** Refusals told at once; past this (a flood), connections are cut without a word. */
const MAX_REFUSALS_AT_ONCE = 8;
/** Refusals told a second, and in a burst: each costs a key exchange. */
const REFUSALS_PER_SECOND = 20;
const REFUSALS_BURST = 20;
/** A client that does not get to asking for authentication by then is cut. */
const REFUSAL_TIMEOUT_MS = 5000;

/**
 * Turns connections away with a sentence the reader can read: SSH's
 * authentication banner, which OpenSSH prints on the reader's terminal
 * before "Received disconnect". Telling costs a key exchange, so only a few
 * are told at once and a few a second; the rest of a flood is cut at once,
 * and its cost stays bounded whatever its size.
 */
export class Refuser {
	private readonly servers = new Map<RefusalReason, SshServer>();
	private readonly budget = new InputBudget(REFUSALS_PER_SECOND, REFUSALS_BURST);
	private telling = 0;

	constructor(private readonly hostKey: string) {}

	/**
	 * Takes over `socket` (paused; `leftover` is what was read of it after a PROXY
	 * header); "told" if its reader will see why, "cut" if the flood was too big.
	 */
	refuse(socket: Socket, reason: RefusalReason, leftover?: Buffer): "told" | "cut" {
		socket.on("error", () => undefined);
		if (this.telling >= MAX_REFUSALS_AT_ONCE || !this.budget.allows(1)) {
			socket.destroy();
			return "cut";
		}
		this.telling++;
		const timer = setTimeout(() => socket.destroy(), REFUSAL_TIMEOUT_MS);
		socket.once("close", () => {
			clearTimeout(timer);
			this.telling--;
		});
		socket.setNoDelay(true);
		if (leftover && leftover.length > 0) socket.unshift(leftover);
		// ssh2 resumes the socket once it listens to it: resuming it here would lose what is buffered (leftover).
		this.serverFor(reason).injectSocket(socket);
		return "told";
	}

	private serverFor(reason: RefusalReason): SshServer {
		const existing = this.servers.get(reason);
		if (existing) return existing;
		// The banner goes out as the client asks to authenticate; its first attempt is then answered with goodbye.
		const server = new SshServer({ ...sshServerConfig(this.hostKey), banner: REFUSALS[reason].sentence }, (client) => {
			client.on("error", () => undefined);
			client.on("authentication", () => client.end());
		});
		this.servers.set(reason, server);
		return server;
	}
}
