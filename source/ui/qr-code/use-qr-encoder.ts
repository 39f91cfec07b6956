import { useEffect, useState } from "react";
import { loadQrEncoder } from "./load-qr-encoder.js";
import type { QrEncoder } from "./qr-layout.js";

export type EncoderState =
	| { readonly status: "loading" }
	| { readonly status: "ready"; readonly encode: QrEncoder }
	| { readonly status: "failed" };

/** The QR encoder, imported when the first component that needs it mounts. */
export function useQrEncoder(): EncoderState {
	const [state, setState] = useState<EncoderState>({ status: "loading" });
	useEffect(() => {
		let mounted = true;
		loadQrEncoder().then(
			({ qrMatrix }) => mounted && setState({ status: "ready", encode: qrMatrix }),
			() => mounted && setState({ status: "failed" }),
		);
		return () => {
			mounted = false;
		};
	}, []);
	return state;
}
