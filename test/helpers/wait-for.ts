const POLL_MS = 5;
const TIMEOUT_MS = 3000;

/** Polls `condition` until it holds; fails with `describe()` after a timeout rather than hanging. */
export async function waitFor(condition: () => boolean, describe: () => string): Promise<void> {
	const deadline = Date.now() + TIMEOUT_MS;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${describe()}`);
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
}
