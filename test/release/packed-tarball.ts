import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export type PackedFile = { readonly path: string; readonly size: number };
export type Packed = { readonly tarball: string; readonly size: number; readonly files: readonly PackedFile[] };

/**
 * `npm pack` of what git would commit (tracked files and new ones not ignored, as the work tree has
 * them), copied into an empty folder: no dist/, so the bundles in the tarball are the ones its
 * `prepack` built. Only node_modules is shared, through a symbolic link.
 */
export async function packFromCleanCopy(workDir: string): Promise<Packed> {
	const copy = join(workDir, "clean-copy");
	const { stdout: listed } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
		cwd: projectRoot,
		maxBuffer: 16 * 1024 * 1024,
	});
	for (const file of listed.split("\0").filter(Boolean)) {
		// A file deleted in the work tree but still tracked is not part of what would be committed.
		if (!existsSync(join(projectRoot, file))) continue;
		mkdirSync(dirname(join(copy, file)), { recursive: true });
		cpSync(join(projectRoot, file), join(copy, file), { force: true, errorOnExist: false });
	}
	symlinkSync(join(projectRoot, "node_modules"), join(copy, "node_modules"), "dir");
	const destination = join(workDir, "packed");
	mkdirSync(destination);
	const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", destination], {
		cwd: copy,
		maxBuffer: 16 * 1024 * 1024,
	});
	// npm prints the prepack script's banner before the JSON.
	const [report] = JSON.parse(stdout.slice(stdout.indexOf("["))) as {
		filename: string;
		size: number;
		files: PackedFile[];
	}[];
	if (!report) throw new Error(`npm pack reported nothing: ${stdout}`);
	return { tarball: join(destination, report.filename), size: report.size, files: report.files };
}

/**
 * Installs the tarball as a user would (`npm install --global`) into an empty prefix, offline and with
 * an empty cache: it succeeds only if the package needs nothing else. Returns the path of its bin.
 */
export async function installOffline(workDir: string, tarball: string): Promise<string> {
	const prefix = join(workDir, "prefix");
	await run("npm", [
		"install",
		"--global",
		"--prefix",
		prefix,
		"--offline",
		"--cache",
		join(workDir, "empty-npm-cache"),
		"--no-audit",
		"--no-fund",
		tarball,
	]);
	return join(prefix, "bin", "jvizcaino-resume");
}

export function temporaryFolder(): string {
	return mkdtempSync(join(tmpdir(), "jvizcaino-resume-release-"));
}
