import { createHash } from "node:crypto";
import { link, mkdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { utils } from "ssh2";

export type HostKey = {
	/** The private key, OpenSSH format, as ssh2's server takes it. */
	readonly privateKey: string;
	/** "SHA256:…", as `ssh` prints it and `ssh-keygen -lf` shows it. */
	readonly fingerprint: string;
	readonly created: boolean;
};

export type HostKeyResult =
	| { readonly ok: true; readonly key: HostKey }
	| { readonly ok: false; readonly error: string };

/**
 * The server's identity: read from `path`, or made there on first start and
 * kept, so that clients see the same key after every restart and never the
 * "REMOTE HOST IDENTIFICATION HAS CHANGED" warning. Only the owner may read it.
 */
export async function loadOrCreateHostKey(path: string): Promise<HostKeyResult> {
	const existing = await readHostKey(path);
	if (existing !== "missing") return existing;
	const created = await createHostKey(path);
	if (created !== "raced") return created;
	// Another server made it between our read and our write: use that one.
	const theirs = await readHostKey(path);
	return theirs === "missing" ? { ok: false, error: `host key ${path} vanished while being created` } : theirs;
}

async function readHostKey(path: string): Promise<HostKeyResult | "missing"> {
	let text: string;
	try {
		const info = await stat(path);
		if (!info.isFile()) return { ok: false, error: `host key ${path} is not a file` };
		// As OpenSSH does: a private key others can read is no secret any more.
		if (process.platform !== "win32" && (info.mode & 0o077) !== 0)
			return {
				ok: false,
				error: `host key ${path} can be read by others (mode ${(info.mode & 0o777).toString(8)}): chmod 600 it`,
			};
		text = await readFile(path, "utf8");
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
		return { ok: false, error: `cannot read host key ${path}: ${reasonOf(error)}` };
	}
	return hostKeyFrom(text, path, false);
}

async function createHostKey(path: string): Promise<HostKeyResult | "raced"> {
	const pair = utils.generateKeyPairSync("ed25519");
	// Written whole to a private temporary name, then linked into place: a
	// server starting at the same moment never reads half a key, and never
	// has its key replaced.
	const temporary = `${path}.${process.pid}.tmp`;
	try {
		await mkdir(dirname(path), { recursive: true, mode: 0o700 });
		await writeFile(temporary, pair.private, { mode: 0o600, flag: "wx" });
		try {
			await link(temporary, path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === "EEXIST") return "raced";
			throw error;
		}
	} catch (error) {
		return { ok: false, error: `cannot create host key ${path}: ${reasonOf(error)}` };
	} finally {
		await unlink(temporary).catch(() => undefined);
	}
	return hostKeyFrom(pair.private, path, true);
}

function hostKeyFrom(text: string, path: string, created: boolean): HostKeyResult {
	const parsed = utils.parseKey(text);
	const key = Array.isArray(parsed) ? parsed[0] : parsed;
	if (key === undefined || key instanceof Error)
		return {
			ok: false,
			error: `host key ${path} is not a usable SSH private key${key instanceof Error ? ` (${key.message})` : ""}`,
		};
	if (key.isPrivateKey() === false) return { ok: false, error: `host key ${path} is a public key, not a private one` };
	const digest = createHash("sha256").update(key.getPublicSSH()).digest("base64").replace(/=+$/, "");
	return { ok: true, key: { privateKey: text, fingerprint: `SHA256:${digest}`, created } };
}

function reasonOf(error: unknown): string {
	const { code, message } = error as NodeJS.ErrnoException;
	if (code === "EACCES" || code === "EPERM") return "permission denied";
	if (code === "ENOTDIR") return "a part of the path is not a folder";
	if (code === "EISDIR") return "it is a folder";
	if (code === "EROFS") return "read-only file system";
	return code ?? message;
}
