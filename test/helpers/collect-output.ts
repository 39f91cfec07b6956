import type { ChildProcess } from "node:child_process";

export type ProgramRun = { readonly code: number | null; readonly stdout: string; readonly stderr: string };

/** Everything a started program prints, and its exit code, once it has closed. */
export function collectOutput(child: ChildProcess): Promise<ProgramRun> {
	if (!child.stdout || !child.stderr) throw new Error("spawn gave no pipes for stdout and stderr");
	let stdout = "";
	let stderr = "";
	child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
		stderr += chunk;
	});
	return new Promise((resolve, reject) => {
		child.once("error", reject);
		child.once("close", (code) => resolve({ code, stdout, stderr }));
	});
}
