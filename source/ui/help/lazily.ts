/** `compute`, run on the first call only: for what a frame may never need. */
export function lazily<T>(compute: () => T): () => T {
	let value: { readonly result: T } | undefined;
	return () => {
		value ??= { result: compute() };
		return value.result;
	};
}
