import type { Connection, Session } from "ssh2";

type Ssh2Internals = {
	readonly _protocol?: { channelFailure?: (recipient: number) => void };
};
type SessionInternals = { readonly _chanInfo?: { readonly outgoing?: { readonly id?: number } } };

/**
 * Says no to a request a session makes once its shell or command runs (a
 * late env, pty, x11 or agent request, a second shell). ssh2's accept and
 * reject do nothing by then, so a client that asked for a reply would wait
 * for it forever; this sends the failure ssh2 would have sent.
 */
export function failLateRequest(connection: Connection, session: Session): void {
	const protocol = (connection as unknown as Ssh2Internals)._protocol;
	const recipient = (session as unknown as SessionInternals)._chanInfo?.outgoing?.id;
	if (typeof recipient === "number") protocol?.channelFailure?.(recipient);
}
